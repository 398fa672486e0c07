import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/app';
import { honourFilters, honourBoard } from './honour.queries';
import { honourFiltersResponse, honourQuery, honourResponse } from './honour.schema';

const tags = ['Vinh danh (công khai)'];
// Anyone may read the board, signed in or not: limited per address like the login route.
const config = { rateLimit: { max: 120, timeWindow: '1 minute' } };

/**
 * Public routes under /api/public: no session needed and none consulted (the answer is the same for
 * everyone), read-only, only what award decisions publish.
 */
export async function honourRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/public/honour',
    {
      config,
      schema: {
        tags,
        summary: 'Bảng vinh danh: khen thưởng đã quyết định và được công khai, theo phong trào và năm (không cần đăng nhập)',
        querystring: honourQuery,
        response: { 200: honourResponse },
      },
    },
    async (request) => honourBoard(deps.db, request.query),
  );

  app.get(
    '/public/honour/filters',
    { config, schema: { tags, summary: 'Các phong trào và năm có khen thưởng trên bảng vinh danh', response: { 200: honourFiltersResponse } } },
    async () => honourFilters(deps.db),
  );
}
