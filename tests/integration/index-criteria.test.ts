import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexResultTuples, indexValuesFor } from '../../src/modules/indices/index-values';
import { blankPlan } from '../../src/modules/movements/model/plan-builder';
import type { PlanContent } from '../../src/modules/movements/model/plan-content.schema';
import type { ResultListResponse } from '../../src/modules/results/results.schema';
import { buildMovement, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';

/**
 * Criteria on an index ("SIPAS ≥ 90%", "Chỉ số CCHC xếp loại Tốt", "PAR Index thuộc nhóm 30 dẫn
 * đầu") take the unit's recorded index result as their value when the unit entered none.
 */
const scale = ['Tốt', 'Khá', 'Trung bình', 'Yếu'];
function plan(): PlanContent {
  return blankPlan({
    issuerName: 'ỦY BAN NHÂN DÂN HUYỆN TRÀ BỒNG',
    title: 'Phong trào thi đua cải cách hành chính',
    period: { start: { kind: 'date', date: '2024-01-01' }, end: '2099-12-31' },
    subjects: { collective: { label: null, text: 'Các xã, thị trấn', unitKinds: [] } },
    criteria: [
      { key: 'sipas', label: 'a)', text: 'SIPAS đạt từ 90% trở lên', indicator: 'Chỉ số SIPAS', index: 'SIPAS', target: { measure: 'percent', comparator: 'gte', value: 90 } },
      { key: 'cchc', label: 'b)', text: 'Chỉ số CCHC xếp loại Tốt', indicator: 'Xếp loại Chỉ số CCHC', index: 'CCHC', target: { measure: 'band', comparator: 'gte', band: 'Tốt', scale } },
      { key: 'par', label: 'c)', text: 'PAR Index thuộc nhóm 30 dẫn đầu', indicator: 'Thứ hạng PAR Index', index: 'PAR_INDEX', target: { measure: 'rank', comparator: 'top_n', value: 30, of: 63 } },
      { key: 'dung-han', label: 'd)', text: 'Hồ sơ đúng hạn từ 95%', indicator: 'Hồ sơ đúng hạn', target: { measure: 'percent', comparator: 'gte', value: 95 } },
    ],
  } as Parameters<typeof blankPlan>[0]);
}

let t: TestApp;
let admin: Client;
let officerA: Client;
let movement: number;
let a: number;
let b: number;
let c: number;

async function register(unitId: number, approve: boolean) {
  const res = await admin.put('/api/registrations', { movementId: movement, unitId, commitments: 'Hoàn thành', entries: [{ subject: 'collective', targetTitle: 'tt_ldtt' }] });
  expect(res.statusCode, res.body).toBe(200);
  expect((await admin.post(`/api/registrations/${res.json().id}/submit`)).statusCode).toBe(200);
  if (approve) expect((await admin.post(`/api/registrations/${res.json().id}/approve`)).statusCode).toBe(200);
}

async function score(unitId: number, index: string, values: Record<string, unknown>) {
  const res = await admin.put('/api/indices', { unitId, year: 2024, index, ...values });
  expect(res.statusCode, res.body).toBe(200);
}

beforeAll(async () => {
  t = await startTestApp();
  const huyen = await buildUnit(t.db, { name: 'Huyện Trà Bồng', kind: 'huyen' });
  a = (await buildUnit(t.db, { name: 'Xã Trà Lâm', parentId: huyen.id })).id;
  b = (await buildUnit(t.db, { name: 'Xã Trà Bình', parentId: huyen.id })).id;
  c = (await buildUnit(t.db, { name: 'Xã Trà Sơn', parentId: huyen.id })).id;
  movement = (await buildMovement(t.db, { ownerUnitId: huyen.id, status: 'in_progress', content: plan() })).movement.id;
  admin = await loginAs(t.app, (await buildUser(t.db, { role: 'admin', unitId: huyen.id })).username, TEST_PASSWORD);
  officerA = await loginAs(t.app, (await buildUser(t.db, { role: 'unit_officer', unitId: a })).username, TEST_PASSWORD);
  await register(a, true);
  await register(b, true);
  await register(c, false);
  await score(a, 'SIPAS', { score: 91.2 });
  await score(a, 'CCHC', { score: 77.5, rank: 9, rankOf: 16 });
  await score(a, 'PAR_INDEX', { score: 80.1, rank: 12, rankOf: 63, source: 'QĐ 1234/QĐ-BNV' });
  await score(b, 'SIPAS', { score: 88 });
  await score(b, 'CCHC', { score: 85, band: 'Tốt' });
  // Not an approved participant: its scores feed no criterion.
  await score(c, 'SIPAS', { score: 99 });
  // B entered its own SIPAS value: an entered value prevails over the index.
  const own = await admin.put('/api/results', { movementId: movement, unitId: b, criterionKey: 'sipas', period: '2024', value: { measure: 'percent', value: 95 }, note: 'Khảo sát của xã' });
  expect(own.statusCode, own.body).toBe(200);
});
afterAll(() => t?.close());

describe('index scores as criterion values', () => {
  it('indexValuesFor gives each approved participant the values of its recorded indices, saying where they came from', async () => {
    const values = await indexValuesFor(t.db, movement, 2024);
    const of = (unitId: number, key: string) => values.find((v) => v.unitId === unitId && v.criterionKey === key);
    expect(of(a, 'sipas')).toMatchObject({ period: '2024', value: { measure: 'percent', value: 91.2 }, sourceText: 'SIPAS 2024 = 91,2% — nguồn: chỉ số đã nhập' });
    expect(of(a, 'cchc')?.value).toEqual({ measure: 'band', band: 'Khá' });
    expect(of(a, 'cchc')?.sourceText).toContain('(ngưỡng mặc định: Tốt ≥ 80');
    expect(of(a, 'par')).toMatchObject({ value: { measure: 'rank', rank: 12, of: 63 }, sourceText: 'PAR Index 2024: xếp thứ 12/63 — nguồn: chỉ số đã nhập — QĐ 1234/QĐ-BNV' });
    expect(of(b, 'cchc')?.value).toEqual({ measure: 'band', band: 'Tốt' });
    expect(of(b, 'sipas')).toBeUndefined();
    expect(values.some((v) => v.unitId === c)).toBe(false);
    expect(values.some((v) => v.criterionKey === 'dung-han')).toBe(false);
    expect(await indexValuesFor(t.db, movement, 2023)).toEqual([]);
    expect(await indexResultTuples(t.db, movement, 2024)).toContainEqual([a, 'sipas', '2024', { measure: 'percent', value: 91.2 }]);
  });

  it('the results list shows them beside the entered results, judged against the target', async () => {
    const res = await admin.get(`/api/movements/${movement}/results?period=2024`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<ResultListResponse>();
    expect(body.items.map((r) => [r.unit.id, r.criterionKey])).toEqual([[b, 'sipas']]);
    const sipasA = body.indexValues.find((v) => v.unit.id === a && v.criterionKey === 'sipas')!;
    expect(sipasA).toMatchObject({ valueText: '91,2%', check: { met: true }, source: { index: 'SIPAS', year: 2024 } });
    const cchcA = body.indexValues.find((v) => v.unit.id === a && v.criterionKey === 'cchc')!;
    expect(cchcA.check).toMatchObject({ met: false });
    expect(body.indexValues.find((v) => v.unit.id === a && v.criterionKey === 'par')!.check).toMatchObject({ met: true });
  });

  it('a xã reads only its own values, and a quarter filter has none', async () => {
    const res = await officerA.get(`/api/movements/${movement}/results`);
    expect(res.statusCode, res.body).toBe(200);
    const units = new Set(res.json<ResultListResponse>().indexValues.map((v) => v.unit.id));
    expect([...units]).toEqual([a]);
    expect((await admin.get(`/api/movements/${movement}/results?period=2024-Q1`)).json<ResultListResponse>().indexValues).toEqual([]);
  });

  it('follows the recorded index: a corrected score changes the value, an entered result replaces it', async () => {
    await score(a, 'SIPAS', { score: 89.5 });
    const after = await indexValuesFor(t.db, movement, 2024, { unitIds: [a] });
    expect(after.find((v) => v.criterionKey === 'sipas')?.value).toEqual({ measure: 'percent', value: 89.5 });
    const own = await admin.put('/api/results', { movementId: movement, unitId: a, criterionKey: 'sipas', period: '2024', value: { measure: 'percent', value: 92 }, note: null });
    expect(own.statusCode, own.body).toBe(200);
    expect((await indexValuesFor(t.db, movement, 2024, { unitIds: [a] })).map((v) => v.criterionKey).sort()).toEqual(['cchc', 'par']);
  });

  it('the appraiser judges a self-score on an index criterion by the recorded index value', async () => {
    const self = await officerA.put('/api/assessments', { movementId: movement, unitId: a, criterionKey: 'par', period: '2024', selfPoints: 1, note: null });
    expect(self.statusCode, self.body).toBe(200);
    expect(self.json().check).toMatchObject({ met: true });
    const list = await admin.get(`/api/movements/${movement}/assessments?period=2024`);
    expect(list.statusCode, list.body).toBe(200);
    const item = list.json().units.flatMap((u: { items: { criterionKey: string; unit: { id: number }; check: unknown }[] }) => u.items).find((i: { criterionKey: string; unit: { id: number } }) => i.criterionKey === 'par' && i.unit.id === a);
    expect(item.check).toMatchObject({ met: true });
  });
});
