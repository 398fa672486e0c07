/*
 * Index scores (PAR Index, SIPAS, PAPI, PCI, ICT Index, Chỉ số CCHC) per unit per year.
 *
 * GET    /api/indices?unitId&year&index   scores of the actor's subtrees and of the units above them
 * PUT    /api/indices                      record or replace one result (indices.write in the unit's subtree)
 * DELETE /api/indices/:id
 * GET    /api/indices/template.xlsx        empty template with dropdowns and instructions
 * GET    /api/indices/export.xlsx?…        the actor's subtrees' scores, same columns: edit and import again
 * POST   /api/indices/import               multipart, one .xlsx in field "file". Every row is checked
 *   first; any error ⇒ 400 { error: { code: "validation", message, errorCount, errors: [{ row, column,
 *   message: "Dòng 5, cột Điểm: …" }] } } and nothing is written; else 200 { total, created, updated, unchanged }.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../http/app';
import { AppError } from '../../http/errors';
import { serviceContext } from '../../http/request';
import type { XlsxFile } from '../imports/exports.service';
import { exportIndexScores, indexTemplate } from './index-excel';
import { importIndexScores } from './index-import';
import { indexImportResult, indexListQuery, indexListResponse, indexScoreBody, indexScoreDto, indexScoreIdParam } from './indices.schema';
import { assertMayWrite, deleteIndexScore, listIndexScores, saveIndexScore } from './indices.service';

const tags = ['Chỉ số'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_REPORTED_ERRORS = 1_000;
const importRejected = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    errorCount: z.number().optional(),
    errors: z.array(z.object({ row: z.number(), column: z.string(), message: z.string() })).optional(),
  }),
});

const sendXlsx = (reply: FastifyReply, file: XlsxFile) =>
  reply.header('content-type', XLSX).header('content-disposition', `attachment; filename="${file.fileName}"`).header('cache-control', 'no-store').send(file.content);

export async function indicesRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, deps.db);

  app.get(
    '/indices',
    { schema: { tags, summary: 'Kết quả các chỉ số (PAR Index, SIPAS, PAPI, PCI, ICT Index, Chỉ số CCHC) theo đơn vị và năm', querystring: indexListQuery, response: { 200: indexListResponse } } },
    async (request) => listIndexScores(ctx(request), request.query),
  );

  app.put(
    '/indices',
    { schema: { tags, summary: 'Ghi hoặc thay kết quả một chỉ số của một đơn vị trong một năm', body: indexScoreBody, response: { 200: indexScoreDto } } },
    async (request) => saveIndexScore(ctx(request), request.body),
  );

  app.delete(
    '/indices/:id',
    { schema: { tags, summary: 'Xóa một kết quả chỉ số', params: indexScoreIdParam, response: { 200: z.object({ deleted: z.literal(true) }) } } },
    async (request) => deleteIndexScore(ctx(request), request.params.id),
  );

  app.get('/indices/template.xlsx', { schema: { tags, summary: 'Tải tệp mẫu nhập kết quả chỉ số' } }, async (request, reply) => {
    ctx(request);
    return sendXlsx(reply, await indexTemplate());
  });

  app.get(
    '/indices/export.xlsx',
    { schema: { tags, summary: 'Xuất kết quả chỉ số ra Excel (nhập lại được)', querystring: indexListQuery } },
    async (request, reply) => sendXlsx(reply, await exportIndexScores(ctx(request), request.query)),
  );

  app.post(
    '/indices/import',
    { schema: { tags, summary: 'Nhập kết quả chỉ số từ tệp Excel', description: 'multipart/form-data, một tệp .xlsx ở trường "file". Có lỗi ở bất kỳ dòng nào thì không dòng nào được ghi.', response: { 200: indexImportResult, 400: importRejected } } },
    async (request, reply) => {
      const c = ctx(request);
      assertMayWrite(c.actor);
      const part = await request.file();
      if (!part) throw new AppError('validation', 'Chưa có tệp tải lên: gửi một tệp .xlsx trong trường "file".', { file: 'Chưa chọn tệp' });
      const outcome = await importIndexScores(c, await part.toBuffer());
      if (outcome.status === 'succeeded') return outcome.result;
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
    },
  );
}
