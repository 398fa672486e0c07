/*
 * Nominations (đề nghị khen thưởng), issue 5.
 *   POST /api/nomination-batches                       create a draft batch {movementId, year, proposingUnitId, addressedUnitId?, awardKey?, title?, dueOn?} (nominations.submit)
 *   GET  /api/nomination-batches                       batches whose proposing or addressed unit the user reads (?movementId&year&status)
 *   GET  /api/nomination-batches/:id                   one batch: nominations, near-duplicate reports, the plan's award offers
 *   POST /api/nomination-batches/:id/nominations       add a collective or individual {subjectKind, unitId?, personId?, awardKey?, catalogueCode?, report?}
 *   POST /api/nomination-batches/:id/submit            send {version, submissionNumber?}: deadline, quotas, eligibility checked in one transaction
 *   POST /api/nomination-batches/:id/return            the considering unit returns it {version, reason} (nominations.review)
 *   POST /api/nomination-batches/:id/notice            public notice (công khai) {version, from?, to?} (nominations.review)
 *   GET  /api/nomination-batches/:id/comments          comments received during the notice
 *   POST /api/nomination-batches/:id/comments          a comment {body, nominationId?}, within the notice period only
 *   GET  /api/nomination-batches/:id/list.docx         danh sách đề nghị khen thưởng (.docx)
 *   GET  /api/nominations/:id                          one nomination
 *   PATCH /api/nominations/:id                         edit {version, report?, awardKey?, catalogueCode?, overrideReason?}
 *   POST /api/nominations/:id/withdraw                 withdraw (rút) {version, reason?}
 *   GET  /api/nominations/:id/eligibility              the standards engine's verdict and trace now (not stored)
 *   GET  /api/nominations/:id/report.docx              báo cáo thành tích (?version=detailed|summary)
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/app';
import { serviceContext } from '../../http/request';
import { contentDisposition } from '../movements/documents/documents.routes';
import { batchDetail, createBatch, listBatches } from './batches.service';
import { achievementReportFile, nomineeListFile } from './documents/documents.service';
import {
  addNominationBody,
  batchDetailDto,
  batchListQuery,
  batchListResponse,
  commentBody,
  commentDto,
  commentListResponse,
  createBatchBody,
  eligibilityDto,
  idParam,
  nominationDto,
  noticeBody,
  reportDocQuery,
  returnBody,
  submitBody,
  updateNominationBody,
  withdrawBody,
} from './nominations.schema';
import { addNomination, editNomination, eligibilityPreview, getNomination, withdrawNomination } from './nominations.service';
import { addComment, listComments, returnBatch, startNotice } from './review.service';
import { submitBatch } from './submit.service';

const tags = ['Đề nghị khen thưởng'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function nominationsRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, deps.db);
  const params = idParam;

  app.post('/nomination-batches', { schema: { tags, summary: 'Lập đợt đề nghị khen thưởng (bản nháp)', body: createBatchBody, response: { 200: batchDetailDto } } }, async (r) => createBatch(ctx(r), r.body));
  app.get('/nomination-batches', { schema: { tags, summary: 'Các đợt đề nghị khen thưởng', querystring: batchListQuery, response: { 200: batchListResponse } } }, async (r) => listBatches(ctx(r), r.query));
  app.get('/nomination-batches/:id', { schema: { tags, summary: 'Một đợt đề nghị khen thưởng', params, response: { 200: batchDetailDto } } }, async (r) => batchDetail(ctx(r), r.params.id));
  app.post(
    '/nomination-batches/:id/nominations',
    { schema: { tags, summary: 'Thêm tập thể, cá nhân vào đợt đề nghị', params, body: addNominationBody, response: { 200: nominationDto } } },
    async (r) => addNomination(ctx(r), r.params.id, r.body),
  );
  app.post('/nomination-batches/:id/submit', { schema: { tags, summary: 'Gửi đợt đề nghị khen thưởng', params, body: submitBody, response: { 200: batchDetailDto } } }, async (r) =>
    submitBatch(ctx(r), r.params.id, r.body),
  );
  app.post('/nomination-batches/:id/return', { schema: { tags, summary: 'Trả lại đợt đề nghị', params, body: returnBody, response: { 200: batchDetailDto } } }, async (r) =>
    returnBatch(ctx(r), r.params.id, r.body),
  );
  app.post('/nomination-batches/:id/notice', { schema: { tags, summary: 'Công khai danh sách đề nghị', params, body: noticeBody, response: { 200: batchDetailDto } } }, async (r) =>
    startNotice(ctx(r), r.params.id, r.body),
  );
  app.get('/nomination-batches/:id/comments', { schema: { tags, summary: 'Ý kiến trong thời gian công khai', params, response: { 200: commentListResponse } } }, async (r) => listComments(ctx(r), r.params.id));
  app.post('/nomination-batches/:id/comments', { schema: { tags, summary: 'Góp ý kiến về danh sách công khai', params, body: commentBody, response: { 200: commentDto } } }, async (r) =>
    addComment(ctx(r), r.params.id, r.body),
  );
  app.get('/nomination-batches/:id/list.docx', { schema: { tags, summary: 'Tải danh sách đề nghị khen thưởng (Word)', params } }, async (r, reply) => {
    const file = await nomineeListFile(ctx(r), r.params.id);
    return reply.type(DOCX).header('content-disposition', contentDisposition(file.fileName)).header('cache-control', 'private, no-store').send(file.buffer);
  });

  app.get('/nominations/:id', { schema: { tags, summary: 'Một đề nghị khen thưởng', params, response: { 200: nominationDto } } }, async (r) => getNomination(ctx(r), r.params.id));
  app.patch('/nominations/:id', { schema: { tags, summary: 'Sửa đề nghị: báo cáo thành tích, hình thức, lý do', params, body: updateNominationBody, response: { 200: nominationDto } } }, async (r) =>
    editNomination(ctx(r), r.params.id, r.body),
  );
  app.post('/nominations/:id/withdraw', { schema: { tags, summary: 'Rút đề nghị', params, body: withdrawBody, response: { 200: nominationDto } } }, async (r) =>
    withdrawNomination(ctx(r), r.params.id, r.body),
  );
  app.get('/nominations/:id/eligibility', { schema: { tags, summary: 'Xét tiêu chuẩn (xem trước, không lưu)', params, response: { 200: eligibilityDto } } }, async (r) => eligibilityPreview(ctx(r), r.params.id));
  app.get('/nominations/:id/report.docx', { schema: { tags, summary: 'Tải báo cáo thành tích (Word)', params, querystring: reportDocQuery } }, async (r, reply) => {
    const file = await achievementReportFile(ctx(r), r.params.id, r.query.version);
    return reply.type(DOCX).header('content-disposition', contentDisposition(file.fileName)).header('cache-control', 'private, no-store').send(file.buffer);
  });
}
