import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDashboard } from '../../src/modules/dashboards/dashboard-builder';
import { registeredUnits, yearResults } from '../../src/modules/dashboards/dashboards.queries';
import type { DashboardResponse } from '../../src/modules/dashboards/dashboards.schema';
import { unitCriteria } from '../../src/modules/dashboards/dashboards.service';
import type { PlanContent } from '../../src/modules/movements/model/plan-content.schema';
import type { RegistrationStatus } from '../../src/modules/registrations/registration-labels';
import type { ResultValue } from '../../src/modules/scoring';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { buildMovement } from '../factories';
import { buildResultsWorld, resultBody, resultsPlan, type ResultsWorld } from './results-fixtures';

/**
 * The dashboard reads the projection of scored results (migration 007) instead of scoring every result:
 * it must always equal buildDashboard over the raw results — after writes through the API, after a
 * result inserted behind the API's back, and after a new plan version changes a target.
 */
let t: TestApp;
let w: ResultsWorld;

const content = async (): Promise<PlanContent> =>
  (await sql<{ content: PlanContent }>`select v.content from movements m join movement_versions v on v.id = m.current_version_id where m.id = ${w.movement}`.execute(t.db)).rows[0]!.content;

/** The dashboard recomputed from the raw results with the pure builder. */
async function expected() {
  const units = (await registeredUnits(t.db, w.movement)).map((u) => ({ id: u.id, code: u.code, name: u.name, kind: u.kind, parentId: u.parent_id, parentName: u.parent_name, status: u.status as RegistrationStatus }));
  const results = (await yearResults(t.db, w.movement, 2024)).map(([unitId, criterionKey, period, value]) => ({ unitId, criterionKey, period, value: value as ResultValue }));
  return buildDashboard({ year: 2024, criteria: unitCriteria(await content()), units, results, visible: () => true });
}

async function served(): Promise<DashboardResponse> {
  const res = await w.admin.get(`/api/movements/${w.movement}/dashboard?period=2024`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as DashboardResponse;
}

async function expectEqual() {
  const [d, e] = await Promise.all([served(), expected()]);
  expect({ heatmap: d.heatmap, ranking: d.ranking, progress: d.progress, criteria: d.criteria }).toEqual({ heatmap: e.heatmap, ranking: e.ranking, progress: e.progress, criteria: e.criteria });
  return d;
}

const projection = async () =>
  (await sql<{ fresh: boolean }>`select result_changes = projected_changes as fresh from dashboard_projections where movement_id = ${w.movement}`.execute(t.db)).rows[0]?.fresh;
const version = async () => (await t.db.selectFrom('dashboard_projections').select('version_id').where('movement_id', '=', w.movement).executeTakeFirstOrThrow()).version_id;
const current = async () => (await t.db.selectFrom('movements').select('current_version_id').where('id', '=', w.movement).executeTakeFirstOrThrow()).current_version_id;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildResultsWorld(t);
});
afterAll(async () => {
  await t?.close();
});

