import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardResponse } from '../../src/modules/dashboards/dashboards.schema';
import { startTestApp, type Client, type TestApp } from '../helpers/test-app';
import { buildResultsWorld, resultBody, userOn, type ResultsWorld } from './results-fixtures';

/**
 * The dashboard of the results world: xã A met both unit criteria, xã B only the count one, xã C is
 * still waiting for approval. The huyện sees everything; xã A only its own row and rank.
 */
let t: TestApp;
let w: ResultsWorld;
let officerA: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildResultsWorld(t);
  const put = async (over: Record<string, unknown>) => {
    const res = await w.admin.put('/api/results', resultBody(w, over));
    expect(res.statusCode, res.body).toBe(200);
  };
  await put({ unitId: w.a, value: { measure: 'percent', value: 95 } });
  await put({ unitId: w.a, criterionKey: 'tin-bai', period: '2024-Q1', value: { measure: 'count', value: 1 } });
  await put({ unitId: w.a, criterionKey: 'tin-bai', period: '2024-Q4', value: { measure: 'count', value: 4 } });
  await put({ unitId: w.b, value: { measure: 'percent', value: 70 } });
  await put({ unitId: w.b, criterionKey: 'tin-bai', period: '2024-Q2', value: { measure: 'count', value: 3 } });
  officerA = await userOn(t, 'unit_officer', w.a);
});
afterAll(async () => {
  await t?.close();
});

describe('GET /api/movements/:id/dashboard', () => {
  it('gives the huyện progress, heatmap and the ranking of its xã with the published formula', async () => {
    const res = await w.admin.get(`/api/movements/${w.movement}/dashboard?period=2024`);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json() as DashboardResponse;
    expect(d.fullView).toBe(true);
    expect(d.criteria.map((c) => c.key)).toEqual(['dung-han', 'tin-bai']);
    expect(d.progress.map((p) => [p.unit.id, p.status, p.submitted, p.criteriaCount])).toEqual([
      [w.a, 'da_duyet', 2, 2],
      [w.b, 'da_duyet', 2, 2],
      [w.c, 'cho_duyet', 0, 2],
    ]);
    expect(d.heatmap.map((h) => [h.unit.id, h.cells])).toEqual([
      [w.a, ['met', 'met']],
      [w.b, ['not_met', 'met']],
    ]);
    expect(d.ranking).toHaveLength(1);
    expect(d.ranking[0]!.parent.name).toBe('Huyện Trà Bồng');
    expect(d.ranking[0]!.rows.map((r) => [r.unit.id, r.total, r.score100, r.label, r.bandLabel])).toEqual([
      [w.a, 2, 100, 'xếp thứ 1/2', 'Xuất sắc'],
      [w.b, 1, 50, 'xếp thứ 2/2', 'Trung bình'],
    ]);
    expect(d.formula.text).toContain('đạt được 1 điểm');
    expect(d.formula.weights.map((x) => x.possible)).toEqual([1, 1]);
  });

  it('defaults to the latest year with results', async () => {
    const d = (await w.admin.get(`/api/movements/${w.movement}/dashboard`)).json() as DashboardResponse;
    expect(d.year).toBe(2024);
  });

  it('shows xã A its own row and rank among all the huyện’s xã, nothing of xã B', async () => {
    const res = await officerA.get(`/api/movements/${w.movement}/dashboard?period=2024`);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json() as DashboardResponse;
    expect(d.fullView).toBe(false);
    expect(d.ranking[0]!.rows.map((r) => [r.unit.id, r.label])).toEqual([[w.a, 'xếp thứ 1/2']]);
    expect(d.heatmap.map((h) => h.unit.id)).toEqual([w.a]);
    expect(d.progress.map((p) => p.unit.id)).toEqual([w.a]);
    expect(res.body).not.toContain('Bến Súc');
  });

  it('refuses a period that is not a year with a Vietnamese message', async () => {
    const res = await w.admin.get(`/api/movements/${w.movement}/dashboard?period=2024-Q1`);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Kỳ phải là năm');
  });

  it('exports ranking and heatmap sheets to Excel', async () => {
    const res = await w.admin.get(`/api/movements/${w.movement}/dashboard/export.xlsx?period=2024`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ranking = wb.getWorksheet('Xếp hạng')!;
    expect(ranking.getRow(2).values).toEqual([undefined, 'Huyện Trà Bồng', 'Xã An Lạc', 2, 2, 100, 'Xuất sắc', 'xếp thứ 1/2']);
    const heat = wb.getWorksheet('Tiêu chí theo đơn vị')!;
    expect(heat.getRow(3).values).toEqual([undefined, 'Xã Bến Súc', 'Không đạt', 'Đạt']);
    expect(wb.getWorksheet('Cách tính điểm')!.getRow(1).getCell(1).value).toContain('Tổng điểm');
  });
});
