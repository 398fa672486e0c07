import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PlanContent } from '../../src/modules/movements/model/plan-content.schema';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { buildResultsWorld, resultBody, type ResultsWorld } from './results-fixtures';

/** A result is judged against the plan version IN FORCE, also after a new version is issued (the issued content is cached by version). */
let t: TestApp;
let w: ResultsWorld;
beforeAll(async () => {
  t = await startTestApp();
  w = await buildResultsWorld(t);
});
afterAll(async () => {
  await t?.close();
});

it('judges a result by the new target once a new plan version is in force', async () => {
  const first = await w.admin.put('/api/results', resultBody(w, { unitId: w.a, value: { measure: 'percent', value: 70 } }));
  expect(first.statusCode, first.body).toBe(200);
  expect(first.json().check).toMatchObject({ met: false });

  const plan = (await sql<{ content: PlanContent }>`select v.content from movements m join movement_versions v on v.id = m.current_version_id where m.id = ${w.movement}`.execute(t.db)).rows[0]!.content;
  plan.criteria = plan.criteria.map((c) => (c.key === 'dung-han' ? { ...c, target: { ...c.target, value: 60 } as typeof c.target } : c));
  const v2 = await t.db
    .insertInto('movement_versions')
    .values({ movement_id: w.movement, version_no: 2, state: 'issued', content: JSON.stringify(plan) })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.db.updateTable('movements').set({ current_version_id: v2.id }).where('id', '=', w.movement).execute();

  const again = await w.admin.put('/api/results', resultBody(w, { unitId: w.a, value: { measure: 'percent', value: 70 }, revision: first.json().revision }));
  expect(again.statusCode, again.body).toBe(200);
  expect(again.json().check).toMatchObject({ met: true });
});
