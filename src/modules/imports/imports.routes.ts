/*
 * Excel import/export of units and people — the API the web import dialog uses.
 *
 * Templates (signed in):   GET /api/imports/templates/units.xlsx | /api/imports/templates/people.xlsx
 * Exports (in scope):      GET /api/exports/units.xlsx[?unitId=5]
 *                          GET /api/exports/people.xlsx[?unitId=5&includeSubunits=true|false]
 *   Same columns as the templates, so an exported file can be edited and imported again.
 *
 * Import:                  POST /api/imports/units | /api/imports/people   (needs imports.run plus
 *                          units.write / people.write on every unit the file touches)
 *   Body: multipart/form-data with ONE file field named "file" (.xlsx, ≤ UPLOAD_LIMIT_BYTES).
 *   Refused before any progress, as a normal JSON error { error: { code, message, fields? } }:
 *     401 not signed in · 403 no import permission · 413 file too large · 415 not multipart, or the
 *     bytes are not an .xlsx (checked by content, not name) · 400 no file, missing columns (fields:
 *     { "<column label>": "Thiếu cột …" }), no data rows, too many rows.
 *   ?stream=1 (default): 200, content-type application/x-ndjson, one JSON object per line:
 *     {"phase":"parse"|"validate"|"write","processed":n,"total":N}      (repeated; N may change per phase)
 *     last line, either {"done":true,"result":ImportResult}
 *                or     {"done":true,"error":{"code","message"}}        (stopped while running; nothing written)
 *     ImportResult = { jobId, status: "succeeded"|"rejected", total, created, updated, unchanged,
 *                      errorCount, errors: [{ row, column, message }] }   (rejected ⇒ nothing written;
 *                      errors lists at most the first 1,000; message reads "Dòng 7, cột Năm sinh: …")
 *   ?stream=0: 200 with ImportResult when written; 400 { error: { code: "validation", message, jobId,
 *     errorCount, errors: [{ row, column, message }] } } when the file has row errors.
 *   Types: imports.schema.ts (ImportStreamLine, ImportResultDto, RowErrorDto).
 */
import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/app';
import { AppError } from '../../http/errors';
import { serviceContext } from '../../http/request';
import { exportPeople, exportUnits, template, type XlsxFile } from './exports.service';
import type { ImportKind } from './import-jobs.queries';
import { exportPeopleQuery, exportUnitsQuery, importQuery, importResultDto, type ImportStreamLine } from './imports.schema';
import { assertMayImport, prepareImport, runImport, type ImportResult } from './imports.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['Nhập, xuất Excel'];

function sendXlsx(reply: FastifyReply, file: XlsxFile) {
  return reply
    .header('content-type', XLSX)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'no-store')
    .send(file.content);
}

function rejectedMessage(r: ImportResult): string {
  const shown = r.errorCount > r.errors.length ? ` (hiển thị ${r.errors.length.toLocaleString('vi-VN')} lỗi đầu tiên)` : '';
  return `Tệp có ${r.errorCount.toLocaleString('vi-VN')} lỗi${shown}; chưa ghi dòng nào. Sửa các dòng được nêu rồi nhập lại.`;
}

/** The error of a stream that already answered 200: same body as the error handler would send. */
function streamError(err: unknown, request: FastifyRequest) {
  if (err instanceof AppError) return { code: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}) };
  request.log.error({ err, requestId: request.id }, 'import failed');
  return { code: 'internal', message: `Đã có lỗi hệ thống khi nhập; không có dòng nào được ghi. (Mã yêu cầu: ${request.id})` };
}

export async function importsRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  for (const kind of ['units', 'people'] as const satisfies ImportKind[]) {
    const what = kind === 'units' ? 'đơn vị' : 'cá nhân';
    app.get(`/imports/templates/${kind}.xlsx`, { schema: { tags, summary: `Tải tệp mẫu nhập ${what}` } }, async (request, reply) => {
      serviceContext(request, deps.db);
      return sendXlsx(reply, await template(kind));
    });

    app.post(
      `/imports/${kind}`,
      {
        schema: {
          tags,
          summary: `Nhập danh sách ${what} từ tệp Excel`,
          description: 'multipart/form-data, một tệp .xlsx ở trường "file". Mặc định trả về luồng NDJSON tiến độ; ?stream=0 trả về JSON.',
          querystring: importQuery,
        },
      },
      async (request, reply) => {
        const ctx = serviceContext(request, deps.db);
        assertMayImport(ctx.actor, kind);
        const part = await request.file();
        if (!part) throw new AppError('validation', 'Chưa có tệp tải lên: gửi một tệp .xlsx trong trường "file".', { file: 'Chưa chọn tệp' });
        const buffer = await part.toBuffer();
        const prep = await prepareImport(ctx, kind, { buffer, fileName: part.filename || null });

        if (!request.query.stream) {
          const result = await runImport(ctx, prep, () => {});
          if (result.status === 'rejected') {
            const { jobId, errorCount, errors } = result;
            return reply.status(400).send({ error: { code: 'validation', message: rejectedMessage(result), jobId, errorCount, errors } });
          }
          return importResultDto.parse(result);
        }

        const out = new PassThrough();
        // A client that goes away does not stop the import: it finishes (or not) as one transaction and
        // its job row tells the outcome. Lines for a closed connection are simply dropped.
        out.on('error', () => {});
        const line = (l: ImportStreamLine) => {
          if (!out.destroyed) out.write(`${JSON.stringify(l)}\n`);
        };
        runImport(ctx, prep, line).then(
          (result) => {
            line({ done: true, result: importResultDto.parse(result) });
            if (!out.destroyed) out.end();
          },
          (err: unknown) => {
            line({ done: true, error: streamError(err, request) });
            if (!out.destroyed) out.end();
          },
        );
        return reply
          .header('content-type', 'application/x-ndjson; charset=utf-8')
          .header('cache-control', 'no-store')
          // Proxies such as nginx would otherwise hold the lines back until the end.
          .header('x-accel-buffering', 'no')
          .send(out);
      },
    );
  }

  app.get(
    '/exports/units.xlsx',
    { schema: { tags, summary: 'Xuất danh sách đơn vị ra Excel', querystring: exportUnitsQuery } },
    async (request, reply) => sendXlsx(reply, await exportUnits(serviceContext(request, deps.db), request.query)),
  );

  app.get(
    '/exports/people.xlsx',
    { schema: { tags, summary: 'Xuất danh sách cá nhân ra Excel', querystring: exportPeopleQuery } },
    async (request, reply) => sendXlsx(reply, await exportPeople(serviceContext(request, deps.db), request.query)),
  );
}
