import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexValuesFor } from '../../src/modules/indices/index-values';
import { DEMO_PASSWORD, seedDemoData } from '../../src/seed/demo';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';

/** The demo's year of registrations, results, appraisals and index scores for seeds 001 and 004. */
let t: TestApp;
let admin: Client;
let m001: number;
let m004: number;

const count = async (table: 'registrations' | 'results' | 'assessments' | 'assessment_history' | 'index_scores' | 'appraisal_locks') =>
  Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  t = await startTestApp();
  expect((await seedDemoData(t.db)).created).toBe(true);
  const byTitle = async (owner: string) =>
    (await t.db.selectFrom('movements as m').innerJoin('units as u', 'u.id', 'm.owner_unit_id').select('m.id').where('u.code', '=', owner).where('m.parent_movement_id', 'is', null).executeTakeFirstOrThrow()).id;
  m001 = await byTitle('QNG-TRABONG-TRALAM');
  m004 = await byTitle('KHA-NINHHOA');
  admin = await loginAs(t.app, 'quantri', DEMO_PASSWORD);
});
afterAll(() => t?.close());

describe('demo cycle of seed 001 (Trà Lâm, 2024)', () => {
  it('ranks the 16 xã, thị trấn of Trà Bồng on the Chỉ số CCHC 2024, Trà Lâm 6/16 as its plan aims', async () => {
    const rows = await t.db
      .selectFrom('index_scores as s')
      .innerJoin('units as u', 'u.id', 's.unit_id')
      .innerJoin('units as p', 'p.id', 'u.parent_id')
      .select(['u.code', 's.rank', 's.rank_of', 's.score'])
      .where('p.code', '=', 'QNG-TRABONG')
      .where('s.year', '=', 2024)
      .where('s.index_code', '=', 'CCHC')
      .orderBy('s.rank')
      .execute();
    expect(rows.map((r) => r.rank)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(new Set(rows.map((r) => r.rank_of))).toEqual(new Set([16]));
    expect(rows.find((r) => r.code === 'QNG-TRABONG-TRALAM')?.rank).toBe(6);
    for (let i = 1; i < rows.length; i++) expect(Number(rows[i]!.score)).toBeLessThan(Number(rows[i - 1]!.score));
  });

  it('its dashboard ranks every ban, ngành on the locked appraisal, with targets met and missed', async () => {
    const res = await admin.get(`/api/movements/${m001}/dashboard?period=2024`);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    const ranked = (d.ranking as { size: number; rows: unknown[] }[]).reduce((n, g) => n + g.rows.length, 0);
    expect(ranked).toBe(12);
    expect(d.progress).toHaveLength(12);
    expect(d.progress.every((p: { status: string }) => p.status === 'da_duyet')).toBe(true);
    const cells = (d.heatmap as { cells: string[] }[]).flatMap((h) => h.cells);
    expect(cells).toContain('met');
    expect(cells).toContain('not_met');
    expect(d.appraisedPeriod).toBe('2024');
    expect(await t.db.selectFrom('appraisal_locks').select('period').where('movement_id', '=', m001).execute()).toEqual([{ period: '2024' }]);
  });

  it('some self-scores were changed by the appraiser with a reason, kept in the history', async () => {
    const changed = await t.db.selectFrom('assessments').select(['self_points', 'appraised_points', 'appraisal_reason']).where('movement_id', '=', m001).where('appraisal_reason', 'is not', null).execute();
    expect(changed.length).toBeGreaterThan(0);
    for (const c of changed) {
      expect(c.appraised_points).toBeLessThan(c.self_points);
      expect(c.appraisal_reason).toMatch(/^Kết quả .+ chưa đạt chỉ tiêu .+: không tính điểm tiêu chí này\.$/);
    }
    const history = await t.db
      .selectFrom('assessment_history as h')
      .innerJoin('assessments as a', 'a.id', 'h.assessment_id')
      .select('h.reason')
      .where('a.movement_id', '=', m001)
      .where('h.action', '=', 'change')
      .execute();
    expect(history.every((h) => h.reason !== null)).toBe(true);
    expect(history.length).toBe(changed.length);
  });
});

describe('demo cycle of seed 004 (Ninh Hòa, 2022)', () => {
  it('has results of phòng ban and xã, phường, some with notes and no evidence', async () => {
    const rows = await t.db
      .selectFrom('results as r')
      .innerJoin('units as u', 'u.id', 'r.unit_id')
      .select(['u.kind', 'r.note', 'r.period'])
      .where('r.movement_id', '=', m004)
      .execute();
    expect(rows.length).toBeGreaterThan(100);
    for (const kind of ['phong', 'xa', 'phuong']) expect(rows.some((r) => r.kind === kind)).toBe(true);
    expect(new Set(rows.map((r) => r.period))).toEqual(new Set(['2022']));
    expect(rows.filter((r) => r.note !== null).length).toBeGreaterThan(0);
    expect(await count('results')).toBeGreaterThan(rows.length);
    expect(Number((await t.db.selectFrom('result_evidence').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)).toBe(0);
  });

  it('reads PAR Index and SIPAS from the index scores, met for some units and not for others', async () => {
    const values = await indexValuesFor(t.db, m004, 2022);
    const par = values.filter((v) => v.criterionKey === 'par-index-tot');
    const sipas = values.filter((v) => v.criterionKey === 'sipas');
    expect(par.length).toBeGreaterThan(20);
    expect(sipas.length).toBe(27);
    expect(new Set(par.map((v) => (v.value as { band: string }).band)).size).toBeGreaterThan(1);
    expect(sipas.some((v) => (v.value as { value: number }).value >= 90) && sipas.some((v) => (v.value as { value: number }).value < 90)).toBe(true);
    expect(sipas[0]!.sourceText).toMatch(/^SIPAS 2022 = .+% — nguồn: chỉ số đã nhập — Kết quả khảo sát SIPAS năm 2022 của thị xã Ninh Hòa \(số liệu mẫu\)$/);
  });

  it('has its appraisal still running, with one score returned for explanation', async () => {
    const statuses = await t.db.selectFrom('assessments').select('status').where('movement_id', '=', m004).execute();
    expect(statuses.filter((s) => s.status === 'giai_trinh')).toHaveLength(1);
    expect(statuses.some((s) => s.status === 'cho_tham_dinh')).toBe(true);
    expect(statuses.some((s) => s.status === 'da_tham_dinh')).toBe(true);
    const res = await admin.get(`/api/movements/${m004}/dashboard?period=2022`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().progress.length).toBeGreaterThan(40);
  });
});

describe('a second start', () => {
  it('keeps every row and adds nothing', async () => {
    const tables = ['registrations', 'results', 'assessments', 'assessment_history', 'index_scores', 'appraisal_locks'] as const;
    const before = await Promise.all(tables.map(count));
    expect((await seedDemoData(t.db)).created).toBe(false);
    expect(await Promise.all(tables.map(count))).toEqual(before);
    expect(before.every((n) => n > 0)).toBe(true);
  });

});
