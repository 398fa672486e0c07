import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/app';
import { serviceContext } from '../../http/request';
import { mergeUnits, moveUnit } from './unit-structure.service';
import {
  createUnitBody,
  idParam,
  mergeUnitsBody,
  mergeUnitsResponse,
  moveUnitBody,
  unitDetailResponse,
  unitListQuery,
  unitListResponse,
  updateUnitBody,
} from './units.schema';
import { createUnit, getUnit, listUnits, updateUnit } from './units.service';

const tags = ['Đơn vị'];

export async function unitsRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, deps.db);

  app.get(
    '/units',
    { schema: { tags, summary: 'Cây đơn vị (danh sách phẳng theo đường dẫn), hiện tại hoặc tại một ngày', querystring: unitListQuery, response: { 200: unitListResponse } } },
    async (request) => listUnits(ctx(request), request.query),
  );

  app.get(
    '/units/:id',
    { schema: { tags, summary: 'Chi tiết đơn vị: cấp trên, lịch sử trực thuộc, sáp nhập', params: idParam, response: { 200: unitDetailResponse } } },
    async (request) => getUnit(ctx(request), request.params.id),
  );

  app.post(
    '/units',
    { schema: { tags, summary: 'Thêm đơn vị', body: createUnitBody, response: { 201: unitDetailResponse } } },
    async (request, reply) => reply.status(201).send(await createUnit(ctx(request), request.body)),
  );

  app.patch(
    '/units/:id',
    { schema: { tags, summary: 'Sửa thông tin đơn vị', params: idParam, body: updateUnitBody, response: { 200: unitDetailResponse } } },
    async (request) => updateUnit(ctx(request), request.params.id, request.body),
  );

  app.post(
    '/units/:id/move',
    { schema: { tags, summary: 'Chuyển đơn vị (cả cây con) sang đơn vị cấp trên khác', params: idParam, body: moveUnitBody, response: { 200: unitDetailResponse } } },
    async (request) => moveUnit(ctx(request), request.params.id, request.body),
  );

  app.post(
    '/units/merge',
    { schema: { tags, summary: 'Sáp nhập đơn vị', body: mergeUnitsBody, response: { 200: mergeUnitsResponse } } },
    async (request) => mergeUnits(ctx(request), request.body),
  );
}
