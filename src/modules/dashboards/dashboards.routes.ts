/*
 * Dashboards of a movement (movements.read; rows limited as movementDashboard says).
 *   GET /api/movements/:id/dashboard?period=YYYY              progress, criteria × units heatmap, ranking per peer group, formula
 *   GET /api/movements/:id/dashboard/export.xlsx?period=YYYY  the same as an Excel workbook (+ gaps, overdue)
 *   GET /api/units/:id/scorecard                              a unit's scores, ranks and indices across years (reader sees the unit)
 *   GET /api/units/:id/scorecard/export.xlsx                  the same as an Excel workbook
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/app';
import { serviceContext } from '../../http/request';
import { movementIdParam } from '../movements/movements.schema';
import { idParam } from '../units/units.schema';
import { exportDashboard } from './dashboards-export';
import { dashboardQuery, dashboardResponse } from './dashboards.schema';
import { movementDashboard } from './dashboards.service';
import { exportScorecard } from './scorecard-export';
import { scorecardResponse } from './scorecard.schema';
import { unitScorecard } from './scorecard.service';

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

  app.get(
    '/units/:id/scorecard',
    { schema: { tags, summary: 'Điểm, xếp hạng và chỉ số của một đơn vị qua các năm', params: idParam, response: { 200: scorecardResponse } } },
    async (request) => unitScorecard(ctx(request), request.params.id),
  );

  app.get(
    '/units/:id/scorecard/export.xlsx',
    { schema: { tags, summary: 'Tải điểm và chỉ số của đơn vị qua các năm (Excel)', params: idParam } },
    async (request, reply) => {
      const file = await exportScorecard(ctx(request), request.params.id);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'no-store')
        .send(file.content);
    },
  );
}
