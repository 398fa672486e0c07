import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../http/app';
import { serviceContext } from '../../../http/request';
import { movementDetailDto, movementIdParam } from '../movements.schema';
import { cascadeResponse, createChildBody } from './cascade.schema';
import { createChildPlan, getCascade } from './cascade.service';

const tags = ['Phong trào thi đua'];

export async function cascadeRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, deps.db);

  app.post(
    '/movements/:id/children',
    {
      schema: {
        tags,
        summary: 'Đơn vị cấp dưới xây dựng kế hoạch từ kế hoạch đã ban hành (dự thảo điền sẵn từ kế hoạch cấp trên)',
        params: movementIdParam,
        body: createChildBody,
        response: { 201: movementDetailDto },
      },
    },
    async (request, reply) => reply.status(201).send(await createChildPlan(ctx(request), request.params.id, request.body)),
  );

  app.get(
    '/movements/:id/cascade',
    {
      schema: {
        tags,
        summary: 'Triển khai xuống cấp dưới: cây kế hoạch cấp dưới và tình trạng ban hành kế hoạch của từng đơn vị',
        params: movementIdParam,
        response: { 200: cascadeResponse },
      },
    },
    async (request) => getCascade(ctx(request), request.params.id),
  );
}
