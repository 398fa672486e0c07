import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleAllows, roles, type Permission, type Role } from '../../src/modules/auth/roles';
import { buildMovement, buildPerson, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';
import { agreedBatch, decisionSnapshot, draftBody, signBody, type DecisionWorld } from './decisions-fixtures';

/**
 * The scope table of decisions: a user of xã A (any role) never reads xã B's dossiers, decisions,
 * awards or documents, and never drafts, forwards, edits or signs for B.
 */
const B_MARKERS = ['Bến Súc', 'Võ Thị Bến', '77/QĐ-UBND'];

interface Ids { forwardedB: number; b: number; batchB: number; nomB: number[]; draftB: number; issuedB: number; awardB: number; personB: number; a: number }
interface ScopeCase {
  name: string;
  run: (c: Client, i: Ids) => Promise<LightMyRequestResponse>;
  /** A role holding any of these gets `allowed`, the others 403; none listed: every role gets `allowed`. */
  readers: Permission[];
  allowed: number;
  mustShow?: string;
}
const reader: Permission[] = ['decisions.draft', 'decisions.sign', 'nominations.review'];

const cases: ScopeCase[] = [
  { name: 'GET /decisions/inbox', run: (c) => c.get('/api/decisions/inbox'), readers: reader, allowed: 200, mustShow: 'An Lạc' },
  { name: 'GET /decisions', run: (c) => c.get('/api/decisions'), readers: reader, allowed: 200, mustShow: 'An Lạc' },
  { name: 'GET /decisions?unitId=B', run: (c, i) => c.get(`/api/decisions?unitId=${i.b}`), readers: reader, allowed: 200 },
  { name: 'GET /decisions/candidates?unitId=B', run: (c, i) => c.get(`/api/decisions/candidates?unitId=${i.b}`), readers: [], allowed: 404 },
  { name: 'POST /decisions/forward for B', run: (c, i) => c.post('/api/decisions/forward', { unitId: i.b, nominationIds: i.nomB }), readers: [], allowed: 404 },
  { name: 'POST /decisions at B', run: (c, i) => c.post('/api/decisions', draftBody(i.b, i.nomB)), readers: [], allowed: 404 },
  { name: 'POST /decisions at A with B’s nominations', run: (c, i) => c.post('/api/decisions', draftBody(i.a, i.nomB)), readers: ['decisions.draft'], allowed: 400 },
  { name: 'GET /decisions/{B draft}', run: (c, i) => c.get(`/api/decisions/${i.draftB}`), readers: reader, allowed: 404 },
  { name: 'GET /decisions/{B issued}', run: (c, i) => c.get(`/api/decisions/${i.issuedB}`), readers: reader, allowed: 404 },
  { name: 'PATCH /decisions/{B draft}', run: (c, i) => c.patch(`/api/decisions/${i.draftB}`, { version: 1, title: 'x' }), readers: reader, allowed: 404 },
  { name: 'DELETE /decisions/{B draft}', run: (c, i) => c.delete(`/api/decisions/${i.draftB}`), readers: reader, allowed: 404 },
  { name: 'POST /decisions/{B draft}/sign', run: (c, i) => c.post(`/api/decisions/${i.draftB}/sign`, signBody({ number: '99/QĐ-UBND' })), readers: reader, allowed: 404 },
  { name: 'GET /decisions/{B}/submission.docx', run: (c, i) => c.get(`/api/decisions/${i.issuedB}/submission.docx`), readers: reader, allowed: 404 },
  { name: 'GET /decisions/{B}/decision.docx', run: (c, i) => c.get(`/api/decisions/${i.issuedB}/decision.docx`), readers: reader, allowed: 404 },
  { name: 'GET /decisions/{B}/certificates.pdf', run: (c, i) => c.get(`/api/decisions/${i.issuedB}/certificates.pdf`), readers: reader, allowed: 404 },
  { name: 'GET /decisions/{B}/dossier.zip', run: (c, i) => c.get(`/api/decisions/${i.issuedB}/dossier.zip`), readers: reader, allowed: 404 },
  { name: 'GET /awards/{B}/certificate.pdf', run: (c, i) => c.get(`/api/awards/${i.awardB}/certificate.pdf`), readers: [], allowed: 404 },
  { name: 'GET /decisions/forwarded/{B}/submission.docx', run: (c, i) => c.get(`/api/decisions/forwarded/${i.forwardedB}/submission.docx`), readers: reader, allowed: 404 },
  { name: 'GET /people/{B}/awards', run: (c, i) => c.get(`/api/people/${i.personB}/awards`), readers: [], allowed: 404 },
  { name: 'GET /units/{B}/awards', run: (c, i) => c.get(`/api/units/${i.b}/awards`), readers: [], allowed: 404 },
];

let t: TestApp;
let ids: Ids;
const clients = new Map<Role, Client>();

beforeAll(async () => {
  t = await startTestApp();
  const tinh = await buildUnit(t.db, { name: 'Tỉnh Tây Ninh', kind: 'tinh' });
  const huyen = await buildUnit(t.db, { name: 'Huyện Dương Minh Châu', kind: 'huyen', parentId: tinh.id });
  const a = await buildUnit(t.db, { name: 'Xã An Lạc', kind: 'xa', parentId: huyen.id });
  const b = await buildUnit(t.db, { name: 'Xã Bến Súc', kind: 'xa', parentId: huyen.id });
  const personA = await buildPerson(t.db, { unitId: a.id, fullName: 'Lê Văn An' });
  const personB = await buildPerson(t.db, { unitId: b.id, fullName: 'Võ Thị Bến' });
  const personB2 = await buildPerson(t.db, { unitId: b.id, fullName: 'Võ Văn Bến' });
  const mA = (await buildMovement(t.db, { ownerUnitId: a.id, status: 'in_progress' })).movement.id;
  const mB = (await buildMovement(t.db, { ownerUnitId: b.id, status: 'in_progress' })).movement.id;
  const w = { movement: mA } as DecisionWorld;
  // A: an inbox item and an issued decision, so allowed answers are not empty.
  await agreedBatch(t.db, w, { proposing: a.id, addressed: a.id, status: 'da_gui', title: 'Đợt đề nghị của xã An Lạc' }, [{ code: 'giay_khen:individual', unitId: a.id, personId: personA.id, name: 'Lê Văn An', status: 'de_nghi' }]);
  const standingA = await loginAs(t.app, (await buildUser(t.db, { role: 'standing', unitId: a.id })).username, TEST_PASSWORD);
  const leaderA = await loginAs(t.app, (await buildUser(t.db, { role: 'leader', unitId: a.id })).username, TEST_PASSWORD);
  const a2 = await agreedBatch(t.db, { movement: mA } as DecisionWorld, { proposing: a.id, addressed: a.id, title: 'Xã An Lạc khen' }, [{ code: 'giay_khen:collective', unitId: a.id, name: 'Xã An Lạc' }]);
  const dA = await standingA.post('/api/decisions', draftBody(a.id, a2.nominationIds));
  expect((await leaderA.post(`/api/decisions/${dA.json().id}/sign`, signBody({ number: '5/QĐ-UBND' }))).statusCode).toBe(200);
  // B: an inbox batch, a draft and an issued decision.
  const standingB = await loginAs(t.app, (await buildUser(t.db, { role: 'standing', unitId: b.id })).username, TEST_PASSWORD);
  const leaderB = await loginAs(t.app, (await buildUser(t.db, { role: 'leader', unitId: b.id })).username, TEST_PASSWORD);
  const wB = { movement: mB } as DecisionWorld;
  const inboxB = await agreedBatch(t.db, wB, { proposing: b.id, addressed: b.id, status: 'da_gui', title: 'Đợt của xã Bến Súc' }, [{ code: 'giay_khen:individual', unitId: b.id, personId: personB2.id, name: 'Võ Văn Bến', status: 'de_nghi' }]);
  const issuedBatch = await agreedBatch(t.db, wB, { proposing: b.id, addressed: b.id, title: 'Xã Bến Súc khen' }, [{ code: 'giay_khen:individual', unitId: b.id, personId: personB.id, name: 'Võ Thị Bến' }]);
  const issued = await standingB.post('/api/decisions', draftBody(b.id, issuedBatch.nominationIds));
  expect((await leaderB.post(`/api/decisions/${issued.json().id}/sign`, signBody({ number: '77/QĐ-UBND' }))).statusCode).toBe(200);
  const draftBatch = await agreedBatch(t.db, wB, { proposing: b.id, addressed: b.id, title: 'Xã Bến Súc khen tập thể' }, [{ code: 'giay_khen:collective', unitId: b.id, name: 'Xã Bến Súc' }]);
  const draft = await standingB.post('/api/decisions', draftBody(b.id, draftBatch.nominationIds));
  const awardB = await t.db.selectFrom('awards').select('id').where('person_id', '=', personB.id).executeTakeFirstOrThrow();
  const mB2 = (await buildMovement(t.db, { ownerUnitId: b.id, status: 'in_progress' })).movement.id;
  const openB = await agreedBatch(t.db, { movement: mB2 } as DecisionWorld, { proposing: b.id, addressed: b.id, title: 'Xã Bến Súc chờ' }, [{ code: 'bang_khen_tinh:collective', unitId: b.id, name: 'Xã Bến Súc' }]);
  const fwd = await standingB.post('/api/decisions/forward', { unitId: b.id, nominationIds: openB.nominationIds, submissionNumber: '78/TTr-UBND' });
  expect(fwd.statusCode, fwd.body).toBe(200);
  ids = { forwardedB: fwd.json().batches[0].id, a: a.id, b: b.id, batchB: inboxB.batchId, nomB: openB.nominationIds, draftB: draft.json().id, issuedB: issued.json().id, awardB: awardB.id, personB: personB.id };
  for (const role of roles) clients.set(role, await loginAs(t.app, (await buildUser(t.db, { role, unitId: a.id })).username, TEST_PASSWORD));
});
afterAll(() => t?.close());

describe.each([...roles])('a user with role %s on xã A', (role) => {
  it.each(cases)('$name: nothing of xã B is read or written', async (sc) => {
    const before = await decisionSnapshot(t.db);
    const res = await sc.run(clients.get(role)!, ids);
    const allowed = sc.readers.length === 0 ? true : sc.readers.some((p) => roleAllows(role, p));
    expect(res.statusCode, res.body.slice(0, 300)).toBe(allowed ? sc.allowed : 403);
    for (const marker of B_MARKERS) expect(res.body).not.toContain(marker);
    if (allowed && sc.mustShow) expect(res.body).toContain(sc.mustShow);
    expect(await decisionSnapshot(t.db)).toEqual(before);
  });
});
