import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../http/errors';
import type { XlsxFile } from '../imports/exports.service';
import type { RowError } from '../imports/row-errors';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_REPORTED_ERRORS = 1_000;

export const importRejected = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    errorCount: z.number().optional(),
    errors: z.array(z.object({ row: z.number(), column: z.string(), message: z.string() })).optional(),
  }),
});

export const deleted = z.object({ deleted: z.literal(true) });

export const sendXlsx = (reply: FastifyReply, file: XlsxFile) =>
  reply.header('content-type', XLSX).header('content-disposition', `attachment; filename="${file.fileName}"`).header('cache-control', 'no-store').send(file.content);

/** The uploaded .xlsx of field "file". */
export async function uploadedFile(request: FastifyRequest): Promise<Buffer> {
  const part = await request.file();
  if (!part) throw new AppError('validation', 'Chưa có tệp tải lên: gửi một tệp .xlsx trong trường "file".', { file: 'Chưa chọn tệp' });
  return part.toBuffer();
}

/** 200 with the counts, or 400 listing every row error ("Dòng N, cột X: …"): nothing was written. */
export function replyImport<R>(reply: FastifyReply, outcome: { status: 'succeeded'; result: R } | { status: 'rejected'; errors: RowError[] }) {
  if (outcome.status === 'succeeded') return reply.send(outcome.result);
  const shown = outcome.errors.slice(0, MAX_REPORTED_ERRORS);
  const more = outcome.errors.length > shown.length ? ` (hiển thị ${shown.length.toLocaleString('vi-VN')} lỗi đầu tiên)` : '';
  return reply.status(400).send({
    error: {
      code: 'validation',
      message: `Tệp có ${outcome.errors.length.toLocaleString('vi-VN')} lỗi${more}; chưa ghi dòng nào. Sửa các dòng được nêu rồi nhập lại.`,
      errorCount: outcome.errors.length,
      errors: shown,
    },
  });
}