describe('dashboard projection', () => {
  it('is written with each result in the same transaction and equals the builder over the raw results', async () => {
    const put = async (over: Record<string, unknown>) => {
      const res = await w.admin.put('/api/results', resultBody(w, over));
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { revision: number };
    };
    await put({ unitId: w.a, value: { measure: 'percent', value: 95 } });
    await put({ unitId: w.a, criterionKey: 'tin-bai', period: '2024-Q1', value: { measure: 'count', value: 1 } });
    await put({ unitId: w.a, criterionKey: 'tin-bai', period: '2024-Q4', value: { measure: 'count', value: 4 } });
    const b = await put({ unitId: w.b, value: { measure: 'percent', value: 95 } });
    await put({ unitId: w.b, value: { measure: 'percent', value: 70 }, revision: b.revision });
    await put({ unitId: w.b, personId: w.personB, criterionKey: 'tin-bai', period: '2024-Q2', value: { measure: 'count', value: 9 } });
    expect(await projection()).toBe(true);
    const cells = await t.db.selectFrom('dashboard_cells').select(['unit_id', 'period', 'states', 'points']).where('movement_id', '=', w.movement).orderBy('unit_id').orderBy('period').execute();
    expect(cells).toEqual([
      { unit_id: w.a, period: '2024', states: '1 ', points: [1, 0] },
      { unit_id: w.a, period: '2024-Q1', states: ' 0', points: [0, 0] },
      { unit_id: w.a, period: '2024-Q4', states: ' 1', points: [0, 1] },
      { unit_id: w.b, period: '2024', states: '0 ', points: [0, 0] },
    ]);
    const d = await expectEqual();
    // The first read scored the projection's plan version (never built before: rebuilt once).
    expect(await version()).toBe(await current());
    expect(d.heatmap.map((h) => h.cells)).toEqual([
      ['met', 'met'],
      ['not_met', 'missing'],
    ]);
  });

  it('leaves the movement’s counter row alone on API writes (concurrent writers must not queue on it)', async () => {
    const counters = async () => (await sql<{ r: string; p: string }>`select result_changes::text as r, projected_changes::text as p from dashboard_projections where movement_id = ${w.movement}`.execute(t.db)).rows[0];
    const before = await counters();
    const res = await w.admin.put('/api/results', resultBody(w, { unitId: w.a, criterionKey: 'tin-bai', period: '2024-Q2', value: { measure: 'count', value: 2 } }));
    expect(res.statusCode, res.body).toBe(200);
    expect(await counters()).toEqual(before);
    expect(await projection()).toBe(true);
    await expectEqual();
  });

  it('notices a result written behind the API’s back and rebuilds from the results', async () => {
    await t.db
      .insertInto('results')
      .values({ movement_id: w.movement, unit_id: w.b, criterion_key: 'tin-bai', period: '2024-Q3', value: JSON.stringify({ measure: 'count', value: 5 }) })
      .execute();
    expect(await projection()).toBe(false);
    const d = await expectEqual();
    expect(d.heatmap.find((h) => h.unit.id === w.b)!.cells).toEqual(['not_met', 'met']);
    expect(await projection()).toBe(true);
  });

  it('rebuilds when the plan version in force changes (a lower target now met)', async () => {
    const plan = await content();
    plan.criteria = plan.criteria.map((c) => (c.key === 'dung-han' ? { ...c, target: { ...c.target, value: 60 } as typeof c.target } : c));
    const issued = await t.db
      .insertInto('movement_versions')
      .values({ movement_id: w.movement, version_no: 2, state: 'issued', content: JSON.stringify(plan) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db.updateTable('movements').set({ current_version_id: issued.id }).where('id', '=', w.movement).execute();
    const d = await expectEqual();
    expect(d.heatmap.find((h) => h.unit.id === w.b)!.cells).toEqual(['met', 'met']);
    expect(await version()).toBe(issued.id);
  });

  it('counts a recorded index score as the result of a criterion on that index where the unit entered none', async () => {
    const plan = resultsPlan('2099-12-31');
    plan.criteria = [
      { ...plan.criteria[0]!, key: 'sipas', text: 'SIPAS đạt từ 90% trở lên', indicator: 'Chỉ số SIPAS', index: 'SIPAS' },
      plan.criteria[0]!,
    ] as PlanContent['criteria'];
    const sipas = (await buildMovement(t.db, { ownerUnitId: w.huyen, status: 'in_progress', content: plan })).movement.id;
    const reg = await w.admin.put('/api/registrations', { movementId: sipas, unitId: w.a, commitments: 'Hoàn thành', entries: [{ subject: 'collective', targetTitle: 'tt_ldtt' }] });
    expect((await w.admin.post(`/api/registrations/${reg.json().id}/submit`)).statusCode).toBe(200);
    expect((await w.admin.post(`/api/registrations/${reg.json().id}/approve`)).statusCode).toBe(200);
    expect((await w.admin.put('/api/indices', { unitId: w.a, year: 2024, index: 'SIPAS', score: 92 })).statusCode).toBe(200);
    expect((await w.admin.put('/api/results', resultBody(w, { movementId: sipas, value: { measure: 'percent', value: 50 } }))).statusCode).toBe(200);
    const res = await w.admin.get(`/api/movements/${sipas}/dashboard?period=2024`);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json() as DashboardResponse;
    expect(d.heatmap.map((h) => [h.unit.id, h.cells])).toEqual([[w.a, ['met', 'not_met']]]);
    expect(d.progress.find((p) => p.unit.id === w.a)!.submitted).toBe(2);
  });
});
