/*
 * Dashboards of a movement (movements.read; rows limited as movementDashboard says).
 *   GET /api/movements/:id/dashboard?period=YYYY              progress, criteria × units heatmap, ranking per peer group, formula
 *   GET /api/movements/:id/dashboard/export.xlsx?period=YYYY  the same as an Excel workbook
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/app';
import { serviceContext } from '../../http/request';
import { movementIdParam } from '../movements/movements.schema';
import { exportDashboard } from './dashboards-export';
import { dashboardQuery, dashboardResponse } from './dashboards.schema';
import { movementDashboard } from './dashboards.service';

const tags = ['Kết quả và xếp hạng'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function dashboardsRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, deps.db);

  app.get(
    '/movements/:id/dashboard',
    {
      schema: {
        tags,
        summary: 'Tiến độ, bảng tiêu chí theo đơn vị, xếp hạng và cách tính điểm của phong trào',
        params: movementIdParam,
        querystring: dashboardQuery,
        response: { 200: dashboardResponse },
      },
    },
    async (request) => movementDashboard(ctx(request), request.params.id, request.query),
  );

  app.get(
    '/movements/:id/dashboard/export.xlsx',
    { schema: { tags, summary: 'Tải kết quả và xếp hạng (Excel)', params: movementIdParam, querystring: dashboardQuery } },
    async (request, reply) => {
      const file = await exportDashboard(ctx(request), request.params.id, request.query);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'no-store')
        .send(file.content);
    },
  );
}
