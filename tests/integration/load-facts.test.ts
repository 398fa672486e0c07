import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFacts } from '../../src/modules/commendation-inputs/load-facts';
import { engineSettingsAt, evaluate, flattenTrace, type Nominee } from '../../src/modules/standards/engine';
import { ruleSchema } from '../../src/modules/standards/rule.schema';
import { buildMovement, buildPerson, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { resultsPlan } from './results-fixtures';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';

/**
 * Seed 002's scenario through the API and the engine: a collective of Sở LĐTBXH Bình Phước whose
 * leader was disciplined (khiển trách) is excluded; an individual rated HTXSNV with a recognised
 * initiative passes; a pending inspection holds an award (NĐ 152/2025).
 */
let t: TestApp;
let standing: Client;
let phong: { id: number; name: string };
let head: { id: number };
let member: { id: number };

beforeAll(async () => {
  t = await startTestApp();
  const so = await buildUnit(t.db, { kind: 'so', name: 'Sở Lao động - Thương binh và Xã hội tỉnh Bình Phước', code: 'SO-LDTBXH-BP' });
  phong = await buildUnit(t.db, { kind: 'phong', name: 'Phòng Lao động - Việc làm', parentId: so.id, code: 'P-LDVL' });
  head = await buildPerson(t.db, { unitId: phong.id, fullName: 'Trần Văn Trưởng', isUnitHead: true });
  member = await buildPerson(t.db, { unitId: phong.id, fullName: 'Lê Thị Thành' });
  standing = await loginAs(t.app, (await buildUser(t.db, { role: 'standing', unitId: so.id })).username, TEST_PASSWORD);
  const ok = (res: { statusCode: number; body: string }) => expect(res.statusCode, res.body).toBe(200);
  ok(await standing.post('/api/discipline', { subjectKind: 'person', personId: head.id, recordKind: 'decision', disciplineForm: 'khien_trach', decisionNumber: '45/QĐ-SLĐTBXH', decisionDate: '2024-05-03' }));
  ok(await standing.put('/api/ratings', { subjectKind: 'person', personId: member.id, year: 2024, rating: 'HTXSNV' }));
  ok(await standing.put('/api/ratings', { subjectKind: 'unit', unitId: phong.id, year: 2024, rating: 'HTTNV' }));
  ok(await standing.post('/api/initiatives', { unitId: phong.id, title: 'Tiếp nhận hồ sơ trợ cấp thất nghiệp trực tuyến', year: 2024, recognitionLevel: 'co_so', councilName: 'Hội đồng sáng kiến cơ sở Sở LĐTBXH', decisionNumber: '90/QĐ-SLĐTBXH', decisionDate: '2024-11-20', authors: [{ personId: member.id, share: 100 }] }));
  ok(await standing.post('/api/initiatives', { unitId: phong.id, title: 'Chưa được công nhận', year: 2024, authors: [{ personId: member.id, share: 100 }] }));
  await t.db.insertInto('index_scores').values({ unit_id: phong.id, year: 2024, index_code: 'SIPAS', score: 91.2, rank: null, rank_of: null, band: null, source: 'QĐ 12/QĐ-UBND' }).execute();
});
afterAll(() => t?.close());

const settings = engineSettingsAt('2024-12-31');
const rule = (r: unknown) => ruleSchema.parse(r);

describe('loadFacts', () => {
  it('gathers the collective, its leader and members, with empty lists where nothing is recorded', async () => {
    const facts = await loadFacts(t.db, { kind: 'collective', id: phong.id }, 2024);
    expect(facts.self).toMatchObject({ kind: 'unit', id: phong.id, ratings: [{ year: 2024, rating: 'httnv', source: null }], discipline: [], pending: [] });
    expect(facts.self.metrics).toEqual([{ index: 'SIPAS', indicator: null, year: 2024, value: { measure: 'percent', value: 91.2 }, source: 'QĐ 12/QĐ-UBND' }]);
    expect(facts.self.initiatives?.map((i) => i.title)).toEqual(['Tiếp nhận hồ sơ trợ cấp thất nghiệp trực tuyến']);
    expect(facts.leader).toMatchObject({ id: head.id, discipline: [{ form: 'khien_trach', decidedOn: '2024-05-03', effectiveFrom: '2024-05-03', effectiveTo: '2025-05-02', source: 'QĐ số 45/QĐ-SLĐTBXH ngày 03/05/2024' }] });
    expect(facts.members?.map((m) => m.name)).toEqual(['Trần Văn Trưởng', 'Lê Thị Thành']);
  });

  it('excludes the collective whose leader was disciplined, with the date in the trace', async () => {
    const nominee: Nominee = { kind: 'collective', id: phong.id, name: phong.name };
    const facts = await loadFacts(t.db, { kind: 'collective', id: phong.id }, 2024);
    const result = evaluate(rule({ kind: 'no_discipline', from: 'khien_trach', subject: 'leader' }), nominee, 2024, facts, settings);
    expect(result.status).toBe('fail');
    expect(flattenTrace(result.trace).map((c) => c.sentence).join('\n')).toContain('03/05/2024');
    const sipas = evaluate(rule({ kind: 'metric', index: 'SIPAS', indicator: 'SIPAS', target: { measure: 'percent', comparator: 'gte', value: 90 } }), nominee, 2024, facts, settings);
    expect(sipas.status).toBe('pass');
  });

  it('passes an individual rated HTXSNV with a recognised initiative, until an inspection is pending', async () => {
    const nominee: Nominee = { kind: 'individual', id: member.id, name: 'Lê Thị Thành' };
    const rules = [
      { key: 'a', rule: rule({ kind: 'rating', atLeast: 'htxsnv' }) },
      { key: 'b', rule: rule({ kind: 'initiative', minLevel: 'co_so' }) },
      { key: 'c', rule: rule({ kind: 'no_discipline', from: 'khien_trach', holdWhilePending: true }) },
    ];
    const before = await loadFacts(t.db, { kind: 'individual', id: member.id }, 2024);
    expect(before.ownUnit).toMatchObject({ id: phong.id });
    expect(evaluate(rules, nominee, 2024, before, settings).status).toBe('pass');

    const res = await standing.post('/api/discipline', { subjectKind: 'person', personId: member.id, recordKind: 'pending', pendingKind: 'inspection', effectiveFrom: '2024-12-01' });
    expect(res.statusCode, res.body).toBe(200);
    const held = await loadFacts(t.db, { kind: 'individual', id: member.id }, 2024);
    expect(held.self.pending).toEqual([{ kind: 'inspection', since: '2024-12-01', resolvedOn: null, note: null, source: null }]);
    expect(evaluate(rules, nominee, 2024, held, settings).status).not.toBe('pass');
  });

  it('judges a movement’s appraised results against the plan’s targets; unappraised ones wait', async () => {
    const movement = (await buildMovement(t.db, { ownerUnitId: phong.id, status: 'in_progress', content: resultsPlan('2099-12-31') })).movement.id;
    const result = (key: string, period: string, value: unknown) =>
      t.db.insertInto('results').values({ movement_id: movement, unit_id: phong.id, person_id: null, criterion_key: key, period, value: JSON.stringify(value), note: null }).execute();
    await result('dung-han', '2024', { measure: 'percent', value: 95.5 });
    await result('tin-bai', '2024-Q1', { measure: 'count', value: 1 });
    await result('tin-bai', '2024-Q4', { measure: 'count', value: 4 });
    await t.db
      .insertInto('assessments')
      .values({ movement_id: movement, unit_id: phong.id, person_id: null, criterion_key: 'dung-han', period: '2024', self_points: 10, status: 'da_tham_dinh', appraised_points: 10 })
      .execute();
    const facts = await loadFacts(t.db, { kind: 'collective', id: phong.id }, 2024, { movementId: movement });
    expect(facts.self.criteria?.['dung-han']).toMatchObject({ met: true, source: 'Kết quả thẩm định kỳ 2024' });
    expect(facts.self.criteria?.['dung-han']?.reason).toContain('— đạt');
    expect(facts.self.criteria?.['tin-bai']).toMatchObject({ met: null, reason: null, source: 'Kết quả tự đánh giá kỳ 2024-Q4' });
    expect(facts.self.criteria?.['sang-kien']).toBeUndefined();
  });
});
