import { expect } from 'vitest';
import type { Db } from '../../src/db/database';
import type { Role } from '../../src/modules/auth/roles';
import { insertUser } from '../../src/seed/builders';
import { buildMovement, buildPerson, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { loginAs, type Client, type TestApp } from '../helpers/test-app';

/**
 * Huyện H with xã A and B, and another huyện H2. A movement of H in progress. Batches addressed to H
 * (written straight from the schema until the nominations API is used here):
 *   batch A (da_gui): X = tập thể xã A, Y = cá nhân pA of xã A;
 *   batch B (da_gui): Z = cá nhân pB of xã B, W = cá nhân pB2 of xã B (W is never put to the council);
 *   late (cong_khai, notice until next year): L; elsewhere (addressed to H2, da_gui): E.
 * Five council members with accounts (council_member on H): m1 chủ tịch, m2 thư ký, m3 of xã A, m4, m5.
 */
export interface CouncilWorld {
  huyen: number;
  a: number;
  b: number;
  huyen2: number;
  movement: number;
  batchA: number;
  batchB: number;
  n: { X: number; Y: number; Z: number; W: number; L: number; E: number };
  people: { m1: number; m2: number; m3: number; m4: number; m5: number; pA: number; pB: number };
  users: { m1: number; m2: number; m3: number; m4: number; m5: number };
  usernames: { m1: string; standing: string };
  standing: Client;
  standing2: Client;
  member: Record<'m1' | 'm2' | 'm3' | 'm4' | 'm5', Client>;
  /** council_member on H but not a member of the session. */
  outsider: Client;
}

async function batch(db: Db, w: { movement: number; proposing: number; addressed: number; status: string; noticeTo?: string }) {
  const row = await db
    .insertInto('nomination_batches')
    .values({
      movement_id: w.movement,
      year: 2024,
      proposing_unit_id: w.proposing,
      addressed_unit_id: w.addressed,
      title: `Tờ trình đề nghị khen thưởng ${w.proposing}`,
      status: w.status,
      notice_from: w.noticeTo ? '2024-01-01' : null,
      notice_to: w.noticeTo ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function nomination(db: Db, w: { batch: number; movement: number; unit: number; person?: { id: number; name: string }; unitName: string }) {
  const row = await db
    .insertInto('nominations')
    .values({
      batch_id: w.batch,
      movement_id: w.movement,
      catalogue_code: w.person ? 'giay_khen:individual' : 'giay_khen:collective',
      subject_kind: w.person ? 'individual' : 'collective',
      person_id: w.person?.id ?? null,
      unit_id: w.unit,
      nominee_name: w.person?.name ?? w.unitName,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function personWithAccount(t: Pick<TestApp, 'app' | 'db'>, unitId: number, fullName: string, role: Role, roleUnit: number) {
  const person = await buildPerson(t.db, { unitId, fullName, position: 'Trưởng phòng' });
  const username = `cm_${person.id}_${Math.random().toString(36).slice(2, 8)}`;
  const user = await t.db.transaction().execute((trx) => insertUser(trx, { username, password: TEST_PASSWORD, fullName, personId: person.id, roles: [{ role, unitId: roleUnit }] }));
  return { person: person.id, user: user.id, username, client: await loginAs(t.app, username, TEST_PASSWORD) };
}

export async function buildCouncilWorld(t: Pick<TestApp, 'app' | 'db'>): Promise<CouncilWorld> {
  const huyen = (await buildUnit(t.db, { name: 'Huyện Trà Bồng', kind: 'huyen' })).id;
  const a = (await buildUnit(t.db, { name: 'Xã Trà Phú', parentId: huyen })).id;
  const b = (await buildUnit(t.db, { name: 'Xã Trà Bình', parentId: huyen })).id;
  const huyen2 = (await buildUnit(t.db, { name: 'Huyện Sơn Hà', kind: 'huyen' })).id;
  const movement = (await buildMovement(t.db, { ownerUnitId: huyen, status: 'in_progress' })).movement.id;
  const pA = await buildPerson(t.db, { unitId: a, fullName: 'Trần Thị Phú' });
  const pB = await buildPerson(t.db, { unitId: b, fullName: 'Lê Văn Bình' });
  const pB2 = await buildPerson(t.db, { unitId: b, fullName: 'Phạm Văn Hai' });
  const pH2 = await buildPerson(t.db, { unitId: huyen2, fullName: 'Đỗ Văn Sơn' });
  const batchA = await batch(t.db, { movement, proposing: a, addressed: huyen, status: 'da_gui' });
  const batchB = await batch(t.db, { movement, proposing: b, addressed: huyen, status: 'da_gui' });
  const late = await batch(t.db, { movement, proposing: b, addressed: huyen, status: 'cong_khai', noticeTo: '2099-12-31' });
  const elsewhere = await batch(t.db, { movement, proposing: huyen2, addressed: huyen2, status: 'da_gui' });
  const n = {
    X: await nomination(t.db, { batch: batchA, movement, unit: a, unitName: 'Xã Trà Phú' }),
    Y: await nomination(t.db, { batch: batchA, movement, unit: a, person: { id: pA.id, name: pA.full_name }, unitName: '' }),
    Z: await nomination(t.db, { batch: batchB, movement, unit: b, person: { id: pB.id, name: pB.full_name }, unitName: '' }),
    W: await nomination(t.db, { batch: batchB, movement, unit: b, person: { id: pB2.id, name: pB2.full_name }, unitName: '' }),
    L: await nomination(t.db, { batch: late, movement, unit: b, unitName: 'Xã Trà Bình' }),
    E: await nomination(t.db, { batch: elsewhere, movement, unit: huyen2, person: { id: pH2.id, name: pH2.full_name }, unitName: '' }),
  };
  const m1 = await personWithAccount(t, huyen, 'Nguyễn Văn Chủ', 'council_member', huyen);
  const m2 = await personWithAccount(t, huyen, 'Hoàng Thị Thư', 'council_member', huyen);
  const m3 = await personWithAccount(t, a, 'Võ Văn Xã', 'council_member', huyen);
  const m4 = await personWithAccount(t, huyen, 'Bùi Thị Bốn', 'council_member', huyen);
  const m5 = await personWithAccount(t, huyen, 'Đặng Văn Năm', 'council_member', huyen);
  const outsider = await personWithAccount(t, huyen, 'Ngô Văn Ngoài', 'council_member', huyen);
  const sUser = await buildUser(t.db, { role: 'standing', unitId: huyen });
  const s2User = await buildUser(t.db, { role: 'standing', unitId: huyen2 });
  return {
    huyen,
    a,
    b,
    huyen2,
    movement,
    batchA,
    batchB,
    n,
    people: { m1: m1.person, m2: m2.person, m3: m3.person, m4: m4.person, m5: m5.person, pA: pA.id, pB: pB.id },
    users: { m1: m1.user, m2: m2.user, m3: m3.user, m4: m4.user, m5: m5.user },
    usernames: { m1: m1.username, standing: sUser.username },
    standing: await loginAs(t.app, sUser.username, TEST_PASSWORD),
    standing2: await loginAs(t.app, s2User.username, TEST_PASSWORD),
    member: { m1: m1.client, m2: m2.client, m3: m3.client, m4: m4.client, m5: m5.client },
    outsider: outsider.client,
  };
}

export const sessionBody = (w: CouncilWorld, over: Record<string, unknown> = {}) => ({
  unitId: w.huyen,
  movementId: w.movement,
  title: 'Phiên họp xét khen thưởng năm 2024',
  meetingOn: '2024-12-10',
  location: 'Hội trường UBND huyện',
  ...over,
});

/** A session of H with X, Y, Z and the five members (m1 chủ tịch, m2 thư ký), everyone present unless told. */
export async function prepareSession(w: CouncilWorld, present: Record<string, boolean> = {}): Promise<number> {
  const res = await w.standing.post('/api/council-sessions', sessionBody(w));
  expect(res.statusCode, res.body).toBe(200);
  const id = res.json().id as number;
  expect((await w.standing.post(`/api/council-sessions/${id}/items`, { nominationIds: [w.n.X, w.n.Y, w.n.Z] })).statusCode).toBe(200);
  const roles = { m1: 'chu_tich', m2: 'thu_ky', m3: 'uy_vien', m4: 'uy_vien', m5: 'uy_vien' } as const;
  let last = res;
  for (const key of ['m1', 'm2', 'm3', 'm4', 'm5'] as const) {
    last = await w.standing.post(`/api/council-sessions/${id}/members`, { personId: w.people[key], role: roles[key] });
    expect(last.statusCode, last.body).toBe(200);
  }
  const members = last.json().members as { id: number; personId: number }[];
  const attendance = members.map((m) => {
    const key = (Object.keys(w.people) as (keyof CouncilWorld['people'])[]).find((k) => w.people[k] === m.personId)!;
    return { memberId: m.id, present: present[key] ?? true };
  });
  expect((await w.standing.put(`/api/council-sessions/${id}/attendance`, { attendance })).statusCode).toBe(200);
  return id;
}

export const memberIdOf = (session: { members: { id: number; personId: number | null }[] }, personId: number) => session.members.find((m) => m.personId === personId)!.id;
