import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanContent } from '../../src/modules/movements/model/plan-content.schema';
import { parentPlan } from '../../src/modules/movements/cascade/parent-plan.fixture';
import { buildMovement, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';
import { auditRows, expectRefused } from './movements-fixtures';

/**
 * The cascade through HTTP: a thị xã issues a plan; its xã and phường make their own from it,
 * prefilled and linked; the thị xã sees who has issued and who is late.
 */

let t: TestApp;
let u: { thiXa: number; a: number; b: number; phuong: number; phong: number; apA: number; other: number };
let standing: Client;
let officerA: Client;
let leaderA: Client;
let admin: Client;

beforeAll(async () => {
  t = await startTestApp();
  const tinh = await buildUnit(t.db, { name: 'Tỉnh Khánh Hòa', kind: 'tinh' });
  const thiXa = await buildUnit(t.db, { name: 'UBND thị xã Ninh Hòa', kind: 'thi_xa', parentId: tinh.id });
  const a = await buildUnit(t.db, { name: 'Xã Ninh An', kind: 'xa', parentId: thiXa.id });
  const b = await buildUnit(t.db, { name: 'Xã Ninh Thọ', kind: 'xa', parentId: thiXa.id });
  const phuong = await buildUnit(t.db, { name: 'Phường Ninh Hiệp', kind: 'phuong', parentId: thiXa.id });
  const phong = await buildUnit(t.db, { name: 'Phòng Nội vụ', kind: 'phong', parentId: thiXa.id });
  const apA = await buildUnit(t.db, { name: 'Thôn Vạn Thiện', kind: 'ap', parentId: a.id });
  const other = await buildUnit(t.db, { name: 'Huyện Vạn Ninh', kind: 'huyen', parentId: tinh.id });
  u = { thiXa: thiXa.id, a: a.id, b: b.id, phuong: phuong.id, phong: phong.id, apA: apA.id, other: other.id };
  const login = async (role: Parameters<typeof buildUser>[1]['role'], unitId: number) =>
    loginAs(t.app, (await buildUser(t.db, { role, unitId })).username, TEST_PASSWORD);
  standing = await login('standing', thiXa.id);
  officerA = await login('unit_officer', a.id);
  leaderA = await login('leader', a.id);
  admin = await login('admin', tinh.id);
});
afterAll(() => t?.close());

const issuedParent = async (content: PlanContent = parentPlan(), status: 'issued' | 'draft' | 'closed' = 'issued') =>
  (await buildMovement(t.db, { ownerUnitId: u.thiXa, status, content })).movement.id;
const children = (c: Client, parentId: number, ownerUnitId: number) => c.post(`/api/movements/${parentId}/children`, { ownerUnitId });

describe('POST /movements/:id/children', () => {
  it('makes a draft for the xã, prefilled from the parent’s plan and linked to it, with an audit row', async () => {
    const parentId = await issuedParent();
    const res = await children(officerA, parentId, u.a);
    expect(res.statusCode, res.body).toBe(201);
    const child = res.json();
    expect(child).toMatchObject({ status: 'draft', parentMovementId: parentId, owner: { id: u.a, name: 'Xã Ninh An' }, parent: { id: parentId } });
    const content = child.current.content as PlanContent;
    expect(content.header).toMatchObject({ issuerName: 'XÃ NINH AN', parentBody: 'UBND THỊ XÃ NINH HÒA', number: null });
    expect(content.title).toBe('Phát động phong trào thi đua “Đẩy mạnh công tác cải cách hành chính trên địa bàn xã Ninh An” năm 2022');
    expect(content.references[0]).toMatchObject({ relation: 'implements', number: '66/KH-UBND', issuedOn: '2022-03-08', issuer: 'UBND thị xã Ninh Hòa' });
    expect(content.preamble[0]).toMatch(/^Thực hiện Kế hoạch số 66\/KH-UBND ngày 08\/03\/2022 của UBND thị xã Ninh Hòa/);
    expect(content.criteria.map((c) => c.inheritedFrom)).toEqual([
      { movementId: parentId, key: 'nhiem-vu' },
      { movementId: parentId, key: 'sipas' },
    ]);
    expect(content.awards.map((a) => a.name)).toEqual(['Giấy khen của Chủ tịch UBND thị xã']);
    expect(content.outline.length).toBeGreaterThan(3);
    expect(child.can.edit).toBe(true);

    const audit = await auditRows(t.db, child.id, 'movement.create');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ unit_id: u.a });
    const parent = (await standing.get(`/api/movements/${parentId}`)).json();
    expect(parent.children.map((c: { id: number }) => c.id)).toEqual([child.id]);
  });

  it('refuses a second plan of the same unit from the same parent (409), in Vietnamese, writing nothing', async () => {
    const parentId = await issuedParent();
    expect((await children(officerA, parentId, u.a)).statusCode).toBe(201);
    const error = await expectRefused(t.db, () => children(standing, parentId, u.a), 409, /«Xã Ninh An» đã có kế hoạch thực hiện kế hoạch này/);
    expect(error.fields).toEqual({ ownerUnitId: 'Đơn vị đã có kế hoạch thực hiện kế hoạch này' });
  });

  it('lets the thị xã’s standing office start a plan for any xã below it, and a deeper unit too', async () => {
    const parentId = await issuedParent();
    expect((await children(standing, parentId, u.b)).statusCode).toBe(201);
    expect((await children(standing, parentId, u.apA)).statusCode).toBe(201);
  });

  it('refuses a plan from a draft or a closed movement (409)', async () => {
    const draft = await issuedParent(parentPlan(), 'draft');
    const closed = await issuedParent(parentPlan(), 'closed');
    await expectRefused(t.db, () => children(standing, draft, u.a), 409, /chưa ban hành/);
    await expectRefused(t.db, () => children(standing, closed, u.a), 409, /đã kết thúc/);
  });

  it('refuses the owner itself or a unit outside the owner’s subtree (400 naming the field)', async () => {
    const parentId = await issuedParent();
    const own = await expectRefused(t.db, () => children(admin, parentId, u.thiXa), 400, /phải trực thuộc «UBND thị xã Ninh Hòa»/);
    expect(own.fields).toHaveProperty('ownerUnitId');
    await expectRefused(t.db, () => children(admin, parentId, u.other), 400, /phải trực thuộc/);
  });

  it('hides units outside the actor’s scope (404) and refuses a unit the actor may read but not draft for (403)', async () => {
    const parentId = await issuedParent();
    await expectRefused(t.db, () => children(officerA, parentId, u.b), 404, /Không tìm thấy đơn vị/);
    await expectRefused(t.db, () => children(standing, parentId, 999_999), 404, /Không tìm thấy đơn vị/);
    await expectRefused(t.db, () => children(leaderA, parentId, u.a), 403, /không có quyền/);
  });

  it('answers 404 for a movement that does not exist or is hidden, and 400 for unknown fields', async () => {
    await expectRefused(t.db, () => children(officerA, 999_999, u.a), 404, /Không tìm thấy phong trào/);
    const draftParent = await issuedParent(parentPlan(), 'draft');
    await expectRefused(t.db, () => children(officerA, draftParent, u.a), 404, /Không tìm thấy phong trào/);
    const res = await officerA.post(`/api/movements/${draftParent}/children`, { ownerUnitId: u.a, title: 'x' });
    expect(res.statusCode).toBe(400);
  });
});

