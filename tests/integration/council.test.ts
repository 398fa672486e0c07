import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocxText } from '../../src/documents/docx-read';
import { closedSessionFor, renderTallyMinutes } from '../../src/modules/council/documents';
import type { SessionDto } from '../../src/modules/council/council.schema';
import { insertUser } from '../../src/seed/builders';
import { buildPerson, TEST_PASSWORD } from '../factories';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { buildCouncilWorld, memberIdOf, prepareSession, sessionBody, type CouncilWorld } from './council-fixtures';

let t: TestApp;
let w: CouncilWorld;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildCouncilWorld(t);
});
afterAll(async () => t?.close());

const counts = async (sessionId: number) => {
  const ballots = await t.db.selectFrom('ballots').select((eb) => eb.fn.countAll<number>().as('n')).where('session_id', '=', sessionId).executeTakeFirstOrThrow();
  const receipts = await t.db.selectFrom('ballot_receipts').select((eb) => eb.fn.countAll<number>().as('n')).where('session_id', '=', sessionId).executeTakeFirstOrThrow();
  return { ballots: Number(ballots.n), receipts: Number(receipts.n) };
};

describe('preparing a session', () => {
  it('takes threshold and quorum from the dated settings', async () => {
    const res = await w.standing.post('/api/council-sessions', sessionBody(w));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ thresholdPercent: 70, quorumPercent: 66.67, status: 'chuan_bi', unit: { id: w.huyen } });
    expect(res.json().settingsSource).toContain('2/3');
  });

  it('offers only nominations addressed to the unit, proposed, with the notice over', async () => {
    const id = (await w.standing.post('/api/council-sessions', sessionBody(w))).json().id;
    const res = await w.standing.get(`/api/council-sessions/${id}/candidates`);
    expect(res.statusCode).toBe(200);
    expect((res.json().items as { nominationId: number }[]).map((c) => c.nominationId).sort()).toEqual([w.n.X, w.n.Y, w.n.Z, w.n.W].sort());
    const other = await w.standing.post(`/api/council-sessions/${id}/items`, { nominationIds: [w.n.X, w.n.E] });
    expect(other.statusCode).toBe(409);
    expect(other.json().error.message).toContain('không gửi «Huyện Trà Bồng»');
    const late = await w.standing.post(`/api/council-sessions/${id}/items`, { nominationIds: [w.n.L] });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toContain('đang trong thời gian công khai đến hết ngày 31/12/2099');
    expect((await w.standing.get(`/api/council-sessions/${id}`)).json().items).toEqual([]);
  });

  it('refuses unknown fields and names the field in Vietnamese', async () => {
    const res = await w.standing.post('/api/council-sessions', { ...sessionBody(w), meetingOn: '2024-02-30' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Ngày họp không tồn tại');
    expect((await w.standing.post('/api/council-sessions', { ...sessionBody(w), secret: 1 })).statusCode).toBe(400);
    const pct = await w.standing.post('/api/council-sessions', { ...sessionBody(w), thresholdPercent: 120 });
    expect(pct.statusCode).toBe(400);
    expect(pct.body).toContain('Tỷ lệ đồng ý cần đạt');
    expect(pct.body).toContain('Tỷ lệ đồng ý tối đa 100%');
  });

  it('edits a session being prepared, with an audit row of before and after', async () => {
    const id = (await w.standing.post('/api/council-sessions', sessionBody(w))).json().id;
    const res = await w.standing.patch(`/api/council-sessions/${id}`, { thresholdPercent: 90, location: 'Phòng họp số 2' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ thresholdPercent: 90, quorumPercent: 66.67, location: 'Phòng họp số 2' });
    const audit = await t.db.selectFrom('audit_log').select('after').where('action', '=', 'council.update').where('entity_id', '=', String(id)).executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.after)).toContain('"thresholdPercent":70');
    expect((await w.standing.patch(`/api/council-sessions/${id}`, {})).statusCode).toBe(400);
  });

  it('flags members whose account cannot vote online (no account, or no council member role)', async () => {
    const id = (await w.standing.post('/api/council-sessions', sessionBody(w))).json().id;
    const chair = await buildPerson(t.db, { unitId: w.huyen, fullName: 'Chủ Tịch Huyện' });
    await t.db.transaction().execute((trx) => insertUser(trx, { username: `ct_${chair.id}`, password: TEST_PASSWORD, fullName: 'Chủ Tịch Huyện', personId: chair.id, roles: [{ role: 'leader', unitId: w.huyen }] }));
    await w.standing.post(`/api/council-sessions/${id}/members`, { personId: chair.id, role: 'chu_tich' });
    const res = await w.standing.post(`/api/council-sessions/${id}/members`, { personId: w.people.pA, role: 'uy_vien' });
    expect(res.json().members.map((m: { fullName: string; userId: number | null; canVoteOnline: boolean }) => [m.fullName, m.userId !== null, m.canVoteOnline])).toEqual([
      ['Chủ Tịch Huyện', true, false],
      ['Trần Thị Phú', false, false],
    ]);
  });

  it('refuses a second chair and a member twice', async () => {
    const id = (await w.standing.post('/api/council-sessions', sessionBody(w))).json().id;
    expect((await w.standing.post(`/api/council-sessions/${id}/members`, { personId: w.people.m1, role: 'chu_tich' })).statusCode).toBe(200);
    const twice = await w.standing.post(`/api/council-sessions/${id}/members`, { personId: w.people.m1, role: 'uy_vien' });
    expect(twice.statusCode).toBe(409);
    const chair = await w.standing.post(`/api/council-sessions/${id}/members`, { personId: w.people.m2, role: 'chu_tich' });
    expect(chair.statusCode).toBe(409);
    expect(chair.json().error.message).toContain('đã có Chủ tịch Hội đồng (Nguyễn Văn Chủ)');
  });
});

