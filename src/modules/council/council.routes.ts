/*
 * Council sessions (phiên họp Hội đồng Thi đua – Khen thưởng). council.manage = the standing office of
 * the session's unit; council.vote = a member's own account.
 *   GET    /api/council-sessions                       sessions of units in scope and those the user sits on (?unitId&movementId)
 *   POST   /api/council-sessions                       create {unitId, movementId, title, meetingOn, location?, thresholdPercent?, quorumPercent?}
 *   GET    /api/council-sessions/:id                   detail: members, nominees, recusals, quorum, own ballot state, tally once closed
 *   PATCH  /api/council-sessions/:id                   {title?, meetingOn?, location?, thresholdPercent?, quorumPercent?} while preparing
 *   GET    /api/council-sessions/:id/candidates        nominations addressed to the unit and ready for its council
 *   POST   /api/council-sessions/:id/items             add nominations {nominationIds}
 *   DELETE /api/council-sessions/:id/items/:nominationId
 *   POST   /api/council-sessions/:id/members           {personId, userId?, role, positionTitle?}
 *   DELETE /api/council-sessions/:id/members/:memberId
 *   PUT    /api/council-sessions/:id/attendance        {attendance: [{memberId, present}]}
 *   POST   /api/council-sessions/:id/recusals          {memberId, nominationId, reason}
 *   POST   /api/council-sessions/:id/open              open the secret ballot (quorum required)
 *   POST   /api/council-sessions/:id/ballots           the member's ballot {votes: [{nominationId, choice: dong_y|khong_dong_y}]}, once
 *   POST   /api/council-sessions/:id/close             count, decide the nominations, close for good
 *   GET    /api/council-sessions/:id/meeting-minutes.docx   biên bản họp
 *   GET    /api/council-sessions/:id/tally-minutes.docx     biên bản kiểm phiếu (closed sessions)
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/app';
import { serviceContext } from '../../http/request';
import { contentDisposition } from '../movements/documents/documents.routes';
import {
  addItemsBody,
  addMemberBody,
  attendanceBody,
  ballotBody,
  ballotResponse,
  candidateListResponse,
  createSessionBody,
  itemParam,
  memberParam,
  recusalBody,
  sessionDto,
  sessionIdParam,
  sessionListResponse,
  sessionsQuery,
  updateSessionBody,
} from './council.schema';
import { minutesFile } from './documents/documents.service';
import { addItems, addMember, addRecusal, removeItem, removeMember, setAttendance, updateSession } from './prepare.service';
import { candidates, createSession, getSession, listSessions } from './sessions.service';
import { castBallots, closeSession, openVoting } from './voting.service';

const tags = ['Hội đồng Thi đua – Khen thưởng'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function councilRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, deps.db);
  const one = { params: sessionIdParam, response: { 200: sessionDto } };

  app.get('/council-sessions', { schema: { tags, summary: 'Danh sách phiên họp Hội đồng', querystring: sessionsQuery, response: { 200: sessionListResponse } } }, async (r) => listSessions(ctx(r), r.query));
  app.post('/council-sessions', { schema: { tags, summary: 'Tạo phiên họp Hội đồng', body: createSessionBody, response: { 200: sessionDto } } }, async (r) => createSession(ctx(r), r.body));
  app.get('/council-sessions/:id', { schema: { tags, summary: 'Chi tiết phiên họp Hội đồng', ...one } }, async (r) => getSession(ctx(r), r.params.id));
  app.patch('/council-sessions/:id', { schema: { tags, summary: 'Sửa thông tin phiên họp', ...one, body: updateSessionBody } }, async (r) => updateSession(ctx(r), r.params.id, r.body));
  app.get(
    '/council-sessions/:id/candidates',
    { schema: { tags, summary: 'Đề nghị khen thưởng sẵn sàng đưa ra Hội đồng', params: sessionIdParam, response: { 200: candidateListResponse } } },
    async (r) => candidates(ctx(r), r.params.id),
  );
  app.post('/council-sessions/:id/items', { schema: { tags, summary: 'Thêm đề nghị khen thưởng vào phiên họp', ...one, body: addItemsBody } }, async (r) => addItems(ctx(r), r.params.id, r.body));
  app.delete(
    '/council-sessions/:id/items/:nominationId',
    { schema: { tags, summary: 'Bỏ một đề nghị khỏi phiên họp', params: itemParam, response: { 200: sessionDto } } },
    async (r) => removeItem(ctx(r), r.params.id, r.params.nominationId),
  );
  app.post('/council-sessions/:id/members', { schema: { tags, summary: 'Thêm thành viên Hội đồng', ...one, body: addMemberBody } }, async (r) => addMember(ctx(r), r.params.id, r.body));
  app.delete(
    '/council-sessions/:id/members/:memberId',
    { schema: { tags, summary: 'Bỏ một thành viên khỏi phiên họp', params: memberParam, response: { 200: sessionDto } } },
    async (r) => removeMember(ctx(r), r.params.id, r.params.memberId),
  );
  app.put('/council-sessions/:id/attendance', { schema: { tags, summary: 'Điểm danh thành viên', ...one, body: attendanceBody } }, async (r) => setAttendance(ctx(r), r.params.id, r.body));
  app.post('/council-sessions/:id/recusals', { schema: { tags, summary: 'Ghi thành viên không tham gia biểu quyết', ...one, body: recusalBody } }, async (r) => addRecusal(ctx(r), r.params.id, r.body));
  app.post('/council-sessions/:id/open', { schema: { tags, summary: 'Mở bỏ phiếu kín', ...one } }, async (r) => openVoting(ctx(r), r.params.id));
  app.post(
    '/council-sessions/:id/ballots',
    { schema: { tags, summary: 'Bỏ phiếu kín (mỗi thành viên một lần)', params: sessionIdParam, body: ballotBody, response: { 200: ballotResponse } } },
    async (r) => castBallots(ctx(r), r.params.id, r.body),
  );
  app.post('/council-sessions/:id/close', { schema: { tags, summary: 'Kết thúc bỏ phiếu và kiểm phiếu', ...one } }, async (r) => closeSession(ctx(r), r.params.id));

  for (const part of ['meeting', 'tally'] as const) {
    app.get(
      `/council-sessions/:id/${part}-minutes.docx`,
      { schema: { tags, summary: part === 'meeting' ? 'Tải biên bản họp Hội đồng (Word)' : 'Tải biên bản kiểm phiếu (Word)', params: sessionIdParam } },
      async (r, reply) => {
        const file = await minutesFile(ctx(r), r.params.id, part);
        return reply.type(DOCX).header('content-disposition', contentDisposition(file.fileName)).header('cache-control', 'private, no-store').send(file.buffer);
      },
    );
  }
}
