import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleAllows, roles } from '../../src/modules/auth/roles';
import { buildUser, TEST_PASSWORD } from '../factories';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';
import { buildAppraisalWorld, selfBody, type AppraisalWorld } from './appraisals-fixtures';
import { userOn } from './results-fixtures';

/**
 * The Excel export of self-assessment and appraisal shows exactly what the list shows the reader:
 * their own subtrees before the lock (xã A never sees xã B), every unit for the huyện, nothing for a
 * role without movements.read, and the appraiser's changed score with its reason and the gap.
 */
let t: TestApp;
let w: AppraisalWorld;
const clients = new Map<string, Client>();
const url = (query = 'period=2024') => `/api/movements/${w.scored}/assessments/export.xlsx?${query}`;

async function sheets(res: LightMyRequestResponse): Promise<Record<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const out: Record<string, unknown[][]> = {};
  wb.eachSheet((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    out[ws.name] = rows;
  });
  return out;
}

beforeAll(async () => {
  t = await startTestApp();
  w = await buildAppraisalWorld(t);
  for (const [unitId, points] of [[w.a, 8], [w.b, 6]] as const) {
    const res = await w.admin.put('/api/assessments', selfBody(w, { unitId, selfPoints: points }));
    expect(res.statusCode, res.body).toBe(200);
    expect((await w.admin.post(`/api/movements/${w.scored}/assessments/submit`, { unitId, period: '2024' })).statusCode).toBe(200);
  }
  const standing = await userOn(t, 'standing', w.huyen);
  const list = await standing.get(`/api/movements/${w.scored}/assessments?period=2024&unitId=${w.a}`);
  const id = list.json().units[0].items[0].id as number;
  const changed = await standing.post(`/api/assessments/${id}/appraise`, { action: 'change', points: 5, reason: 'Hồ sơ trễ hạn chưa được trừ điểm' });
  expect(changed.statusCode, changed.body).toBe(200);
  for (const role of roles) {
    for (const [where, unitId] of [['a', w.a], ['huyen', w.huyen]] as const) {
      clients.set(`${where}:${role}`, await loginAs(t.app, (await buildUser(t.db, { role, unitId })).username, TEST_PASSWORD));
    }
  }
});
afterAll(async () => {
  await t?.close();
});

describe.each([...roles])('the export for a user with role %s', (role) => {
  const reads = roleAllows(role, 'movements.read');

  it(`on xã A: ${reads ? 'A only' : 'refused'}`, async () => {
    const res = await clients.get(`a:${role}`)!.get(url());
    if (!reads) {
      expect(res.statusCode).toBe(403);
      return;
    }
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const s = await sheets(res);
    expect(s['Tổng hợp']!.slice(1).map((r) => r[0])).toEqual(['Xã An Lạc']);
    expect(JSON.stringify(s)).not.toContain('Bến Súc');
    const other = await sheets(await clients.get(`a:${role}`)!.get(url(`period=2024&unitId=${w.b}`)));
    expect(other['Chi tiết']).toHaveLength(1);
  });

  it(`on the huyện: ${reads ? 'every unit, with the changed score, its reason and the gap' : 'refused'}`, async () => {
    const res = await clients.get(`huyen:${role}`)!.get(url());
    if (!reads) {
      expect(res.statusCode).toBe(403);
      return;
    }
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const s = await sheets(res);
    const summary = s['Tổng hợp']!;
    expect(summary[0]!.slice(0, 5)).toEqual(['Đơn vị', 'Tổng điểm tự chấm', 'Tổng điểm thẩm định', 'Chênh lệch (tiêu chí đã thẩm định)', 'Tổng điểm tối đa']);
    expect(summary.slice(1).map((r) => r.slice(0, 5))).toEqual([
      ['Xã An Lạc', 8, 5, 3, 10],
      ['Xã Bến Súc', 6, undefined, undefined, 10],
    ]);
    const a = s['Chi tiết']!.find((r) => r[0] === 'Xã An Lạc')!;
    expect(a.slice(2, 11)).toEqual(['a) Hồ sơ đúng hạn', 'Chưa nhập', 10, 8, 'Đạt 95% hồ sơ đúng hạn', 'Đã thẩm định', 5, 3, 'Hồ sơ trễ hạn chưa được trừ điểm']);
  });
});

it('refuses a reader who is not signed in, and an unknown period', async () => {
  const anonymous = await t.app.inject({ method: 'GET', url: url() });
  expect(anonymous.statusCode).toBe(401);
  const bad = await clients.get('huyen:standing')!.get(url('period=2024-Q9'));
  expect(bad.statusCode).toBe(400);
  expect(bad.json().error.message).toMatch(/[Kk]ỳ/);
});
