import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, TEST_PASSWORD } from '../factories';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';
import { buildCouncilWorld, prepareSession, sessionBody, type CouncilWorld } from './council-fixtures';

/**
 * Who may do what with a council session of huyện H. The standing office of H manages it; its members
 * read it and vote; the standing office of another huyện, the standing office of a xã under H, and a
 * council member of H not on this session do not see it at all (404). Refused requests write nothing.
 */
type Actor = 'standing' | 'member' | 'standing2' | 'standingXa' | 'outsider';
interface World extends CouncilWorld {
  s: number;
  empty: number;
  standingXa: Client;
}
interface Case {
  route: string;
  run: (c: Client, w: World) => Promise<LightMyRequestResponse>;
  expect: Record<Actor, number>;
  check?: (res: LightMyRequestResponse, actor: Actor, w: World) => void;
}

const hidden = { standing2: 404, standingXa: 404, outsider: 404 } as const;
const big = 999_999;

const cases: Case[] = [
  {
    route: 'GET /api/council-sessions',
    run: (c) => c.get('/api/council-sessions'),
    expect: { standing: 200, member: 200, standing2: 200, standingXa: 200, outsider: 200 },
    check: (res, actor, w) => {
      const ids = (res.json().items as { id: number }[]).map((i) => i.id);
      if (actor === 'standing') expect(ids).toEqual(expect.arrayContaining([w.s, w.empty]));
      else if (actor === 'member') expect(ids).toEqual([w.s]);
      else expect(ids).toEqual([]);
    },
  },
  { route: 'POST /api/council-sessions', run: (c, w) => c.post('/api/council-sessions', { ...sessionBody(w), title: '' }), expect: { standing: 400, member: 400, standing2: 400, standingXa: 400, outsider: 400 } },
  { route: 'POST /api/council-sessions (H)', run: (c, w) => c.post('/api/council-sessions', { ...sessionBody(w), movementId: big }), expect: { standing: 404, member: 403, standing2: 403, standingXa: 403, outsider: 403 } },
  { route: 'GET /api/council-sessions/{id}', run: (c, w) => c.get(`/api/council-sessions/${w.s}`), expect: { standing: 200, member: 200, ...hidden } },
  { route: 'PATCH /api/council-sessions/{id}', run: (c, w) => c.patch(`/api/council-sessions/${w.s}`, { thresholdPercent: 101 }), expect: { standing: 400, member: 400, standing2: 400, standingXa: 400, outsider: 400 } },
  { route: 'PATCH /api/council-sessions/{id} (valid)', run: (c, w) => c.patch(`/api/council-sessions/${w.empty}`, { location: 'Phòng họp số 2' }), expect: { standing: 200, member: 404, ...hidden } },
  { route: 'GET /api/council-sessions/{id}/candidates', run: (c, w) => c.get(`/api/council-sessions/${w.s}/candidates`), expect: { standing: 200, member: 403, ...hidden } },
  { route: 'POST /api/council-sessions/{id}/items', run: (c, w) => c.post(`/api/council-sessions/${w.s}/items`, { nominationIds: [w.n.E] }), expect: { standing: 409, member: 403, ...hidden } },
  {
    route: 'DELETE /api/council-sessions/{id}/items/{nominationId}',
    run: (c, w) => c.delete(`/api/council-sessions/${w.s}/items/${w.n.W}`),
    expect: { standing: 404, member: 403, ...hidden },
    check: (res, actor) => actor === 'standing' && expect(res.json().error.message).toContain('trong phiên họp'),
  },
  { route: 'POST /api/council-sessions/{id}/members', run: (c, w) => c.post(`/api/council-sessions/${w.s}/members`, { personId: w.people.m1, role: 'uy_vien' }), expect: { standing: 409, member: 403, ...hidden } },
  {
    route: 'DELETE /api/council-sessions/{id}/members/{memberId}',
    run: (c, w) => c.delete(`/api/council-sessions/${w.s}/members/${big}`),
    expect: { standing: 404, member: 403, ...hidden },
    check: (res, actor) => actor === 'standing' && expect(res.json().error.message).toContain('thành viên này trong phiên họp'),
  },
  { route: 'PUT /api/council-sessions/{id}/attendance', run: (c, w) => c.put(`/api/council-sessions/${w.s}/attendance`, { attendance: [{ memberId: big, present: true }] }), expect: { standing: 400, member: 403, ...hidden } },
  { route: 'POST /api/council-sessions/{id}/recusals', run: (c, w) => c.post(`/api/council-sessions/${w.s}/recusals`, { memberId: big, nominationId: w.n.X, reason: 'Lý do' }), expect: { standing: 400, member: 403, ...hidden } },
  { route: 'POST /api/council-sessions/{id}/open', run: (c, w) => c.post(`/api/council-sessions/${w.empty}/open`), expect: { standing: 409, member: 404, ...hidden } },
  { route: 'POST /api/council-sessions/{id}/ballots', run: (c, w) => c.post(`/api/council-sessions/${w.s}/ballots`, { votes: [{ nominationId: w.n.Z, choice: 'dong_y' }] }), expect: { standing: 409, member: 409, ...hidden } },
  { route: 'POST /api/council-sessions/{id}/close', run: (c, w) => c.post(`/api/council-sessions/${w.s}/close`), expect: { standing: 409, member: 403, ...hidden } },
  { route: 'GET /api/council-sessions/{id}/meeting-minutes.docx', run: (c, w) => c.get(`/api/council-sessions/${w.s}/meeting-minutes.docx`), expect: { standing: 200, member: 200, ...hidden } },
  { route: 'GET /api/council-sessions/{id}/tally-minutes.docx', run: (c, w) => c.get(`/api/council-sessions/${w.s}/tally-minutes.docx`), expect: { standing: 409, member: 409, ...hidden } },
];

const tables = ['council_sessions', 'council_session_items', 'council_members', 'council_recusals', 'ballot_receipts', 'ballots', 'nominations', 'nomination_batches', 'audit_log'];
async function snapshot(t: TestApp) {
  const out: Record<string, string> = {};
  for (const table of tables) {
    const { rows } = await sql<{ d: string | null }>`select md5(string_agg(t::text, '|' order by t::text)) as d from ${sql.table(table)} t`.execute(t.db);
    out[table] = rows[0]!.d ?? '';
  }
  return out;
}

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await startTestApp();
  const base = await buildCouncilWorld(t);
  const s = await prepareSession(base);
  const empty = (await base.standing.post('/api/council-sessions', sessionBody(base))).json().id as number;
  const xa = await buildUser(t.db, { role: 'standing', unitId: base.a });
  w = { ...base, s, empty, standingXa: await loginAs(t.app, xa.username, TEST_PASSWORD) };
});
afterAll(async () => t?.close());

const clientOf = (actor: Actor): Client =>
  ({ standing: w.standing, member: w.member.m2, standing2: w.standing2, standingXa: w.standingXa, outsider: w.outsider })[actor];

describe('council session scope', () => {
  for (const actor of ['member', 'standing2', 'standingXa', 'outsider', 'standing'] as const) {
    it(`${actor}: every route answers as the scope table says and refusals write nothing`, async () => {
      for (const c of cases) {
        const before = await snapshot(t);
        const res = await c.run(clientOf(actor), w);
        expect(res.statusCode, `${actor} ${c.route}: ${res.body.slice(0, 300)}`).toBe(c.expect[actor]);
        c.check?.(res, actor, w);
        if (res.statusCode >= 400) expect(await snapshot(t), `${actor} ${c.route} wrote`).toEqual(before);
      }
    });
  }
});