describe('a session from quorum to result', () => {
  let id: number;
  let s: SessionDto;

  it('refuses to open voting without a quorum, and changes nothing', async () => {
    id = await prepareSession(w, { m4: false, m5: false });
    const res = await w.standing.post(`/api/council-sessions/${id}/open`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('có mặt 3/5 thành viên (60%), cần ít nhất 66,67%');
    s = (await w.standing.get(`/api/council-sessions/${id}`)).json();
    expect(s.status).toBe('chuan_bi');
    expect(s.quorum).toEqual({ present: 3, members: 5, percent: 60, met: false });
    expect(s.members.every((m) => m.canVoteOnline)).toBe(true);
  });

  it('recuses the member of xã A from xã A and its people automatically, and records a manual recusal', async () => {
    const m3 = memberIdOf(s, w.people.m3);
    const auto = s.recusals.filter((r) => r.memberId === m3).map((r) => r.nominationId).sort();
    expect(auto).toEqual([w.n.X, w.n.Y].sort());
    const m5 = memberIdOf(s, w.people.m5);
    const res = await w.standing.post(`/api/council-sessions/${id}/recusals`, { memberId: m5, nominationId: w.n.Y, reason: 'Là người thân của người được đề nghị' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().recusals).toContainEqual({ memberId: m5, nominationId: w.n.Y, reason: 'Là người thân của người được đề nghị', automatic: false });
  });

  it('opens with 4 of 5 present (80%) and writes the automatic recusals', async () => {
    const m4 = memberIdOf(s, w.people.m4);
    expect((await w.standing.put(`/api/council-sessions/${id}/attendance`, { attendance: [{ memberId: m4, present: true }] })).statusCode).toBe(200);
    const res = await w.standing.post(`/api/council-sessions/${id}/open`);
    expect(res.statusCode, res.body).toBe(200);
    s = res.json();
    expect(s.status).toBe('dang_bo_phieu');
    const stored = await t.db.selectFrom('council_recusals').select(['member_id', 'nomination_id']).where('session_id', '=', id).execute();
    expect(stored).toHaveLength(3);
    // Fixed once open.
    expect((await w.standing.post(`/api/council-sessions/${id}/members`, { personId: w.people.pA, role: 'uy_vien' })).statusCode).toBe(409);
  });

  it('refuses a recused member, a non-member and a manager who is not a member, writing nothing', async () => {
    const before = await counts(id);
    const recused = await w.member.m3.post(`/api/council-sessions/${id}/ballots`, { votes: [{ nominationId: w.n.X, choice: 'dong_y' }] });
    expect(recused.statusCode).toBe(403);
    expect(recused.json().error.message).toContain('không tham gia biểu quyết đối với: «Xã Trà Phú»');
    expect((await w.outsider.post(`/api/council-sessions/${id}/ballots`, { votes: [{ nominationId: w.n.Z, choice: 'dong_y' }] })).statusCode).toBe(404);
    const manager = await w.standing.post(`/api/council-sessions/${id}/ballots`, { votes: [{ nominationId: w.n.Z, choice: 'dong_y' }] });
    expect(manager.statusCode).toBe(403);
    expect(manager.json().error.message).toContain('không phải thành viên Hội đồng');
    expect(await counts(id)).toEqual(before);
  });

  it('takes each ballot once; a second one on the same nominee is refused and changes nothing', async () => {
    // X (m3 recused, base 4): m1, m2, m4 đồng ý, m5 không → 3/4 = 75% đạt.
    // Y (m3, m5 recused, base 3): m1, m2 đồng ý, m4 không → 2/3 = 66,67% không đạt.
    // Z (base 5): m1, m2, m3 đồng ý, m4 không, m5 does not vote → 3/5 = 60% không đạt.
    const ok = async (c: keyof CouncilWorld['member'], votes: [number, 'dong_y' | 'khong_dong_y'][]) => {
      const res = await w.member[c].post(`/api/council-sessions/${id}/ballots`, { votes: votes.map(([nominationId, choice]) => ({ nominationId, choice })) });
      expect(res.statusCode, res.body).toBe(200);
      return res;
    };
    const first = await ok('m1', [[w.n.X, 'dong_y'], [w.n.Y, 'dong_y'], [w.n.Z, 'dong_y']]);
    expect(first.json()).toEqual({ sessionId: id, votedNominationIds: [w.n.X, w.n.Y, w.n.Z].sort((a, b) => a - b), message: 'Đã bỏ phiếu' });
    const before = await counts(id);
    const again = await w.member.m1.post(`/api/council-sessions/${id}/ballots`, { votes: [{ nominationId: w.n.Z, choice: 'khong_dong_y' }] });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('Bạn đã bỏ phiếu cho «Lê Văn Bình»');
    expect(await counts(id)).toEqual(before);
    await ok('m2', [[w.n.X, 'dong_y'], [w.n.Y, 'dong_y'], [w.n.Z, 'dong_y']]);
    await ok('m3', [[w.n.Z, 'dong_y']]);
    await ok('m4', [[w.n.X, 'dong_y'], [w.n.Y, 'khong_dong_y']]);
    await ok('m4', [[w.n.Z, 'khong_dong_y']]);
    await ok('m5', [[w.n.X, 'khong_dong_y']]);
    const mine = (await w.member.m4.get(`/api/council-sessions/${id}`)).json() as SessionDto;
    expect(mine.me.votedNominationIds.sort()).toEqual([w.n.X, w.n.Y, w.n.Z].sort());
    expect(mine.tally).toBeNull();
    expect(mine.items.map((i) => i.voted)).toEqual([4, 3, 4]);
  });

  it('closes with the exact tally and decides the nominations', async () => {
    const res = await w.standing.post(`/api/council-sessions/${id}/close`);
    expect(res.statusCode, res.body).toBe(200);
    s = res.json();
    expect(s.status).toBe('da_dong');
    expect(s.tally).toMatchObject({ issued: 5, returned: 5, valid: 5 });
    const row = (nid: number) => s.tally!.nominees.find((n) => n.nominationId === nid);
    expect(row(w.n.X)).toMatchObject({ agree: 3, disagree: 1, notVoted: 0, recused: 1, totalMembers: 5, eligible: 4, percent: 75, passed: true, resultLabel: 'Đạt' });
    expect(row(w.n.Y)).toMatchObject({ agree: 2, disagree: 1, notVoted: 0, recused: 2, eligible: 3, percent: 66.67, passed: false });
    expect(row(w.n.Z)).toMatchObject({ agree: 3, disagree: 1, notVoted: 1, recused: 0, eligible: 5, percent: 60, passed: false });
    const statuses = await t.db.selectFrom('nominations').select(['id', 'status']).where('id', 'in', [w.n.X, w.n.Y, w.n.Z, w.n.W]).execute();
    expect(Object.fromEntries(statuses.map((r) => [r.id, r.status]))).toEqual({ [w.n.X]: 'dong_y', [w.n.Y]: 'khong_dong_y', [w.n.Z]: 'khong_dong_y', [w.n.W]: 'de_nghi' });
    const history = await t.db.selectFrom('nomination_history').selectAll().where('nomination_id', 'in', [w.n.X, w.n.Y, w.n.Z]).orderBy('nomination_id').execute();
    expect(history.map((h) => [h.action, h.old_status, h.new_status])).toEqual([
      ['hoi_dong', 'de_nghi', 'dong_y'],
      ['hoi_dong', 'de_nghi', 'khong_dong_y'],
      ['hoi_dong', 'de_nghi', 'khong_dong_y'],
    ]);
    expect(history[0]!.reason).toContain('3/4 thành viên đồng ý (75%, cần 70%) — đạt');
    // Batch A is fully decided; batch B still has W waiting.
    const batches = await t.db.selectFrom('nomination_batches').select(['id', 'status']).where('id', 'in', [w.batchA, w.batchB]).execute();
    expect(Object.fromEntries(batches.map((b) => [b.id, b.status]))).toEqual({ [w.batchA]: 'da_xet', [w.batchB]: 'da_gui' });
  });

  it('is final: no ballot, no second close, no change after closing', async () => {
    const before = await counts(id);
    const late = await w.member.m5.post(`/api/council-sessions/${id}/ballots`, { votes: [{ nominationId: w.n.Z, choice: 'dong_y' }] });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toContain('đã kết thúc: không nhận thêm phiếu');
    expect(await counts(id)).toEqual(before);
    expect((await w.standing.post(`/api/council-sessions/${id}/close`)).statusCode).toBe(409);
    expect((await w.standing.put(`/api/council-sessions/${id}/attendance`, { attendance: [{ memberId: s.members[0]!.id, present: false }] })).statusCode).toBe(409);
  });

  it('audits each step; a vote row says only that the member voted', async () => {
    const rows = await t.db.selectFrom('audit_log').select(['action', 'user_id', 'after']).where('entity', '=', 'council_session').where('entity_id', '=', String(id)).orderBy('id').execute();
    const actions = rows.map((r) => r.action);
    expect(actions.filter((a) => a === 'council.vote')).toHaveLength(6);
    expect(actions).toEqual(expect.arrayContaining(['council.create', 'council.add_items', 'council.add_member', 'council.attendance', 'council.recusal', 'council.open', 'council.close']));
    const m1Vote = rows.find((r) => r.action === 'council.vote' && r.user_id === w.users.m1)!;
    expect(typeof m1Vote.after === 'string' ? JSON.parse(m1Vote.after) : m1Vote.after).toEqual({ nominationIds: [w.n.X, w.n.Y, w.n.Z].sort((a, b) => a - b), note: 'đã bỏ phiếu' });
  });

  it('renders the meeting minutes and the tally minutes', async () => {
    const meeting = await w.standing.get(`/api/council-sessions/${id}/meeting-minutes.docx`);
    expect(meeting.statusCode).toBe(200);
    const text = readDocxText(meeting.rawPayload);
    for (const needle of ['BIÊN BẢN', 'Hội trường UBND huyện', 'Chủ trì: Nguyễn Văn Chủ, Chủ tịch Hội đồng', 'Thư ký: Hoàng Thị Thư', 'Vắng mặt', 'Số thành viên có mặt 4/5 (80%)', 'phiên họp hợp lệ', 'Xã Trà Phú', '75%', 'Không đạt'])
      expect(text).toContain(needle);
    const tally = await w.member.m2.get(`/api/council-sessions/${id}/tally-minutes.docx`);
    expect(tally.statusCode).toBe(200);
    const ttext = readDocxText(tally.rawPayload);
    for (const needle of ['BAN KIỂM PHIẾU', 'Số phiếu phát ra: 5; số phiếu thu về: 5; số phiếu hợp lệ: 5', 'Lê Văn Bình', '60% (3/5)', 'Đạt'])
      expect(ttext).toContain(needle);
  });

  it('gives the dossier the session that decided a nomination and its minutes as a Buffer', async () => {
    expect(await closedSessionFor(t.db, w.n.X)).toBe(id);
    expect(await closedSessionFor(t.db, w.n.W)).toBeNull();
    expect(readDocxText(await renderTallyMinutes(t.db, id))).toContain('Trần Thị Phú');
  });

  it('has no tally minutes before a session closes', async () => {
    const other = (await w.standing.post('/api/council-sessions', sessionBody(w))).json().id;
    expect((await w.standing.get(`/api/council-sessions/${other}/tally-minutes.docx`)).statusCode).toBe(409);
  });
});
