/*
 * Self-assessment (tự chấm) and appraisal (thẩm định).
 *   PUT  /api/assessments                        self-score one criterion for a period (results.submit on the unit)
 *   POST /api/movements/:id/assessments/submit   send the unit's self-scores of a period to appraisal
 *   POST /api/assessments/:id/appraise           accept / change with a reason / return for explanation (appraisals.decide on the owner)
 *   POST /api/assessments/:id/explain            the unit's explanation, by the deadline
 *   POST /api/movements/:id/appraisal/lock       lock and publish a period (appraisals.decide on the owner)
 *   GET  /api/movements/:id/assessments          per unit: self vs appraised points, state, met / not met (?unitId&period)
 *   GET  /api/movements/:id/assessments/export.xlsx  the same list as an Excel workbook (totals, then every row)
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/app';
import { serviceContext } from '../../http/request';
import { movementIdParam } from '../movements/movements.schema';
import { appraise, explain, lockAppraisal } from './appraisal-decisions.service';
import { exportAssessments } from './appraisals-export';
import {
  appraiseBody,
  assessmentDto,
  assessmentIdParam,
  assessmentListResponse,
  assessmentsQuery,
  explainBody,
  lockBody,
  lockResponse,
  selfScoreBody,
  submitAssessmentsBody,
  submitResponse,
} from './appraisals.schema';
import { listAssessments, selfScore, submitAssessments } from './appraisals.service';

const tags = ['Tự chấm và thẩm định'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function appraisalsRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, deps.db);

  app.put('/assessments', { schema: { tags, summary: 'Tự chấm điểm một tiêu chí trong một kỳ', body: selfScoreBody, response: { 200: assessmentDto } } }, async (request) =>
    selfScore(ctx(request), request.body),
  );

  app.post(
    '/movements/:id/assessments/submit',
    { schema: { tags, summary: 'Gửi điểm tự chấm của đơn vị đi thẩm định', params: movementIdParam, body: submitAssessmentsBody, response: { 200: submitResponse } } },
    async (request) => submitAssessments(ctx(request), request.params.id, request.body),
  );

  app.post(
    '/assessments/:id/appraise',
    { schema: { tags, summary: 'Thẩm định: chấp nhận, thay đổi điểm có lý do, hoặc trả lại để giải trình', params: assessmentIdParam, body: appraiseBody, response: { 200: assessmentDto } } },
    async (request) => appraise(ctx(request), request.params.id, request.body),
  );

  app.post(
    '/assessments/:id/explain',
    { schema: { tags, summary: 'Giải trình điểm tự chấm bị trả lại', params: assessmentIdParam, body: explainBody, response: { 200: assessmentDto } } },
    async (request) => explain(ctx(request), request.params.id, request.body),
  );

  app.post(
    '/movements/:id/appraisal/lock',
    { schema: { tags, summary: 'Khóa và công bố kết quả thẩm định của một kỳ', params: movementIdParam, body: lockBody, response: { 200: lockResponse } } },
    async (request) => lockAppraisal(ctx(request), request.params.id, request.body),
  );

  app.get(
    '/movements/:id/assessments',
    { schema: { tags, summary: 'Điểm tự chấm và thẩm định theo đơn vị', params: movementIdParam, querystring: assessmentsQuery, response: { 200: assessmentListResponse } } },
    async (request) => listAssessments(ctx(request), request.params.id, request.query),
  );

  app.get(
    '/movements/:id/assessments/export.xlsx',
    { schema: { tags, summary: 'Tải điểm tự chấm và thẩm định (Excel)', params: movementIdParam, querystring: assessmentsQuery } },
    async (request, reply) => {
      const file = await exportAssessments(ctx(request), request.params.id, request.query);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'no-store')
        .send(file.content);
    },
  );
}
