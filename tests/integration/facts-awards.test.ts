import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFacts } from '../../src/modules/commendation-inputs/load-facts';
import { engineSettingsAt, evaluate, flattenTrace, type Nominee, type RuleItem } from '../../src/modules/standards/engine';
import { ruleSchema } from '../../src/modules/standards/rule.schema';
import { buildMovement, buildPerson, buildUnit } from '../factories';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { insertAward, insertDecision, insertNomination } from './honour-fixtures';

/**
 * Titles as facts: the award history (awards of issued decisions) and the same year's live nominations
 * fill `titles`, so "02 năm liên tục đạt danh hiệu Lao động tiên tiến" is judged end to end from the
 * database: loadFacts → evaluate.
 */
let t: TestApp;
let movement: number;
let xa: { id: number; name: string };
const people: Record<'an' | 'binh' | 'cuc', { id: number; name: string }> = {} as never;
let annual2024: number;

const ldtt = { catalogueCode: 'ldtt', awardName: 'Lao động tiên tiến' };

beforeAll(async () => {
  t = await startTestApp();
  const huyen = await buildUnit(t.db, { kind: 'huyen', name: 'Huyện Giồng Trôm' });
  xa = await buildUnit(t.db, { name: 'Xã Mỹ Thạnh', parentId: huyen.id });
  for (const [key, name] of [['an', 'Nguyễn Văn An'], ['binh', 'Trần Thị Bình'], ['cuc', 'Lê Thị Cúc']] as const) {
    people[key] = { id: (await buildPerson(t.db, { unitId: xa.id, fullName: name })).id, name };
  }
  movement = (await buildMovement(t.db, { ownerUnitId: huyen.id, status: 'in_progress' })).movement.id;
  const d2022 = await insertDecision(t.db, { unitId: xa.id, movementId: movement, number: '08/QĐ-UBND', signedOn: '2022-12-12' });
  const d2023 = await insertDecision(t.db, { unitId: xa.id, movementId: movement, number: '12/QĐ-UBND', signedOn: '2023-12-10' });
  const draft = await insertDecision(t.db, { unitId: xa.id, movementId: movement, number: null, signedOn: null, issued: false });
  const award = (decisionId: number, person: { id: number; name: string } | null, year: number, decidedOn: string, number: string | null, code = ldtt) =>
    insertAward(t.db, { decisionId, ...code, person, unit: xa, year, decidedOn, decisionNumber: number });
  // An: LĐTT 2022 and 2023. Bình: LĐTT 2023 only, and a Giấy khen (a form, not a title). Cúc: 2022, and 2023 only in a draft.
  await award(d2022, people.an, 2022, '2022-12-12', '08/QĐ-UBND');
  await award(d2023, people.an, 2023, '2023-12-10', '12/QĐ-UBND');
  await award(d2023, people.binh, 2023, '2023-12-10', '12/QĐ-UBND');
  await award(d2023, people.binh, 2023, '2023-12-10', '12/QĐ-UBND', { catalogueCode: 'giay_khen:individual', awardName: 'Giấy khen của Chủ tịch UBND xã' });
  await award(d2022, people.cuc, 2022, '2022-12-12', '08/QĐ-UBND');
  await award(draft, people.cuc, 2023, '2023-12-10', null);
  await award(d2023, null, 2023, '2023-12-10', '12/QĐ-UBND', { catalogueCode: 'tt_ldtt', awardName: 'Tập thể lao động tiên tiến' });
  // History recorded by hand, without a decision row: still the person's title.
  await insertAward(t.db, { decisionId: null, ...ldtt, person: people.cuc, unit: xa, year: 2021, decidedOn: '2021-12-20', decisionNumber: '30/QĐ-UBND' });
  annual2024 = await insertNomination(t.db, { movementId: movement, year: 2024, unitId: xa.id, person: people.an, unitName: xa.name, catalogueCode: 'ldtt', submissionNumber: '45/TTr-UBND' });
});
afterAll(() => t?.close());

const rule = (r: unknown) => ruleSchema.parse(r);
/** A Chiến sĩ thi đua cơ sở-like standard across years: LĐTT two years running. */
const twoYears: RuleItem[] = [{ key: 'ldtt-2-nam', rule: rule({ kind: 'title', title: 'ldtt', years: 2, consecutive: true }) }];
const nominee = (p: { id: number; name: string }): Nominee => ({ kind: 'individual', id: p.id, name: p.name });
const sentences = (r: ReturnType<typeof evaluate>) => flattenTrace(r.trace).map((c) => `${c.sentence} [${c.source ?? ''}]`).join('\n');

