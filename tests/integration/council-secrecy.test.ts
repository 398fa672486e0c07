import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, TestApp } from '../helpers/test-app';
import { startTestApp } from '../helpers/test-app';
import { buildCouncilWorld, prepareSession, type CouncilWorld } from './council-fixtures';

/**
 * A cast ballot cannot be traced to its member: the ballots table has no member and no time, the
 * receipts no choice, the audit row of a vote no choice, and no API response carries a ballot's id or
 * a member's choice. Before the close not even the running counts are shown.
 */
let t: TestApp;
let w: CouncilWorld;
let id: number;
const seen: { url: string; body: string }[] = [];

function recording(c: Client): Client {
  const keep = async (url: string, p: Promise<LightMyRequestResponse>) => {
    const res = await p;
    seen.push({ url, body: `${JSON.stringify(res.headers)}\n${res.body}` });
    return res;
  };
  return {
    ...c,
    get: (url) => keep(url, c.get(url)),
    post: (url, payload) => keep(url, c.post(url, payload)),
    put: (url, payload) => keep(url, c.put(url, payload)),
  };
}

beforeAll(async () => {
  t = await startTestApp();
  w = await buildCouncilWorld(t);
  id = await prepareSession(w);
  const standing = recording(w.standing);
  expect((await standing.post(`/api/council-sessions/${id}/open`)).statusCode).toBe(200);
  const plan: [keyof CouncilWorld['member'], [number, 'dong_y' | 'khong_dong_y'][]][] = [
    ['m1', [[w.n.X, 'dong_y'], [w.n.Y, 'khong_dong_y'], [w.n.Z, 'dong_y']]],
    ['m2', [[w.n.X, 'khong_dong_y'], [w.n.Z, 'dong_y']]],
    ['m3', [[w.n.Z, 'khong_dong_y']]],
    ['m4', [[w.n.X, 'dong_y'], [w.n.Y, 'dong_y'], [w.n.Z, 'dong_y']]],
  ];
  for (const [who, votes] of plan) {
    const c = recording(w.member[who]);
    const res = await c.post(`/api/council-sessions/${id}/ballots`, { votes: votes.map(([nominationId, choice]) => ({ nominationId, choice })) });
    expect(res.statusCode, res.body).toBe(200);
    expect(Object.keys(res.json()).sort()).toEqual(['message', 'sessionId', 'votedNominationIds']);
    await c.post(`/api/council-sessions/${id}/ballots`, { votes: votes.slice(0, 1).map(([nominationId, choice]) => ({ nominationId, choice })) });
    await c.get(`/api/council-sessions/${id}`);
    await c.get('/api/council-sessions');
  }
  await standing.get(`/api/council-sessions/${id}`);
  expect((await standing.post(`/api/council-sessions/${id}/close`)).statusCode).toBe(200);
  await standing.get(`/api/council-sessions/${id}`);
  await recording(w.member.m1).get(`/api/council-sessions/${id}`);
});
afterAll(async () => t?.close());

const columns = async (table: string) =>
  (await sql<{ column_name: string }>`select column_name from information_schema.columns where table_name = ${table} order by column_name`.execute(t.db)).rows.map((r) => r.column_name);

describe('ballot secrecy', () => {
  it('stores choices without member or time, and receipts without choice', async () => {
    expect(await columns('ballots')).toEqual(['choice', 'id', 'nomination_id', 'session_id']);
    expect(await columns('ballot_receipts')).toEqual(['member_id', 'nomination_id', 'session_id']);
    const ballots = await t.db.selectFrom('ballots').selectAll().where('session_id', '=', id).execute();
    expect(ballots).toHaveLength(9);
    expect(await t.db.selectFrom('ballot_receipts').selectAll().where('session_id', '=', id).execute()).toHaveLength(9);
  });

  it('never returns a ballot id or a choice in any response', async () => {
    const ids = (await t.db.selectFrom('ballots').select('id').where('session_id', '=', id).execute()).map((b) => b.id);
    expect(seen.length).toBeGreaterThan(15);
    for (const r of seen) {
      for (const ballotId of ids) expect(r.body, r.url).not.toContain(ballotId);
      expect(r.body, r.url).not.toMatch(/"choice"/);
    }
  });

  it('shows only counts per nominee, and only after the close', async () => {
    const before = seen.filter((r) => r.url === `/api/council-sessions/${id}`).slice(0, 4).map((r) => JSON.parse(r.body.slice(r.body.indexOf('\n') + 1)));
    for (const dto of before) {
      expect(dto.tally).toBeNull();
      expect(dto.status).toBe('dang_bo_phieu');
      for (const m of dto.members) expect(Object.keys(m).sort()).toEqual(['canVoteOnline', 'fullName', 'id', 'personId', 'positionTitle', 'present', 'role', 'roleLabel', 'unit', 'userId']);
    }
    const after = JSON.parse(seen.at(-1)!.body.slice(seen.at(-1)!.body.indexOf('\n') + 1));
    expect(Object.keys(after.tally.nominees[0]).sort()).toEqual(['agree', 'disagree', 'eligible', 'nominationId', 'nomineeName', 'notVoted', 'passed', 'percent', 'recused', 'resultLabel', 'totalMembers']);
  });

  it('audits a vote as "đã bỏ phiếu" without the choice, and nothing in the audit log names a ballot', async () => {
    const rows = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'council.vote').execute();
    expect(rows).toHaveLength(4);
    for (const r of rows) {
      const after = typeof r.after === 'string' ? JSON.parse(r.after) : r.after;
      expect(Object.keys(after).sort()).toEqual(['nominationIds', 'note']);
      expect(after.note).toBe('đã bỏ phiếu');
      expect(r.before).toBeNull();
      expect(r.request_id).toBeNull();
    }
    const ids = (await t.db.selectFrom('ballots').select('id').where('session_id', '=', id).execute()).map((b) => b.id);
    const everything = JSON.stringify(await t.db.selectFrom('audit_log').selectAll().execute());
    for (const ballotId of ids) expect(everything).not.toContain(ballotId);
    const votesText = JSON.stringify(rows);
    expect(votesText).not.toMatch(/dong_y|khong_dong_y|choice/);
  });

  it('keeps ballots and receipts immutable', async () => {
    await expect(sql`update ballots set choice = 'dong_y' where session_id = ${id}`.execute(t.db)).rejects.toThrow(/cannot be changed/);
    await expect(sql`delete from ballot_receipts where session_id = ${id}`.execute(t.db)).rejects.toThrow(/cannot be changed/);
  });
});
