import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blankPlan } from '../../src/modules/movements/model/plan-builder';
import type { PlanContent } from '../../src/modules/movements/model/plan-content.schema';
import { parentPlan } from '../../src/modules/movements/cascade/parent-plan.fixture';
import { buildMovement, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';
import { expectRefused } from './movements-fixtures';

/**
 * A plan citing (Thực hiện / Căn cứ) the issued plan of a unit above it is linked to it as its parent;
 * a citation of a sibling's plan is not; a link that would close a cycle is refused.
 */

let t: TestApp;
let u: { thiXa: number; a: number; b: number };
let parentId: number;
let standing: Client;
let officerA: Client;

type Ref = PlanContent['references'][number];
const ref = (r: Partial<Ref>): Ref => ({
  key: 'kh-cap-tren',
  relation: 'implements',
  documentType: 'KH',
  number: '66/KH-UBND',
  issuedOn: '2022-03-08',
  issuer: 'UBND thị xã Ninh Hòa',
  title: null,
  citedIn: 'plan',
  ...r,
});
const citing = (references: Ref[], issuer = 'ỦY BAN NHÂN DÂN XÃ NINH AN') =>
  blankPlan({ issuerName: issuer, title: 'Kế hoạch thi đua cải cách hành chính năm 2022', year: 2022, references });
const create = (c: Client, ownerUnitId: number, content: PlanContent) => c.post('/api/movements', { ownerUnitId, content });

beforeAll(async () => {
  t = await startTestApp();
  const thiXa = await buildUnit(t.db, { name: 'UBND thị xã Ninh Hòa', kind: 'thi_xa' });
  const a = await buildUnit(t.db, { name: 'Xã Ninh An', kind: 'xa', parentId: thiXa.id });
  const b = await buildUnit(t.db, { name: 'Xã Ninh Thọ', kind: 'xa', parentId: thiXa.id });
  u = { thiXa: thiXa.id, a: a.id, b: b.id };
  parentId = (await buildMovement(t.db, { ownerUnitId: thiXa.id, status: 'issued', content: parentPlan() })).movement.id;
  standing = await loginAs(t.app, (await buildUser(t.db, { role: 'standing', unitId: thiXa.id })).username, TEST_PASSWORD);
  officerA = await loginAs(t.app, (await buildUser(t.db, { role: 'unit_officer', unitId: a.id })).username, TEST_PASSWORD);
});
afterAll(() => t?.close());

describe('linking a plan to the plan it cites', () => {
  it('links a xã’s plan citing the thị xã’s plan, whatever the spacing, case and diacritics of the number', async () => {
    const res = await create(officerA, u.a, citing([ref({ number: '66 /kh - UBND' })]));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ parentMovementId: parentId, parent: { id: parentId } });
  });

  it('matches the issuer written short or long, and ignores it when the citation gives none', async () => {
    for (const issuer of ['Ủy ban nhân dân thị xã Ninh Hòa', 'Chủ tịch UBND thị xã Ninh Hòa', 'UBND THỊ XÃ NINH HÒA', null]) {
      const res = await create(officerA, u.a, citing([ref({ issuer, relation: 'basis' })]));
      expect(res.json().parentMovementId, String(issuer)).toBe(parentId);
    }
  });

  it('does not link when the date or the issuer differ', async () => {
    expect((await create(officerA, u.a, citing([ref({ issuedOn: '2022-03-09' })]))).json().parentMovementId).toBeNull();
    expect((await create(officerA, u.a, citing([ref({ issuer: 'UBND huyện Vạn Ninh' })]))).json().parentMovementId).toBeNull();
  });

  it('does not link a sibling xã’s plan cited by number: it is a reference, not a parent', async () => {
    const sibling = await buildMovement(t.db, {
      ownerUnitId: u.b,
      status: 'issued',
      content: blankPlan({ issuerName: 'ỦY BAN NHÂN DÂN XÃ NINH THỌ', title: 'Kế hoạch của xã Ninh Thọ', header: { issuerName: 'ỦY BAN NHÂN DÂN XÃ NINH THỌ', number: '7/KH-UBND', issuedOn: '2022-04-01', signer: { title: 'CHỦ TỊCH' } } }),
    });
    const res = await create(officerA, u.a, citing([ref({ number: '7/KH-UBND', issuedOn: '2022-04-01', issuer: null })]));
    expect(res.statusCode).toBe(201);
    expect(res.json().parentMovementId).toBeNull();
    expect(res.body).not.toContain('Ninh Thọ');
    expect(sibling.movement.id).toBeGreaterThan(0);
  });

  it('prefers the plan it implements over one it only cites as a basis', async () => {
    const other = await buildMovement(t.db, {
      ownerUnitId: u.thiXa,
      status: 'issued',
      content: blankPlan({ issuerName: 'ỦY BAN NHÂN DÂN THỊ XÃ NINH HÒA', title: 'Kế hoạch CCHC 2022', header: { issuerName: 'ỦY BAN NHÂN DÂN THỊ XÃ NINH HÒA', number: '12/KH-UBND', issuedOn: '2022-01-21', signer: { title: 'CHỦ TỊCH' } } }),
    });
    const res = await create(officerA, u.a, citing([ref({ key: 'cchc', relation: 'basis', number: '12/KH-UBND', issuedOn: '2022-01-21' }), ref({})]));
    expect(res.json().parentMovementId).toBe(parentId);
    expect(other.movement.id).not.toBe(parentId);
  });

  it('keeps a parent set by the cascade when the plan later cites another plan', async () => {
    const other = await buildMovement(t.db, {
      ownerUnitId: u.thiXa,
      status: 'issued',
      content: blankPlan({ issuerName: 'ỦY BAN NHÂN DÂN THỊ XÃ NINH HÒA', title: 'Kế hoạch khác', header: { issuerName: 'ỦY BAN NHÂN DÂN THỊ XÃ NINH HÒA', number: '13/KH-UBND', issuedOn: '2022-02-01', signer: { title: 'CHỦ TỊCH' } } }),
    });
    const parent2 = (await buildMovement(t.db, { ownerUnitId: u.thiXa, status: 'issued', content: parentPlan() })).movement.id;
    const child = (await officerA.post(`/api/movements/${parent2}/children`, { ownerUnitId: u.a })).json();
    const content = { ...(child.current.content as PlanContent), references: [ref({ number: '13/KH-UBND', issuedOn: '2022-02-01', issuer: null })] };
    const res = await officerA.put(`/api/movements/${child.id}/draft`, { content, revision: child.draft?.revision ?? child.current.revision });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().parentMovementId).toBe(parent2);
    expect(other.movement.id).toBeGreaterThan(0);
  });
});

