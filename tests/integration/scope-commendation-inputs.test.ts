import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleAllows, roles, type Permission, type Role } from '../../src/modules/auth/roles';
import { initiativeColumns } from '../../src/modules/commendation-inputs/initiatives-excel';
import { ratingColumns } from '../../src/modules/commendation-inputs/ratings-excel';
import { buildPerson, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { dbSnapshot } from '../helpers/db-snapshot';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';
import { inputWorkbook, uploadTo, workbookText } from './inputs-fixtures';

/**
 * Initiatives, discipline and ratings by role, for a user of xã A: nothing of xã B is read, exported,
 * changed, deleted or imported over. A case needing a permission the role lacks answers 403 before
 * anything is looked up; holders get 404 for B as if it did not exist.
 */
const B_MARKERS = ['Xã Bến Súc', 'X-BEN', 'Võ Thị Bến', 'Sáng kiến của xã B', 'Quyết định riêng của xã B'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Ids { a: number; b: number; personA: number; personB: number; initiativeB: number; disciplineB: number; ratingB: number }
interface ScopeCase {
  name: string;
  run: (c: Client, ids: Ids) => Promise<LightMyRequestResponse>;
  /** Roles without it get 403. */
  needs: Permission;
  status: number;
  mustShow?: string;
}

const initiative = (unitId: number, personId: number) => ({ unitId, title: 'Sáng kiến mới', year: 2024, authors: [{ personId, share: 100 }] });
const discipline = (personId: number) => ({ subjectKind: 'person', personId, recordKind: 'decision', disciplineForm: 'khien_trach', decisionDate: '2024-05-03' });
const rating = (personId: number) => ({ subjectKind: 'person', personId, year: 2024, rating: 'HTNV' });

const cases: ScopeCase[] = [
  { name: 'GET /initiatives', run: (c) => c.get('/api/initiatives'), needs: 'people.read', status: 200, mustShow: 'Sáng kiến của xã A' },
  { name: 'GET /initiatives?unitId=B', run: (c, i) => c.get(`/api/initiatives?unitId=${i.b}`), needs: 'people.read', status: 404 },
  { name: 'GET /initiatives?personId=B', run: (c, i) => c.get(`/api/initiatives?personId=${i.personB}`), needs: 'people.read', status: 404 },
  { name: 'POST /initiatives in B', run: (c, i) => c.post('/api/initiatives', initiative(i.b, i.personB)), needs: 'initiatives.write', status: 404 },
  { name: 'POST /initiatives with B’s author', run: (c, i) => c.post('/api/initiatives', initiative(i.a, i.personB)), needs: 'initiatives.write', status: 400 },
  { name: 'PUT /initiatives/B', run: (c, i) => c.put(`/api/initiatives/${i.initiativeB}`, initiative(i.a, i.personA)), needs: 'initiatives.write', status: 404 },
  { name: 'DELETE /initiatives/B', run: (c, i) => c.delete(`/api/initiatives/${i.initiativeB}`), needs: 'initiatives.write', status: 404 },
  { name: 'GET /initiatives/template.xlsx', run: (c) => c.get('/api/initiatives/template.xlsx'), needs: 'units.read', status: 200 },
  { name: 'GET /initiatives/export.xlsx', run: (c) => c.get('/api/initiatives/export.xlsx'), needs: 'people.read', status: 200, mustShow: 'Sáng kiến của xã A' },
  {
    name: 'POST /initiatives/import updating B’s',
    run: async (c, i) => uploadTo(c, '/api/initiatives/import', await inputWorkbook('Sáng kiến', initiativeColumns, [{ initiativeId: String(i.initiativeB), unitCode: 'X-AN', title: 'Đè', year: 2024, authors: String(i.personA) }])),
    needs: 'initiatives.write',
    status: 400,
  },
  { name: 'GET /discipline', run: (c) => c.get('/api/discipline'), needs: 'discipline.read', status: 200, mustShow: 'Lê Văn An' },
  { name: 'GET /discipline?unitId=B', run: (c, i) => c.get(`/api/discipline?unitId=${i.b}`), needs: 'discipline.read', status: 404 },
  { name: 'GET /discipline/export.xlsx', run: (c) => c.get('/api/discipline/export.xlsx'), needs: 'discipline.read', status: 200, mustShow: 'Lê Văn An' },
  { name: 'POST /discipline for B’s person', run: (c, i) => c.post('/api/discipline', discipline(i.personB)), needs: 'discipline.write', status: 404 },
  { name: 'PUT /discipline/B', run: (c, i) => c.put(`/api/discipline/${i.disciplineB}`, discipline(i.personA)), needs: 'discipline.write', status: 404 },
  { name: 'DELETE /discipline/B', run: (c, i) => c.delete(`/api/discipline/${i.disciplineB}`), needs: 'discipline.write', status: 404 },
  { name: 'GET /ratings', run: (c) => c.get('/api/ratings'), needs: 'people.read', status: 200, mustShow: 'Lê Văn An' },
  { name: 'GET /ratings?unitId=B', run: (c, i) => c.get(`/api/ratings?unitId=${i.b}`), needs: 'people.read', status: 404 },
  { name: 'PUT /ratings for B’s person', run: (c, i) => c.put('/api/ratings', rating(i.personB)), needs: 'ratings.write', status: 404 },
  { name: 'DELETE /ratings/B', run: (c, i) => c.delete(`/api/ratings/${i.ratingB}`), needs: 'ratings.write', status: 404 },
  { name: 'GET /ratings/template.xlsx', run: (c) => c.get('/api/ratings/template.xlsx'), needs: 'units.read', status: 200 },
  { name: 'GET /ratings/export.xlsx', run: (c) => c.get('/api/ratings/export.xlsx'), needs: 'people.read', status: 200, mustShow: 'Lê Văn An' },
  {
    name: 'POST /ratings/import naming B',
    run: async (c, i) => uploadTo(c, '/api/ratings/import', await inputWorkbook('Xếp loại', ratingColumns, [{ subjectKind: 'Cá nhân', personId: String(i.personB), year: 2024, rating: 'HTNV' }])),
    needs: 'ratings.write',
    status: 400,
  },
];

async function readable(res: LightMyRequestResponse): Promise<string> {
  return res.headers['content-type'] === XLSX ? workbookText(res.rawPayload) : res.body;
}

let t: TestApp;
let ids: Ids;
const clients = new Map<Role, Client>();

beforeAll(async () => {
  t = await startTestApp();
  const huyen = await buildUnit(t.db, { name: 'Huyện Dương Minh Châu', kind: 'huyen', code: 'H-DMC' });
  const a = await buildUnit(t.db, { name: 'Xã An Lạc', parentId: huyen.id, code: 'X-AN' });
  const b = await buildUnit(t.db, { name: 'Xã Bến Súc', parentId: huyen.id, code: 'X-BEN' });
  const personA = await buildPerson(t.db, { unitId: a.id, fullName: 'Lê Văn An' });
  const personB = await buildPerson(t.db, { unitId: b.id, fullName: 'Võ Thị Bến' });
  const addInitiative = async (unitId: number, personId: number, title: string) => {
    const row = await t.db.insertInto('initiatives').values({ unit_id: unitId, title, year: 2024, summary: null, recognition_level: null, council_name: null, decision_number: null, decision_date: null }).returning('id').executeTakeFirstOrThrow();
    await t.db.insertInto('initiative_authors').values({ initiative_id: row.id, person_id: personId, share: 100 }).execute();
    return row.id;
  };
  await addInitiative(a.id, personA.id, 'Sáng kiến của xã A');
  const initiativeB = await addInitiative(b.id, personB.id, 'Sáng kiến của xã B');
  const addDiscipline = (unitId: number, personId: number, note: string) =>
    t.db.insertInto('discipline_records').values({ subject_kind: 'person', person_id: personId, unit_id: unitId, kind: 'decision', form: 'khien_trach', pending_kind: null, decision_number: '1/QĐ', decision_date: '2024-05-03', effective_from: '2024-05-03', effective_to: '2025-05-02', period_override_reason: null, note }).returning('id').executeTakeFirstOrThrow();
  await addDiscipline(a.id, personA.id, 'Của xã A');
  const disciplineB = await addDiscipline(b.id, personB.id, 'Quyết định riêng của xã B');
  const addRating = (unitId: number, personId: number) =>
    t.db.insertInto('annual_ratings').values({ subject_kind: 'person', person_id: personId, unit_id: unitId, year: 2024, rating: 'HTTNV', source: null }).returning('id').executeTakeFirstOrThrow();
  await addRating(a.id, personA.id);
  const ratingB = await addRating(b.id, personB.id);
  ids = { a: a.id, b: b.id, personA: personA.id, personB: personB.id, initiativeB, disciplineB: disciplineB.id, ratingB: ratingB.id };
  for (const role of roles) {
    const user = await buildUser(t.db, { role, unitId: a.id });
    clients.set(role, await loginAs(t.app, user.username, TEST_PASSWORD));
  }
});
afterAll(() => t?.close());

describe.each([...roles])('a user with role %s on xã A', (role) => {
  it.each(cases)('$name: nothing of xã B is read or written', async (sc) => {
    const before = await dbSnapshot(t.db);
    const res = await sc.run(clients.get(role)!, ids);
    const allowed = roleAllows(role, sc.needs);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(allowed ? sc.status : 403);
    const text = await readable(res);
    if (sc.status !== 400) for (const marker of B_MARKERS) expect(text).not.toContain(marker);
    if (allowed && sc.mustShow) expect(text).toContain(sc.mustShow);
    expect(await dbSnapshot(t.db)).toEqual(before);
  });
});
