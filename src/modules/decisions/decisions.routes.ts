import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/app';
import { serviceContext } from '../../http/request';
import { awardListResponse, candidateListResponse, decisionDto, decisionListQuery, decisionListResponse, draftBody, forwardBody, forwardResponse, idParam, inboxQuery, inboxResponse, signBody, unitQuery, updateDraftBody } from './decisions.schema';
import { decisionCandidates, deleteDraft, draftDecision, getDecision, listDecisions, updateDraft } from './decisions.service';
import { forwardNominations, inbox } from './forward.service';
import { signDecision } from './sign.service';
import { personAwards, unitAwards } from './awards.service';
import { decisionDocumentsRoutes } from './decisions-documents.routes';

/**
 * Quyết định khen thưởng (issue 5):
 *   GET    /api/decisions/inbox?status=            hồ sơ đề nghị gửi đến đơn vị mình (hạn, quá hạn)
 *   GET    /api/decisions/candidates?unitId=       đề nghị đã được Hội đồng đồng ý: khen tại cấp này hay chuyển cấp trên
 *   POST   /api/decisions/forward                  { unitId, nominationIds, submissionNumber? } → đợt mới gửi cấp trên
 *   GET    /api/decisions?unitId=&status=          danh sách quyết định
 *   POST   /api/decisions                          { unitId, nominationIds, submissionNumber, submissionDate, title?, moneySource? } → dự thảo
 *   GET    /api/decisions/:id                      chi tiết, người được khen thưởng, số tiền
 *   PATCH  /api/decisions/:id                      { version, submissionNumber?, submissionDate?, title?, moneySource? } (dự thảo)
 *   DELETE /api/decisions/:id                      hủy dự thảo
 *   POST   /api/decisions/:id/sign                 { number, signedOn, signerName, signerTitle } → ban hành
 *   GET    /api/people/:id/awards, /api/units/:id/awards   lịch sử khen thưởng
 * Documents: decisions-documents.routes.ts.
 */
const tags = ['Quyết định khen thưởng'];

export async function decisionsRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, deps.db);
  const params = idParam;

  app.get('/decisions/inbox', { schema: { tags, summary: 'Hồ sơ đề nghị khen thưởng gửi đến (hạn, quá hạn)', querystring: inboxQuery, response: { 200: inboxResponse } } }, async (r) =>
    inbox(ctx(r), r.query.status),
  );
  app.get('/decisions/candidates', { schema: { tags, summary: 'Đề nghị đã được Hội đồng đồng ý: khen tại cấp này hoặc chuyển cấp trên', querystring: unitQuery, response: { 200: candidateListResponse } } }, async (r) =>
    decisionCandidates(ctx(r), r.query.unitId),
  );
  app.post('/decisions/forward', { schema: { tags, summary: 'Chuyển đề nghị lên cấp có thẩm quyền (khen cao)', body: forwardBody, response: { 200: forwardResponse } } }, async (r) =>
    forwardNominations(ctx(r), r.body),
  );
  app.get('/decisions', { schema: { tags, summary: 'Danh sách quyết định khen thưởng', querystring: decisionListQuery, response: { 200: decisionListResponse } } }, async (r) =>
    listDecisions(ctx(r), r.query),
  );
  app.post('/decisions', { schema: { tags, summary: 'Lập dự thảo quyết định khen thưởng kèm tờ trình', body: draftBody, response: { 200: decisionDto } } }, async (r) => draftDecision(ctx(r), r.body));
  app.get('/decisions/:id', { schema: { tags, summary: 'Chi tiết quyết định khen thưởng', params, response: { 200: decisionDto } } }, async (r) => getDecision(ctx(r), r.params.id));
  app.patch('/decisions/:id', { schema: { tags, summary: 'Sửa dự thảo quyết định', params, body: updateDraftBody, response: { 200: decisionDto } } }, async (r) =>
    updateDraft(ctx(r), r.params.id, r.body),
  );
  app.delete('/decisions/:id', { schema: { tags, summary: 'Hủy dự thảo quyết định', params } }, async (r, reply) => {
    await deleteDraft(ctx(r), r.params.id);
    return reply.code(204).send();
  });
  app.post('/decisions/:id/sign', { schema: { tags, summary: 'Ký ban hành quyết định khen thưởng', params, body: signBody, response: { 200: decisionDto } } }, async (r) =>
    signDecision(ctx(r), r.params.id, r.body),
  );
  app.get('/people/:id/awards', { schema: { tags, summary: 'Lịch sử khen thưởng của cá nhân', params, response: { 200: awardListResponse } } }, async (r) => personAwards(ctx(r), r.params.id));
  await decisionDocumentsRoutes(root, deps);
  app.get('/units/:id/awards', { schema: { tags, summary: 'Lịch sử khen thưởng của đơn vị (tập thể và cá nhân)', params, response: { 200: awardListResponse } } }, async (r) => unitAwards(ctx(r), r.params.id));
}