describe('a cycle in the cascade', () => {
  it('is refused with the reference named, and nothing changes', async () => {
    // P (draft) ← Q (issued, implements P) ← R (issued, implements Q); P now cites R.
    const head = (title: string, number: string | null, issuedOn: string | null) =>
      blankPlan({ issuerName: 'ỦY BAN NHÂN DÂN THỊ XÃ NINH HÒA', title, header: { issuerName: 'ỦY BAN NHÂN DÂN THỊ XÃ NINH HÒA', number, issuedOn, signer: { title: 'CHỦ TỊCH' } } });
    const p = (await buildMovement(t.db, { ownerUnitId: u.thiXa, status: 'draft', content: head('Kế hoạch P', null, null) })).movement.id;
    const q = (await buildMovement(t.db, { ownerUnitId: u.thiXa, status: 'issued', parentMovementId: p, content: head('Kế hoạch Q', '20/KH-UBND', '2022-05-02') })).movement.id;
    await buildMovement(t.db, { ownerUnitId: u.thiXa, status: 'issued', parentMovementId: q, content: head('Kế hoạch R', '21/KH-UBND', '2022-05-03') });
    const content = { ...head('Kế hoạch P', null, null), references: [ref({ key: 'khac', relation: 'cited', number: '99/KH-UBND' }), ref({ number: '21/KH-UBND', issuedOn: '2022-05-03', issuer: null })] };
    const error = await expectRefused(
      t.db,
      () => standing.put(`/api/movements/${p}/draft`, { content, revision: 1 }),
      400,
      /Không thể lấy Kế hoạch số 21\/KH-UBND ngày 03\/05\/2022 làm kế hoạch cấp trên: kế hoạch đó đang thực hiện theo kế hoạch này/,
    );
    expect(Object.keys(error.fields ?? {})).toEqual(['references.1.number']);
  });
});
