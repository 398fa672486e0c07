/*
 * Yearly ratings (đánh giá, xếp loại: HTXSNV / HTTNV / HTNV / KHTNV) of people and units.
 *
 * GET    /api/ratings?unitId&personId&year   ratings in the actor's subtrees (people.read)
 * PUT    /api/ratings                         record or replace one subject's rating for a year (ratings.write)
 * DELETE /api/ratings/:id
 * GET    /api/ratings/template.xlsx | export.xlsx?…   POST /api/ratings/import (multipart "file", all-or-nothing)
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/app';
import { serviceContext } from '../../http/request';
import { deleted, importRejected, replyImport, sendXlsx, uploadedFile } from './http-helpers';
import { exportRatings, ratingTemplate } from './ratings-excel';
import { importRatings } from './ratings-import';
import { importResult, ratingBody, ratingDto, ratingListResponse } from './ratings.schema';
import { assertRatingWriter, listRatingsOf, removeRating, saveRating } from './ratings.service';
import { idParam, listQuery } from './subjects';

const tags = ['Xếp loại hằng năm'];

export async function ratingsRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, deps.db);

  app.get('/ratings', { schema: { tags, summary: 'Kết quả xếp loại hằng năm của cá nhân, tập thể', querystring: listQuery, response: { 200: ratingListResponse } } }, async (request) =>
    listRatingsOf(ctx(request), request.query),
  );
  app.put('/ratings', { schema: { tags, summary: 'Ghi hoặc thay kết quả xếp loại của một đối tượng trong một năm', body: ratingBody, response: { 200: ratingDto } } }, async (request) =>
    saveRating(ctx(request), request.body),
  );
  app.delete('/ratings/:id', { schema: { tags, summary: 'Xóa một kết quả xếp loại', params: idParam, response: { 200: deleted } } }, async (request) =>
    removeRating(ctx(request), request.params.id),
  );
  app.get('/ratings/template.xlsx', { schema: { tags, summary: 'Tải tệp mẫu nhập kết quả xếp loại' } }, async (request, reply) => {
    ctx(request);
    return sendXlsx(reply, await ratingTemplate());
  });
  app.get('/ratings/export.xlsx', { schema: { tags, summary: 'Xuất kết quả xếp loại ra Excel (nhập lại được)', querystring: listQuery } }, async (request, reply) =>
    sendXlsx(reply, await exportRatings(ctx(request), request.query)),
  );
  app.post(
    '/ratings/import',
    { schema: { tags, summary: 'Nhập kết quả xếp loại từ tệp Excel', description: 'multipart/form-data, một tệp .xlsx ở trường "file". Có lỗi ở bất kỳ dòng nào thì không dòng nào được ghi.', response: { 200: importResult, 400: importRejected } } },
    async (request, reply) => {
      const c = ctx(request);
      assertRatingWriter(c);
      return replyImport(reply, await importRatings(c, await uploadedFile(request)));
    },
  );
}
