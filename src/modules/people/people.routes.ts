import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/app';
import { serviceContext } from '../../http/request';
import { idParam } from '../units/units.schema';
import {
  createPersonBody,
  peopleListQuery,
  peopleListResponse,
  personDetailResponse,
  transferPersonBody,
  updatePersonBody,
} from './people.schema';
import { createPerson, deactivatePerson, getPerson, listPeople, transferPerson, updatePerson } from './people.service';

const tags = ['Cá nhân'];

export async function peopleRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, deps.db);

  app.get(
    '/people',
    { schema: { tags, summary: 'Tìm cá nhân (không phân biệt dấu, hoa thường)', querystring: peopleListQuery, response: { 200: peopleListResponse } } },
    async (request) => listPeople(ctx(request), request.query),
  );

  app.get(
    '/people/:id',
    { schema: { tags, summary: 'Chi tiết cá nhân và quá trình điều chuyển', params: idParam, response: { 200: personDetailResponse } } },
    async (request) => getPerson(ctx(request), request.params.id),
  );

  app.post(
    '/people',
    { schema: { tags, summary: 'Thêm cá nhân', body: createPersonBody, response: { 201: personDetailResponse } } },
    async (request, reply) => reply.status(201).send(await createPerson(ctx(request), request.body)),
  );

  app.patch(
    '/people/:id',
    { schema: { tags, summary: 'Sửa thông tin cá nhân', params: idParam, body: updatePersonBody, response: { 200: personDetailResponse } } },
    async (request) => updatePerson(ctx(request), request.params.id, request.body),
  );

  app.post(
    '/people/:id/transfer',
    { schema: { tags, summary: 'Điều chuyển cá nhân sang đơn vị khác', params: idParam, body: transferPersonBody, response: { 200: personDetailResponse } } },
    async (request) => transferPerson(ctx(request), request.params.id, request.body),
  );

  app.delete(
    '/people/:id',
    { schema: { tags, summary: 'Ngừng theo dõi cá nhân (giữ lịch sử)', params: idParam, response: { 200: personDetailResponse } } },
    async (request) => deactivatePerson(ctx(request), request.params.id),
  );
}
