/*
 * Discipline records (kỷ luật) of people and collectives, and pending reviews, inspections and
 * complaints that hold awards under NĐ 152/2025. Sensitive: read with discipline.read in the unit's
 * subtree (standing, leaders) or by the person concerned; written with discipline.write.
 *
 * GET    /api/discipline?unitId&personId&year   records in effect during the year when year is given
 * POST   /api/discipline                         create; the period of effect comes from the form's rule
 * PUT    /api/discipline/:id                     replace
 * DELETE /api/discipline/:id
 * GET    /api/discipline/export.xlsx?…
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/app';
import { serviceContext } from '../../http/request';
import { exportDiscipline } from './discipline-excel';
import { disciplineBody, disciplineDto, disciplineListResponse } from './discipline.schema';
import { createDiscipline, editDiscipline, listDisciplineOf, removeDiscipline } from './discipline.service';
import { deleted, sendXlsx } from './http-helpers';
import { idParam, listQuery } from './subjects';

const tags = ['Kỷ luật'];

export async function disciplineRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, deps.db);

  app.get('/discipline', { schema: { tags, summary: 'Danh sách kỷ luật và việc đang xem xét', querystring: listQuery, response: { 200: disciplineListResponse } } }, async (request) =>
    listDisciplineOf(ctx(request), request.query),
  );
  app.post('/discipline', { schema: { tags, summary: 'Ghi nhận kỷ luật hoặc việc đang xem xét', body: disciplineBody, response: { 200: disciplineDto } } }, async (request) =>
    createDiscipline(ctx(request), request.body),
  );
  app.put('/discipline/:id', { schema: { tags, summary: 'Sửa bản ghi kỷ luật', params: idParam, body: disciplineBody, response: { 200: disciplineDto } } }, async (request) =>
    editDiscipline(ctx(request), request.params.id, request.body),
  );
  app.delete('/discipline/:id', { schema: { tags, summary: 'Xóa bản ghi kỷ luật', params: idParam, response: { 200: deleted } } }, async (request) =>
    removeDiscipline(ctx(request), request.params.id),
  );
  app.get('/discipline/export.xlsx', { schema: { tags, summary: 'Xuất danh sách kỷ luật ra Excel', querystring: listQuery } }, async (request, reply) =>
    sendXlsx(reply, await exportDiscipline(ctx(request), request.query)),
  );
}
