/*
 * Results and evidence.
 *   PUT    /api/results                          create or change one result (value checked against the criterion)
 *   GET    /api/movements/:id/results            results in the reader's subtrees (?unitId&period)
 *   POST   /api/results/:id/evidence             multipart, ONE file in field "file"; 413 too big, 415 not PDF/image/Office (by content)
 *   DELETE /api/results/:id/evidence/:fileId     detach a file (the stored file stays)
 *   GET    /api/evidence/:fileId                 download, for readers of a result it is attached to
 *   GET    /api/movements/:id/evidence-duplicates files attached by two or more units (movements.issue on the owner)
 *   GET    /api/movements/:id/results/template.xlsx?period&unitId  one row per unit the reader reports for ×
 *          criterion for units × period, values already entered filled in; "Hướng dẫn" sheet; dropdowns
 *   GET    /api/movements/:id/results/export.xlsx  the units' own results the reader reads (same columns)
 *   POST   /api/movements/:id/results/import   multipart, one .xlsx in field "file" (checked by content:
 *          415 otherwise). 403 without results.submit; 422 deadline_passed after the movement's end.
 *          Every row checked first; any error ⇒ 400 { error: { code: "validation", message, errorCount,
 *          errors: [{ row, column, message: "Dòng 5, cột Kết quả: …" }] } }, nothing written; else one
 *          transaction, an audit row per result: 200 { total, created, updated, unchanged, skipped }.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/app';
import { AppError } from '../../http/errors';
import { serviceContext } from '../../http/request';
import { movementIdParam } from '../movements/movements.schema';
import { assertMayChangeEvidence, attachEvidence, detachEvidence, downloadEvidence, evidenceDuplicates, tooLarge } from './evidence.service';
import {
  duplicatesResponse,
  fileIdParam,
  resultDto,
  resultEvidenceParam,
  resultIdParam,
  resultListResponse,
  resultsImportRejected,
  resultsImportSummary,
  resultsQuery,
  saveResultBody,
} from './results.schema';
import { exportResults, resultsTemplate } from './results-excel';
import { importResults, openResultsImport } from './results-import';
import { listResults, saveResult } from './results.service';

const tags = ['Kết quả và minh chứng'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_REPORTED_ERRORS = 1_000;

/** attachment; filename="ascii fallback"; filename*=UTF-8''… so Vietnamese names survive. */
function contentDisposition(fileName: string): string {
  const fallback = fileName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export async function resultsRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, deps.db);
  const dataDir = deps.config.DATA_DIR;

  app.put(
    '/results',
    {
      schema: { tags, summary: 'Nhập hoặc sửa kết quả của một tiêu chí trong một kỳ', body: saveResultBody, response: { 200: resultDto } },
      // The busiest write answers with presentResult's DTO, typed as resultDto: written out as it is,
      // without zod checking the answer again (the schema still documents it in OpenAPI).
      serializerCompiler: () => JSON.stringify,
    },
    async (request) => saveResult(ctx(request), request.body),
  );

  app.get(
    '/movements/:id/results',
    {
      schema: { tags, summary: 'Kết quả thực hiện tiêu chí của các đơn vị', params: movementIdParam, querystring: resultsQuery, response: { 200: resultListResponse } },
    },
    async (request) => listResults(ctx(request), request.params.id, request.query),
  );

  app.post(
    '/results/:id/evidence',
    {
      schema: {
        tags,
        summary: 'Đính kèm tệp minh chứng (PDF, ảnh, tệp Office)',
        description: 'multipart/form-data, một tệp ở trường "file". Loại tệp được kiểm tra theo nội dung, không theo tên.',
        params: resultIdParam,
        response: { 200: resultDto },
      },
    },
    async (request) => {
      const c = ctx(request);
      // Refused before the body is read: no upload is stored for a result the user may not change.
      await assertMayChangeEvidence(c, request.params.id);
      const part = await request.file();
      if (!part) throw new AppError('validation', 'Chưa có tệp tải lên: gửi một tệp minh chứng trong trường "file".', { file: 'Chưa chọn tệp' });
      const fileName = (part.filename || 'minh-chung').normalize('NFC').slice(0, 255);
      let buffer: Buffer;
      try {
        buffer = await part.toBuffer();
      } catch (err) {
        if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(fileName, deps.config.UPLOAD_LIMIT_BYTES);
        throw err;
      }
      return attachEvidence(c, dataDir, request.params.id, { buffer, fileName });
    },
  );

  app.delete(
    '/results/:id/evidence/:fileId',
    { schema: { tags, summary: 'Gỡ tệp minh chứng khỏi kết quả', params: resultEvidenceParam, response: { 200: resultDto } } },
    async (request) => detachEvidence(ctx(request), request.params.id, request.params.fileId),
  );

  app.get('/evidence/:fileId', { schema: { tags, summary: 'Tải tệp minh chứng', params: fileIdParam } }, async (request, reply) => {
    const file = await downloadEvidence(ctx(request), dataDir, request.params.fileId);
    return reply
      .header('content-type', file.mime)
      .header('content-disposition', contentDisposition(file.fileName))
      .header('cache-control', 'private, no-store')
      .send(file.content);
  });

  app.get(
    '/movements/:id/evidence-duplicates',
    { schema: { tags, summary: 'Tệp minh chứng trùng nhau giữa các đơn vị', params: movementIdParam, response: { 200: duplicatesResponse } } },
    async (request) => evidenceDuplicates(ctx(request), request.params.id),
  );

  app.get(
    '/movements/:id/results/template.xlsx',
    { schema: { tags, summary: 'Tải tệp mẫu Excel nhập kết quả của một kỳ', params: movementIdParam, querystring: resultsQuery } },
    async (request, reply) => {
      const file = await resultsTemplate(ctx(request), request.params.id, request.query);
      return reply.header('content-type', XLSX).header('content-disposition', contentDisposition(file.fileName)).header('cache-control', 'no-store').send(file.content);
    },
  );

  app.get(
    '/movements/:id/results/export.xlsx',
    { schema: { tags, summary: 'Xuất kết quả của các đơn vị ra Excel (nhập lại được)', params: movementIdParam } },
    async (request, reply) => {
      const file = await exportResults(ctx(request), request.params.id);
      return reply.header('content-type', XLSX).header('content-disposition', contentDisposition(file.fileName)).header('cache-control', 'no-store').send(file.content);
    },
  );

  app.post(
    '/movements/:id/results/import',
    {
      schema: {
        tags,
        summary: 'Nhập kết quả từ tệp Excel',
        description: 'multipart/form-data, một tệp .xlsx ở trường "file". Có lỗi ở bất kỳ dòng nào thì không dòng nào được ghi.',
        params: movementIdParam,
        response: { 200: resultsImportSummary, 400: resultsImportRejected },
      },
    },
    async (request, reply) => {
      const c = ctx(request);
      // Refused before the body is read: no permission, no such movement, past its end.
      const open = await openResultsImport(c, request.params.id);
      const part = await request.file();
      if (!part) throw new AppError('validation', 'Chưa có tệp tải lên: gửi một tệp .xlsx trong trường "file".', { file: 'Chưa chọn tệp' });
      const outcome = await importResults(c, open, await part.toBuffer());
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