describe('titles in the facts', () => {
  it('lists titles of issued decisions with their source, leaves out award forms and drafts', async () => {
    const an = await loadFacts(t.db, { kind: 'individual', id: people.an.id }, 2024);
    expect(an.self.titles).toEqual([
      { year: 2022, title: 'ldtt', status: 'granted', decisionNumber: '08/QĐ-UBND', decidedOn: '2022-12-12', source: 'QĐ số 08/QĐ-UBND ngày 12/12/2022' },
      { year: 2023, title: 'ldtt', status: 'granted', decisionNumber: '12/QĐ-UBND', decidedOn: '2023-12-10', source: 'QĐ số 12/QĐ-UBND ngày 10/12/2023' },
      { year: 2024, title: 'ldtt', status: 'proposed', decisionNumber: null, decidedOn: null, source: 'Đề nghị cùng đợt, tờ trình số 45/TTr-UBND' },
    ]);
    expect(an.ownUnit?.titles).toEqual([expect.objectContaining({ year: 2023, title: 'tt_ldtt', status: 'granted' })]);
    const binh = await loadFacts(t.db, { kind: 'individual', id: people.binh.id }, 2024);
    expect(binh.self.titles?.map((x) => `${x.year} ${x.title}`)).toEqual(['2023 ldtt']);
    const cuc = await loadFacts(t.db, { kind: 'individual', id: people.cuc.id }, 2024);
    expect(cuc.self.titles?.map((x) => `${x.year} ${x.title}`)).toEqual(['2021 ldtt', '2022 ldtt']);
    // Another year's nominations are not "proposed in this round".
    const an2025 = await loadFacts(t.db, { kind: 'individual', id: people.an.id }, 2025);
    expect(an2025.self.titles?.filter((x) => x.status === 'proposed')).toEqual([]);
  });

  it('judges "02 năm liên tục đạt LĐTT" for 2024 over 2022–2023 when the window ends the year before', async () => {
    const settings = engineSettingsAt('2024-12-31', { titleWindowEndsAt: 'previous_year' });
    const an = evaluate(twoYears, nominee(people.an), 2024, await loadFacts(t.db, { kind: 'individual', id: people.an.id }, 2024), settings);
    expect(an.status).toBe('pass');
    expect(sentences(an)).toContain('2022 đạt, 2023 đạt');
    expect(sentences(an)).toContain('QĐ số 12/QĐ-UBND ngày 10/12/2023');
    const binh = evaluate(twoYears, nominee(people.binh), 2024, await loadFacts(t.db, { kind: 'individual', id: people.binh.id }, 2024), settings);
    expect(binh.status).toBe('fail');
    expect(sentences(binh)).toContain('2022 chưa đạt, 2023 đạt');
    // Cúc's 2023 title is only in a draft decision: it does not count.
    const cuc = evaluate(twoYears, nominee(people.cuc), 2024, await loadFacts(t.db, { kind: 'individual', id: people.cuc.id }, 2024), settings);
    expect(cuc.status).toBe('fail');
  });

  it('counts the 2024 LĐTT proposed in the same round, until the nomination is withdrawn', async () => {
    const settings = engineSettingsAt('2024-12-31');
    const before = evaluate(twoYears, nominee(people.an), 2024, await loadFacts(t.db, { kind: 'individual', id: people.an.id }, 2024), settings);
    expect(before.status).toBe('pass');
    expect(sentences(before)).toContain('2024 đạt (đề nghị cùng đợt)');
    const strict = evaluate(twoYears, nominee(people.an), 2024, await loadFacts(t.db, { kind: 'individual', id: people.an.id }, 2024), { ...settings, concurrentTitlesCount: false });
    expect(strict.status).toBe('fail');

    await t.db.updateTable('nominations').set({ status: 'rut' }).where('id', '=', annual2024).execute();
    const after = await loadFacts(t.db, { kind: 'individual', id: people.an.id }, 2024);
    expect(after.self.titles?.some((x) => x.status === 'proposed')).toBe(false);
    expect(evaluate(twoYears, nominee(people.an), 2024, after, settings).status).toBe('fail');
  });

  it('gives a person with no award an empty list, so the clause fails instead of lacking data', async () => {
    const nobody = await buildPerson(t.db, { unitId: xa.id, fullName: 'Phạm Văn Dũng' });
    const facts = await loadFacts(t.db, { kind: 'individual', id: nobody.id }, 2024);
    expect(facts.self.titles).toEqual([]);
    expect(evaluate(twoYears, nominee({ id: nobody.id, name: 'Phạm Văn Dũng' }), 2024, facts, engineSettingsAt('2024-12-31')).status).toBe('fail');
  });
});
