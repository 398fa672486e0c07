/*
 * Initiatives (sáng kiến): authors with their shares, the unit, recognition by a Hội đồng sáng kiến
 * (level, decision number and date) and the year they count for.
 *
 * GET    /api/initiatives?unitId&personId&year   initiatives of units in the actor's subtrees (people.read)
 * POST   /api/initiatives                         create (initiatives.write on the unit)
 * PUT    /api/initiatives/:id                     replace, authors included
 * DELETE /api/initiatives/:id
 * GET    /api/initiatives/template.xlsx | export.xlsx?…   POST /api/initiatives/import (multipart "file", all-or-nothing)
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/app';
import { serviceContext } from '../../http/request';
import { deleted, importRejected, replyImport, sendXlsx, uploadedFile } from './http-helpers';
import { exportInitiatives, initiativeTemplate } from './initiatives-excel';
import { importInitiatives } from './initiatives-import';
import { initiativeBody, initiativeDto, initiativeListResponse } from './initiatives.schema';
import { assertInitiativeWriter, createInitiative, editInitiative, listInitiativesOf, removeInitiative } from './initiatives.service';
import { importResult } from './ratings.schema';
import { idParam, listQuery } from './subjects';

const tags = ['Sáng kiến'];

export async function initiativesRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, deps.db);

  app.get('/initiatives', { schema: { tags, summary: 'Danh sách sáng kiến', querystring: listQuery, response: { 200: initiativeListResponse } } }, async (request) =>
    listInitiativesOf(ctx(request), request.query),
  );
  app.post('/initiatives', { schema: { tags, summary: 'Thêm sáng kiến', body: initiativeBody, response: { 200: initiativeDto } } }, async (request) =>
    createInitiative(ctx(request), request.body),
  );
  app.put('/initiatives/:id', { schema: { tags, summary: 'Sửa sáng kiến', params: idParam, body: initiativeBody, response: { 200: initiativeDto } } }, async (request) =>
    editInitiative(ctx(request), request.params.id, request.body),
  );
  app.delete('/initiatives/:id', { schema: { tags, summary: 'Xóa sáng kiến', params: idParam, response: { 200: deleted } } }, async (request) =>
    removeInitiative(ctx(request), request.params.id),
  );
  app.get('/initiatives/template.xlsx', { schema: { tags, summary: 'Tải tệp mẫu nhập sáng kiến' } }, async (request, reply) => {
    ctx(request);
    return sendXlsx(reply, await initiativeTemplate());
  });
  app.get('/initiatives/export.xlsx', { schema: { tags, summary: 'Xuất sáng kiến ra Excel (nhập lại được)', querystring: listQuery } }, async (request, reply) =>
    sendXlsx(reply, await exportInitiatives(ctx(request), request.query)),
  );
  app.post(
    '/initiatives/import',
    { schema: { tags, summary: 'Nhập sáng kiến từ tệp Excel', description: 'multipart/form-data, một tệp .xlsx ở trường "file". Có lỗi ở bất kỳ dòng nào thì không dòng nào được ghi.', response: { 200: importResult, 400: importRejected } } },
    async (request, reply) => {
      const c = ctx(request);
      assertInitiativeWriter(c);
      return replyImport(reply, await importInitiatives(c, await uploadedFile(request)));
    },
  );
}
