import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleAllows, roles, type Role } from '../../src/modules/auth/roles';
import type { ScorecardResponse } from '../../src/modules/dashboards/scorecard.schema';
import { buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { dbSnapshot } from '../helpers/db-snapshot';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';
import { buildResultsWorld, resultBody, type ResultsWorld } from './results-fixtures';

/**
 * A unit's scorecard: xã A met both criteria of the huyện's movement in 2024 (1st of 2), and has a
 * PAR Index in 2023 and a SIPAS in 2024. Every role on xã A reads A's scorecard and nothing of xã B;
 * B's scorecard and a sibling huyện's xã are not found; nothing is written.
 */
let t: TestApp;
let w: ResultsWorld;
let otherXa: number;
const clients = new Map<Role, Client>();

beforeAll(async () => {
  t = await startTestApp();
  w = await buildResultsWorld(t);
  const put = async (over: Record<string, unknown>) => expect((await w.admin.put('/api/results', resultBody(w, over))).statusCode).toBe(200);
  await put({ unitId: w.a, value: { measure: 'percent', value: 95 } });
  await put({ unitId: w.a, criterionKey: 'tin-bai', period: '2024-Q4', value: { measure: 'count', value: 4 } });
  await put({ unitId: w.b, value: { measure: 'percent', value: 70 } });
  await t.db
    .insertInto('index_scores')
    .values([
      { unit_id: w.a, year: 2023, index_code: 'PAR_INDEX', score: 85.5, rank: 3, rank_of: 16, band: 'Tốt' },
      { unit_id: w.a, year: 2024, index_code: 'SIPAS', score: 88, rank: null, rank_of: null, band: null },
      { unit_id: w.b, year: 2024, index_code: 'SIPAS', score: 77, rank: null, rank_of: null, band: null },
    ])
    .execute();
  const huyen2 = await buildUnit(t.db, { name: 'Huyện Sơn Hà', kind: 'huyen' });
  otherXa = (await buildUnit(t.db, { name: 'Xã Sơn Kỳ', parentId: huyen2.id })).id;
  for (const role of roles) clients.set(role, await loginAs(t.app, (await buildUser(t.db, { role, unitId: w.a })).username, TEST_PASSWORD));
});
afterAll(async () => {
  await t?.close();
});

describe('GET /api/units/:id/scorecard', () => {
  it('gives per year the unit’s score, band and rank in each movement and its index scores', async () => {
    const res = await w.admin.get(`/api/units/${w.a}/scorecard`);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json() as ScorecardResponse;
    expect(s.unit.name).toBe('Xã An Lạc');
    expect(s.indicesShown).toBe(true);
    expect(s.years.map((y) => y.year)).toEqual([2023, 2024]);
    expect(s.years[0]!.movements).toEqual([]);
    expect(s.years[0]!.indices).toEqual([{ code: 'PAR_INDEX', label: 'Chỉ số cải cách hành chính (PAR Index)', score: 85.5, rank: 3, rankOf: 16, band: 'Tốt' }]);
    expect(s.years[1]!.movements).toEqual([
      expect.objectContaining({ movement: { id: w.movement, title: 'Phong trào thi đua cải cách hành chính' }, basis: 'results', score100: 100, bandLabel: 'Xuất sắc', rank: 1, of: 2, label: 'xếp thứ 1/2' }),
    ]);
    expect(s.years[1]!.indices.map((i) => [i.code, i.score])).toEqual([['SIPAS', 88]]);
  });

  it('ranks B second of two in the same movement', async () => {
    const s = (await w.admin.get(`/api/units/${w.b}/scorecard`)).json() as ScorecardResponse;
    expect(s.years.flatMap((y) => y.movements.map((m) => [y.year, m.label, m.score100]))).toEqual([[2024, 'xếp thứ 2/2', 0]]);
  });

  it('exports the scorecard to Excel, read back', async () => {
    const res = await w.admin.get(`/api/units/${w.a}/scorecard/export.xlsx`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Điểm thi đua')!.getRow(2).values).toEqual([undefined, 2024, 'Phong trào thi đua cải cách hành chính', 2, 100, 'Xuất sắc', 'xếp thứ 1/2', 'Số liệu báo cáo']);
    expect(wb.getWorksheet('Chỉ số')!.getRow(2).values).toEqual([undefined, 2023, 'Chỉ số cải cách hành chính (PAR Index)', 85.5, 3, 16, 'Tốt']);
  });
});

describe.each([...roles])('scope: a user with role %s on xã A', (role) => {
  it('reads A’s scorecard (and its export), nothing of B, writing nothing', async () => {
    const before = await dbSnapshot(t.db);
    const res = await clients.get(role)!.get(`/api/units/${w.a}/scorecard`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(roleAllows(role, 'movements.read') ? 200 : 403);
    expect(res.body).not.toContain('Bến Súc');
    // B's score 77 as a JSON number (random unit codes such as "T-877b…" may contain the digits).
    expect(res.body).not.toMatch(/[:[,]77(\.\d+)?[,}\]]/);
    const file = await clients.get(role)!.get(`/api/units/${w.a}/scorecard/export.xlsx`);
    expect(file.statusCode).toBe(res.statusCode);
    expect(await dbSnapshot(t.db)).toEqual(before);
  });

  it('B’s scorecard and a sibling huyện’s xã are not found, nor their exports', async () => {
    for (const id of [w.b, otherXa, w.huyen]) {
      for (const url of [`/api/units/${id}/scorecard`, `/api/units/${id}/scorecard/export.xlsx`]) {
        const res = await clients.get(role)!.get(url);
        expect(res.statusCode, url).toBe(404);
        expect(res.json().error.code).toBe('not_found');
      }
    }
  });
});
