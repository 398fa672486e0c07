import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../http/app';
import { serviceContext } from '../../http/request';
import { completionBody, completionDto, completionIdParam, deadlineListQuery, deadlineListResponse, deadlineSummaryResponse } from './deadlines.schema';
import { deadlineSummary, listDeadlines, markDone, undoDone } from './deadlines.service';

const tags = ['Thời hạn'];

export async function deadlinesRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, deps.db);

  app.get(
    '/deadlines',
    {
      schema: {
        tags,
        summary: 'Lịch thời hạn của các kế hoạch đã ban hành, với tình trạng của từng đơn vị thực hiện (thời hạn chưa ấn định ngày luôn được liệt kê)',
        querystring: deadlineListQuery,
        response: { 200: deadlineListResponse },
      },
    },
    async (request) => listDeadlines(ctx(request), request.query),
  );

  app.get(
    '/deadlines/summary',
    { schema: { tags, summary: 'Tóm tắt thời hạn cho trang chủ: quá hạn, sắp đến hạn, hoàn thành trong tháng', response: { 200: deadlineSummaryResponse } } },
    async (request) => deadlineSummary(ctx(request)),
  );

  app.post(
    '/deadlines/completions',
    { schema: { tags, summary: 'Ghi nhận một đơn vị đã hoàn thành một hạn', body: completionBody, response: { 201: completionDto } } },
    async (request, reply) => reply.status(201).send(await markDone(ctx(request), request.body)),
  );

  app.delete(
    '/deadlines/completions/:id',
    { schema: { tags, summary: 'Hủy ghi nhận hoàn thành', params: completionIdParam, response: { 200: z.object({ deleted: z.literal(true) }) } } },
    async (request) => undoDone(ctx(request), request.params.id),
  );
}
