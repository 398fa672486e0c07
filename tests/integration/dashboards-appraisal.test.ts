import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardResponse } from '../../src/modules/dashboards/dashboards.schema';
import { buildMovement, buildUnit } from '../factories';
import { startTestApp, type Client, type TestApp } from '../helpers/test-app';
import { buildAppraisalWorld, daysFromNow, selfBody, type AppraisalWorld } from './appraisals-fixtures';
import { resultsPlan, userOn } from './results-fixtures';

/**
 * The appraisal side of the dashboard. On the scored movement (dung-han worth 10 điểm) xã A and B both
 * report 95% (10 points each, tied on results); A self-scores 10 (accepted), B self-scores 9 and the
 * huyện changes it to 2. Until 2024 is locked the ranking stays on results; once locked it is on the
 * appraised points. On a third movement the plan's deadlines have passed: a xã that never
 * registered, approved xã without results and an explanation past its deadline are overdue.
 */
let t: TestApp;
let w: AppraisalWorld;
let officerA: Client;
let d: number;
let late: number;

const dashboard = async (c: Client, movementId: number, query = 'period=2024') => {
  const res = await c.get(`/api/movements/${movementId}/dashboard?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as DashboardResponse;
};
const ranks = (x: DashboardResponse) => x.ranking.flatMap((g) => g.rows.map((r) => [r.unit.id, r.total, r.label]));

async function selfScore(unitId: number, points: number) {
  expect((await w.admin.put('/api/results', { movementId: w.scored, unitId, criterionKey: 'dung-han', period: '2024', value: { measure: 'percent', value: 95 } })).statusCode).toBe(200);
  const res = await w.admin.put('/api/assessments', selfBody(w, { unitId, selfPoints: points }));
  expect(res.statusCode, res.body).toBe(200);
  expect((await w.admin.post(`/api/movements/${w.scored}/assessments/submit`, { unitId, period: '2024' })).statusCode).toBe(200);
  return res.json().id as number;
}

beforeAll(async () => {
  t = await startTestApp();
  w = await buildAppraisalWorld(t);
  officerA = await userOn(t, 'unit_officer', w.a);
  d = (await buildUnit(t.db, { name: 'Xã Đông Hải', parentId: w.huyen })).id;
  const a = await selfScore(w.a, 10);
  const b = await selfScore(w.b, 9);
  expect((await w.admin.post(`/api/assessments/${a}/appraise`, { action: 'accept' })).statusCode).toBe(200);
  const changed = await w.admin.post(`/api/assessments/${b}/appraise`, { action: 'change', points: 2, reason: 'Hồ sơ minh chứng không đủ' });
  expect(changed.statusCode, changed.body).toBe(200);
});
afterAll(async () => {
  await t?.close();
});

describe('ranking basis', () => {
  it('ranks on the reported results while no period of the year is locked, and says so', async () => {
    const x = await dashboard(w.admin, w.scored);
    expect(x.basis).toBe('results');
    expect(x.appraisedPeriod).toBeNull();
    expect(x.basisNote).toContain('chưa có kỳ thẩm định nào');
    expect(ranks(x)).toEqual([
      [w.a, 10, 'xếp thứ 1/2 (đồng hạng)'],
      [w.b, 10, 'xếp thứ 1/2 (đồng hạng)'],
    ]);
  });

  it('ranks on the appraised points once 2024 is locked, publishing weights and formula as before', async () => {
    const lock = await w.admin.post(`/api/movements/${w.scored}/appraisal/lock`, { period: '2024' });
    expect(lock.statusCode, lock.body).toBe(200);
    const x = await dashboard(w.admin, w.scored);
    expect(x.basis).toBe('appraised');
    expect(x.appraisedPeriod).toBe('2024');
    expect(x.basisNote).toContain('điểm thẩm định kỳ 2024');
    expect(ranks(x)).toEqual([
      [w.a, 10, 'xếp thứ 1/2'],
      [w.b, 2, 'xếp thứ 2/2'],
    ]);
    // The heatmap stays on the results: both met the 95% criterion.
    expect(x.heatmap.map((h) => h.cells[0])).toEqual(['met', 'met']);
    expect(x.formula.weights.find((f) => f.key === 'dung-han')!.possible).toBe(10);
  });
});

describe('self-score gaps', () => {
  it('gives each unit’s self and appraised totals and the gap; 7 points is under the default threshold', async () => {
    const x = await dashboard(w.admin, w.scored);
    expect(x.gaps.period).toBe('2024');
    expect(x.gaps.settings.threshold).toBe(10);
    expect(x.gaps.rows.map((r) => [r.unit.id, r.self, r.appraised, r.gap, r.runsHigh])).toEqual([
      [w.b, 9, 2, 7, false],
      [w.a, 10, 10, 0, false],
    ]);
  });

  it('flags B as running high with a lower threshold setting, saying why', async () => {
    const x = await dashboard(w.admin, w.scored, 'period=2024&gapThreshold=5');
    const b = x.gaps.rows.find((r) => r.unit.id === w.b)!;
    expect(b.runsHigh).toBe(true);
    expect(b.why.join(' ')).toContain('vượt ngưỡng 5 điểm');
    expect(x.gaps.settings.source).toContain('chênh lệch trên 5 điểm');
    expect(x.gaps.rows.find((r) => r.unit.id === w.a)!.runsHigh).toBe(false);
  });

  it('shows xã A only its own gap', async () => {
    const x = await dashboard(officerA, w.scored);
    expect(x.gaps.rows.map((r) => r.unit.id)).toEqual([w.a]);
  });

  it('refuses a negative threshold with a Vietnamese message', async () => {
    const res = await w.admin.get(`/api/movements/${w.scored}/dashboard?period=2024&gapThreshold=-1`);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Ngưỡng chênh lệch không được âm');
  });
});

describe('overdue items', () => {
  beforeAll(async () => {
    const deadline = (key: string, kind: string, date: string, title: string) => ({
      key,
      title,
      kind,
      due: { kind: 'date', date },
      strict: 'by',
      responsible: { text: 'Ủy ban nhân dân các xã, thị trấn', unitKinds: [], unitIds: [] },
      recipient: null,
      text: null,
    });
    const deadlines = [deadline('dang-ky', 'registration', '2024-03-31', 'Gửi đăng ký thi đua'), deadline('bao-cao', 'submit_report', '2024-12-15', 'Báo cáo kết quả năm')];
    const content = resultsPlan('2099-12-31');
    content.deadlines = deadlines as typeof content.deadlines;
    late = (await buildMovement(t.db, { ownerUnitId: w.huyen, status: 'in_progress', content })).movement.id;
    for (const unitId of [w.a, w.b]) {
      const reg = await w.admin.put('/api/registrations', { movementId: late, unitId, commitments: 'Hoàn thành', entries: [{ subject: 'collective', targetTitle: 'tt_ldtt' }] });
      expect(reg.statusCode, reg.body).toBe(200);
      expect((await w.admin.post(`/api/registrations/${reg.json().id}/submit`)).statusCode).toBe(200);
      expect((await w.admin.post(`/api/registrations/${reg.json().id}/approve`)).statusCode).toBe(200);
    }
    expect((await w.admin.put('/api/results', { movementId: late, unitId: w.b, criterionKey: 'dung-han', period: '2024', value: { measure: 'percent', value: 91 } })).statusCode).toBe(200);
    const self = await w.admin.put('/api/assessments', selfBody(w, { movementId: late, selfPoints: 1 }));
    expect(self.statusCode, self.body).toBe(200);
    expect((await w.admin.post(`/api/movements/${late}/assessments/submit`, { unitId: w.a, period: '2024' })).statusCode).toBe(200);
    const ret = await w.admin.post(`/api/assessments/${self.json().id}/appraise`, { action: 'return', reason: 'Bổ sung minh chứng', explainBy: daysFromNow(3) });
    expect(ret.statusCode, ret.body).toBe(200);
    // Time passes: the explanation deadline is now behind us.
    await t.db.updateTable('assessments').set({ explain_by: '2024-06-30' }).where('id', '=', self.json().id).execute();
  });

  it('lists per unit: registrations never sent (C, D), missing results after the report deadline, an explanation past its deadline', async () => {
    const x = await dashboard(w.admin, late);
    expect(x.overdue.map((o) => [o.unit.id, o.kind, o.dueOn])).toEqual([
      [w.c, 'registration', '2024-03-31'],
      [d, 'registration', '2024-03-31'],
      [w.a, 'explanation', '2024-06-30'],
      [w.a, 'results', '2024-12-15'],
      [w.b, 'results', '2024-12-15'],
    ]);
    const byKey = new Map(x.overdue.map((o) => [`${o.unit.id}:${o.kind}`, o]));
    expect(byKey.get(`${d}:registration`)!.detail).toContain('Chưa gửi');
    expect(byKey.get(`${w.a}:results`)!.detail).toContain('2/2 tiêu chí');
    expect(byKey.get(`${w.b}:results`)!.detail).toContain('1/2 tiêu chí');
    expect(byKey.get(`${w.a}:explanation`)!.detail).toContain('30/06/2024');
    expect(x.overdue[0]!.kindLabel).toBe('Chưa gửi đăng ký');
  });

  it('lists nothing when the year’s deadlines are still ahead', async () => {
    const x = await dashboard(w.admin, late, 'period=2023');
    expect(x.overdue.filter((o) => o.kind !== 'explanation')).toEqual([]);
  });

  it('shows xã A only its own overdue items', async () => {
    const x = await dashboard(officerA, late);
    expect([...new Set(x.overdue.map((o) => o.unit.id))]).toEqual([w.a]);
  });
});

describe('Excel export', () => {
  it('adds the gaps and overdue sheets, read back', async () => {
    const res = await w.admin.get(`/api/movements/${late}/dashboard/export.xlsx?period=2024`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const overdue = wb.getWorksheet('Quá hạn')!;
    expect(overdue.getRow(2).values).toEqual([undefined, 'Xã Cẩm Giang', 'Chưa gửi đăng ký', '31/03/2024', expect.stringContaining('Chưa gửi')]);
    const scored = await w.admin.get(`/api/movements/${w.scored}/dashboard/export.xlsx?period=2024`);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(scored.rawPayload as unknown as ArrayBuffer);
    const gaps = wb2.getWorksheet('Chênh lệch tự chấm')!;
    expect((gaps.getRow(2).values as unknown[]).slice(1, 7)).toEqual(['Huyện Trà Bồng', 'Xã Bến Súc', 9, 2, 7, 'Không']);
    expect(wb2.getWorksheet('Xếp hạng')!.getRow(1).getCell(4).value).toBe('Tổng điểm');
  });
});