describe('inherited targets through PUT /movements/:id/draft', () => {
  async function childDraft() {
    const parentId = await issuedParent();
    const child = (await children(officerA, parentId, u.a)).json();
    return { id: child.id as number, content: child.current.content as PlanContent, revision: child.draft?.revision ?? child.current.revision };
  }
  const withTarget = (c: PlanContent, i: number, target: PlanContent['criteria'][number]['target']): PlanContent => ({
    ...c,
    criteria: c.criteria.map((x, j) => (j === i ? { ...x, target } : x)),
  });

  it('accepts a tightened target and an added criterion', async () => {
    const d = await childDraft();
    const tightened = withTarget(d.content, 1, { measure: 'percent', comparator: 'gte', value: 95, upper: null });
    const added = {
      ...tightened,
      criteria: [...tightened.criteria, { ...tightened.criteria[0]!, key: 'rieng', label: 'c)', indicator: 'Tiêu chí riêng của xã', inheritedFrom: null }],
    };
    const res = await officerA.put(`/api/movements/${d.id}/draft`, { content: added, revision: d.revision });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().draft?.content?.criteria ?? res.json().current.content.criteria).toHaveLength(3);
  });

  it('refuses a loosened target naming the criterion and both targets, changing nothing', async () => {
    const d = await childDraft();
    const loosened = withTarget(d.content, 1, { measure: 'percent', comparator: 'gte', value: 80, upper: null });
    const error = await expectRefused(t.db, () => officerA.put(`/api/movements/${d.id}/draft`, { content: loosened, revision: d.revision }), 400, /Tiêu chí b\) «Chỉ số SIPAS»/);
    expect(error.message).toBe(
      'Tiêu chí b) «Chỉ số SIPAS»: ngưỡng dưới thấp hơn: chỉ tiêu của đơn vị (≥ 80%) lỏng hơn chỉ tiêu cấp trên (≥ 90%). Đơn vị chỉ được giữ nguyên hoặc nâng cao chỉ tiêu của cấp trên.',
    );
    expect(error.fields).toEqual({ 'criteria.1.target': 'Ngưỡng dưới thấp hơn: chỉ tiêu của đơn vị (≥ 80%) lỏng hơn chỉ tiêu cấp trên (≥ 90%)' });
  });

  it('refuses "> 90%" turned into "≥ 90%"', async () => {
    const d = await childDraft();
    const loosened = withTarget(d.content, 0, { measure: 'percent', comparator: 'gte', value: 90, upper: null });
    await expectRefused(t.db, () => officerA.put(`/api/movements/${d.id}/draft`, { content: loosened, revision: d.revision }), 400, /\(≥ 90%\) lỏng hơn chỉ tiêu cấp trên \(> 90%\)/);
  });

  it('refuses dropping an inherited criterion', async () => {
    const d = await childDraft();
    const dropped = { ...d.content, criteria: d.content.criteria.slice(0, 1), standards: { collective: [], individual: [] } };
    const error = await expectRefused(t.db, () => officerA.put(`/api/movements/${d.id}/draft`, { content: dropped, revision: d.revision }), 400, /Tiêu chí b\) «Chỉ số SIPAS» của kế hoạch cấp trên \(≥ 90%\) không được bỏ/);
    expect(error.fields).toHaveProperty('criteria');
  });
});
