import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFactsBulk, loadPeopleFactsInRange } from '../../src/modules/commendation-inputs/bulk-facts';
import { loadFacts, type FactsNominee } from '../../src/modules/commendation-inputs/load-facts';
import { buildMovement, buildPerson, buildUnit } from '../factories';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { resultsPlan } from './results-fixtures';
import { insertAward, insertDecision, insertNomination } from './honour-fixtures';

/**
 * The set-based loader gives every nominee exactly the facts loadFacts gives it alone: two units with
 * heads (one with two heads), members, ratings, discipline, a pending matter, initiatives, index
 * scores, titles granted and proposed, and a movement's results.
 */
let t: TestApp;
let movement: number;
const nominees: FactsNominee[] = [];

beforeAll(async () => {
  t = await startTestApp();
  const huyen = await buildUnit(t.db, { kind: 'huyen', name: 'Huyện Ninh Hòa' });
  const a = await buildUnit(t.db, { name: 'Phường Ninh Hiệp', parentId: huyen.id });
  const b = await buildUnit(t.db, { name: 'Xã Ninh Đa', parentId: huyen.id });
  const empty = await buildUnit(t.db, { name: 'Tổ công tác mới', parentId: huyen.id });
  movement = (await buildMovement(t.db, { ownerUnitId: huyen.id, status: 'in_progress', content: resultsPlan('2099-12-31') })).movement.id;
  const decision = await insertDecision(t.db, { unitId: huyen.id, movementId: movement, number: '77/QĐ-UBND', signedOn: '2023-12-20' });

  const ps: { id: number; name: string; unitId: number }[] = [];
  for (const [unit, n] of [[a, 4], [b, 3]] as const) {
    for (let i = 0; i < n; i++) {
      const name = `Cán bộ ${unit.name} ${i + 1}`;
      ps.push({ id: (await buildPerson(t.db, { unitId: unit.id, fullName: name, isUnitHead: i === 0 || (unit === b && i === 2) })).id, name, unitId: unit.id });
    }
  }
  const inactive = await buildPerson(t.db, { unitId: a.id, fullName: 'Người đã nghỉ' });
  await t.db.updateTable('people').set({ active: false }).where('id', '=', inactive.id).execute();

  const ratings = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];
  for (const [i, p] of ps.entries()) {
    for (const year of [2023, 2024]) {
      if ((i + year) % 3 !== 0) await t.db.insertInto('annual_ratings').values({ subject_kind: 'person', person_id: p.id, unit_id: p.unitId, year, rating: ratings[(i + year) % 4]!, source: `Đánh giá năm ${year}` }).execute();
    }
    if (i % 2 === 0) await insertAward(t.db, { decisionId: decision, catalogueCode: 'ldtt', awardName: 'Lao động tiên tiến', person: p, unit: { id: p.unitId, name: '' }, year: 2023, decidedOn: '2023-12-20', decisionNumber: '77/QĐ-UBND' });
  }
  await t.db.insertInto('annual_ratings').values({ subject_kind: 'unit', person_id: null, unit_id: a.id, year: 2024, rating: 'HTTNV', source: null }).execute();
  await t.db.insertInto('discipline_records').values({ subject_kind: 'person', person_id: ps[0]!.id, unit_id: a.id, kind: 'decision', form: 'khien_trach', decision_number: '5/QĐ', decision_date: '2024-03-01', effective_from: '2024-03-01', effective_to: '2025-02-28' }).execute();
  await t.db.insertInto('discipline_records').values({ subject_kind: 'person', person_id: ps[5]!.id, unit_id: b.id, kind: 'pending', pending_kind: 'complaint', effective_from: '2024-10-01' }).execute();
  await t.db.insertInto('discipline_records').values({ subject_kind: 'unit', person_id: null, unit_id: b.id, kind: 'decision', form: 'canh_cao', decision_number: '9/QĐ', decision_date: '2024-06-01', effective_from: '2024-06-01', effective_to: null }).execute();
  const init = await t.db.insertInto('initiatives').values({ unit_id: a.id, title: 'Một cửa điện tử', year: 2024, recognition_level: 'co_so', council_name: 'Hội đồng sáng kiến phường', decision_number: '3/QĐ', decision_date: '2024-09-09' }).returning('id').executeTakeFirstOrThrow();
  await t.db.insertInto('initiative_authors').values([{ initiative_id: init.id, person_id: ps[1]!.id, share: 60 }, { initiative_id: init.id, person_id: ps[2]!.id, share: 40 }]).execute();
  await t.db.insertInto('index_scores').values({ unit_id: a.id, year: 2024, index_code: 'PAR_INDEX', score: 88.5, band: 'tot', rank: 2, rank_of: 9, source: 'QĐ 1/QĐ-UBND' }).execute();
  await insertAward(t.db, { decisionId: decision, catalogueCode: 'tt_ldtt', awardName: 'Tập thể lao động tiên tiến', unit: a, year: 2023, decidedOn: '2023-12-20', decisionNumber: '77/QĐ-UBND' });
  await insertNomination(t.db, { movementId: movement, year: 2024, unitId: a.id, person: ps[1]!, unitName: a.name, catalogueCode: 'cstdcs' });
  await insertNomination(t.db, { movementId: movement, year: 2024, unitId: b.id, person: null, unitName: b.name, catalogueCode: 'tt_ldtt' });
  const result = (unitId: number, personId: number | null, key: string, period: string, value: unknown) =>
    t.db.insertInto('results').values({ movement_id: movement, unit_id: unitId, person_id: personId, criterion_key: key, period, value: JSON.stringify(value), note: null }).execute();
  await result(a.id, null, 'dung-han', '2024', { measure: 'percent', value: 95 });
  await result(b.id, null, 'dung-han', '2024', { measure: 'percent', value: 80 });
  await result(a.id, ps[1]!.id, 'tin-bai', '2024-Q3', { measure: 'count', value: 5 });
  await t.db.insertInto('assessments').values({ movement_id: movement, unit_id: a.id, person_id: null, criterion_key: 'dung-han', period: '2024', self_points: 10, status: 'da_tham_dinh', appraised_points: 10 }).execute();

  nominees.push(...ps.map((p) => ({ kind: 'individual' as const, id: p.id })), { kind: 'collective', id: a.id }, { kind: 'collective', id: b.id }, { kind: 'collective', id: empty.id });
});
afterAll(() => t?.close());

