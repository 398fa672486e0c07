import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blankPlan } from '../../src/modules/movements/model/plan-builder';
import { parentPlan } from '../../src/modules/movements/cascade/parent-plan.fixture';
import type { CascadeResponse } from '../../src/modules/movements/cascade/cascade.schema';
import { buildMovement, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';

/**
 * GET /movements/:id/cascade: the thị xã's plan (seed 004's shape) asks every xã and phường to send
 * its plan within Quý I/2022 (due 31/03/2022). Ninh An issued on time, Ninh Hiệp late, Ninh Thọ has
 * only a draft, Ninh Phú nothing; the thôn below Ninh An made a plan from Ninh An's.
 */

let t: TestApp;
let ids: Record<'thiXa' | 'a' | 'b' | 'c' | 'phuong' | 'phong' | 'thon' | 'planA' | 'planB' | 'planPhuong' | 'planThon' | 'parent', number>;
let standing: Client;
let officerA: Client;

const childPlan = (issuer: string, issuedOn: string | null) =>
  blankPlan({ issuerName: issuer, title: `Kế hoạch thi đua của ${issuer}`, year: 2022, header: { issuerName: issuer, number: issuedOn ? '5/KH-UBND' : null, issuedOn, signer: { title: 'CHỦ TỊCH' } } });

beforeAll(async () => {
  t = await startTestApp();
  const thiXa = await buildUnit(t.db, { name: 'UBND thị xã Ninh Hòa', kind: 'thi_xa' });
  const unit = (name: string, kind: string, parentId = thiXa.id) => buildUnit(t.db, { name, kind, parentId });
  const a = await unit('Xã Ninh An', 'xa');
  const b = await unit('Xã Ninh Thọ', 'xa');
  const c = await unit('Xã Ninh Phú', 'xa');
  const phuong = await unit('Phường Ninh Hiệp', 'phuong');
  const phong = await unit('Phòng Nội vụ', 'phong');
  const thon = await unit('Thôn Vạn Thiện', 'ap', a.id);
  const parent = (await buildMovement(t.db, { ownerUnitId: thiXa.id, status: 'issued', content: parentPlan() })).movement.id;
  const mk = async (ownerUnitId: number, status: 'issued' | 'draft', issuer: string, issuedOn: string | null, parentMovementId = parent) =>
    (await buildMovement(t.db, { ownerUnitId, status, parentMovementId, content: childPlan(issuer, issuedOn) })).movement.id;
  const planA = await mk(a.id, 'issued', 'ỦY BAN NHÂN DÂN XÃ NINH AN', '2022-03-20');
  const planB = await mk(b.id, 'draft', 'ỦY BAN NHÂN DÂN XÃ NINH THỌ', null);
  const planPhuong = await mk(phuong.id, 'issued', 'ỦY BAN NHÂN DÂN PHƯỜNG NINH HIỆP', '2022-04-05');
  const planThon = await mk(thon.id, 'issued', 'BAN NHÂN DÂN THÔN VẠN THIỆN', '2022-04-10', planA);
  ids = { thiXa: thiXa.id, a: a.id, b: b.id, c: c.id, phuong: phuong.id, phong: phong.id, thon: thon.id, planA, planB, planPhuong, planThon, parent };
  standing = await loginAs(t.app, (await buildUser(t.db, { role: 'standing', unitId: thiXa.id })).username, TEST_PASSWORD);
  officerA = await loginAs(t.app, (await buildUser(t.db, { role: 'unit_officer', unitId: a.id })).username, TEST_PASSWORD);
});
afterAll(() => t?.close());

const cascade = async (c: Client, id: number) => {
  const res = await c.get(`/api/movements/${id}/cascade`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as CascadeResponse;
};

describe('GET /movements/:id/cascade for the thị xã', () => {
  it('lists every xã and phường with its plan, the due day and who is late', async () => {
    const r = await cascade(standing, ids.parent);
    expect(r.deadline).toEqual({ key: 'ke-hoach', title: 'Gửi kế hoạch về UBND thị xã', dueOn: '2022-03-31' });
    const byUnit = Object.fromEntries(r.units.map((x) => [x.unit.id, x]));
    expect(Object.keys(byUnit).map(Number).sort()).toEqual([ids.a, ids.b, ids.c, ids.phuong].sort());
    expect(byUnit[ids.a]).toMatchObject({ plan: { state: 'issued', movementId: ids.planA, issuedOn: '2022-03-20' }, dueOn: '2022-03-31', timeliness: 'on_time', late: false });
    expect(byUnit[ids.phuong]).toMatchObject({ plan: { state: 'issued', movementId: ids.planPhuong, issuedOn: '2022-04-05' }, timeliness: 'late', late: true });
    expect(byUnit[ids.b]).toMatchObject({ plan: { state: 'draft', movementId: ids.planB, issuedOn: null }, timeliness: 'overdue', late: true });
    expect(byUnit[ids.c]).toMatchObject({ plan: { state: 'none', movementId: null }, timeliness: 'overdue', late: true });
    expect(r.summary).toEqual({ expected: 4, issued: 2, draft: 1, none: 1, late: 3 });
  });

  it('gives the tree of plans below, each parent before its children, with owner, status, number and date', async () => {
    const r = await cascade(standing, ids.parent);
    expect(r.tree.map((n) => [n.id, n.depth, n.parentMovementId])).toEqual([
      [ids.planA, 1, ids.parent],
      [ids.planThon, 2, ids.planA],
      [ids.planB, 1, ids.parent],
      [ids.planPhuong, 1, ids.parent],
    ]);
    expect(r.tree[0]).toMatchObject({ status: 'issued', number: '5/KH-UBND', issuedOn: '2022-03-20', owner: { id: ids.a, name: 'Xã Ninh An', kind: 'xa' } });
  });

  it('on a xã’s plan, expects its direct children when the plan names no unit kinds', async () => {
    const r = await cascade(standing, ids.planA);
    expect(r.deadline).toBeNull();
    expect(r.units).toEqual([
      { unit: expect.objectContaining({ id: ids.thon, parentId: ids.a }), plan: { state: 'issued', movementId: ids.planThon, issuedOn: '2022-04-10' }, dueOn: null, timeliness: 'on_time', late: false },
    ]);
    expect(r.tree.map((n) => n.id)).toEqual([ids.planThon]);
  });
});

describe('GET /movements/:id/cascade for a user of xã Ninh An', () => {
  it('shows only Ninh An and the plans below it: nothing of the other xã', async () => {
    const res = await officerA.get(`/api/movements/${ids.parent}/cascade`);
    expect(res.statusCode).toBe(200);
    const r = res.json() as CascadeResponse;
    expect(r.units.map((x) => x.unit.id)).toEqual([ids.a]);
    expect(r.tree.map((n) => n.id)).toEqual([ids.planA, ids.planThon]);
    expect(r.summary).toEqual({ expected: 1, issued: 1, draft: 0, none: 0, late: 0 });
    for (const other of ['Ninh Thọ', 'Ninh Phú', 'Ninh Hiệp', 'NINH THỌ', 'NINH HIỆP']) expect(res.body).not.toContain(other);
  });

  it('answers 404 for another xã’s plan', async () => {
    expect((await officerA.get(`/api/movements/${ids.planB}/cascade`)).statusCode).toBe(404);
    expect((await officerA.get(`/api/movements/${ids.planPhuong}/cascade`)).statusCode).toBe(404);
  });
});
