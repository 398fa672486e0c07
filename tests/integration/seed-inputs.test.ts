import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFacts } from '../../src/modules/commendation-inputs/load-facts';
import { engineSettingsAt, evaluate } from '../../src/modules/standards/engine';
import { ruleSchema } from '../../src/modules/standards/rule.schema';
import { seedDemoData } from '../../src/seed/demo';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await seedDemoData(t.db);
});
afterAll(() => t?.close());

describe('demo inputs of the standards', () => {
  it('excludes seed 002’s Phòng Người có công: its head was disciplined (khiển trách) on 03/05/2024', async () => {
    const ncc = await t.db.selectFrom('units').select(['id', 'name']).where('code', '=', 'BPC-SLDTBXH-NCC').executeTakeFirstOrThrow();
    const facts = await loadFacts(t.db, { kind: 'collective', id: ncc.id }, 2024);
    expect(facts.leader?.discipline).toMatchObject([{ form: 'khien_trach', decidedOn: '2024-05-03', effectiveTo: '2025-05-02' }]);
    const rule = ruleSchema.parse({ kind: 'no_discipline', from: 'khien_trach', subject: 'leader' });
    expect(evaluate(rule, { kind: 'collective', id: ncc.id, name: ncc.name }, 2024, facts, engineSettingsAt('2024-12-31')).status).toBe('fail');
  });

  it('rates the people and units of seeds 002–004 for 2024 and records recognised initiatives', async () => {
    const ratings = await t.db.selectFrom('annual_ratings as r').innerJoin('units as u', 'u.id', 'r.unit_id').select(['u.code', 'r.rating', 'r.person_id']).execute();
    const roots = new Set(ratings.map((r) => r.code.split('-')[0]));
    expect([...roots].sort()).toEqual(['BPC', 'BTE', 'KHA']);
    expect(new Set(ratings.map((r) => r.rating))).toEqual(new Set(['HTXSNV', 'HTTNV', 'HTNV']));
    const initiatives = await t.db.selectFrom('initiatives').innerJoin('initiative_authors as a', 'a.initiative_id', 'initiatives.id').select(['initiatives.title', 'a.share']).execute();
    expect(initiatives.length).toBeGreaterThanOrEqual(2);
  });
});