describe('loadFactsBulk', () => {
  it('gives each nominee the same facts as loadFacts, with and without a movement', async () => {
    for (const opts of [{}, { movementId: movement }]) {
      const bulk = await loadFactsBulk(t.db, nominees, 2024, opts);
      expect(bulk).toHaveLength(nominees.length);
      for (const [i, n] of nominees.entries()) expect(bulk[i], `${n.kind} ${n.id}`).toEqual(await loadFacts(t.db, n, 2024, opts));
    }
  });

  it('the sample is not trivial: titles, discipline, members and criteria are there', async () => {
    const bulk = await loadFactsBulk(t.db, nominees, 2024, { movementId: movement });
    const all = bulk.flatMap((f) => [f.self, ...(f.members ?? [])]);
    expect(all.some((s) => s.titles?.some((x) => x.status === 'proposed'))).toBe(true);
    expect(all.some((s) => s.titles?.some((x) => x.status === 'granted'))).toBe(true);
    expect(all.some((s) => (s.discipline?.length ?? 0) > 0)).toBe(true);
    expect(all.some((s) => (s.initiatives?.length ?? 0) > 0)).toBe(true);
    expect(bulk.some((f) => f.self.criteria?.['dung-han']?.met === true)).toBe(true);
    expect(bulk.at(-1)).toMatchObject({ leader: null, members: [] });
  });

  it('reads a range of people (a population screening) with the same facts; a head outside the range too', async () => {
    const ids = nominees.filter((n) => n.kind === 'individual').map((n) => n.id);
    // From the second person of unit A: its head (the first) is outside the range; the inactive person is left out.
    const range = { from: ids[1]!, to: Math.max(...ids) + 1 };
    const facts = await loadPeopleFactsInRange(t.db, range, 2024, { movementId: movement });
    expect(facts.map((f) => f.self.id)).toEqual(ids.slice(1));
    for (const f of facts) expect(f, `person ${f.self.id}`).toEqual(await loadFacts(t.db, { kind: 'individual', id: f.self.id }, 2024, { movementId: movement }));
    expect(facts[0]!.leader?.id).toBe(ids[0]);
    expect(facts[0]!.leader?.discipline).toHaveLength(1);
  });

  it('keeps the order asked for, repeats included, and refuses an unknown nominee', async () => {
    const asked = [nominees[3]!, nominees[0]!, nominees[3]!];
    expect((await loadFactsBulk(t.db, asked, 2024)).map((f) => f.self.id)).toEqual(asked.map((n) => n.id));
    await expect(loadFactsBulk(t.db, [{ kind: 'individual', id: 987_654 }], 2024)).rejects.toThrow(/not found/);
  });
});
