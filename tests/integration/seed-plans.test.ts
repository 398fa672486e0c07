import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UnitRow } from '../../src/db/types';
import { planContentSchema } from '../../src/modules/movements/model/plan-content.schema';
import { seedDemoData } from '../../src/seed/demo';
import { seedPlanContent } from '../../src/seed/load-plans';
import { seedPlans } from '../../src/seed/plans';
import { normaliseText, paragraphProblems, readSeedText, sectionLines, seedProblems } from '../helpers/seed-text';
import { loadSeededPlans, type SeededPlan } from '../helpers/seeded-plans';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let seeded: Map<string, SeededPlan>;
let units: Map<string, UnitRow>;
beforeAll(async () => {
  t = await startTestApp();
  await seedDemoData(t.db);
  seeded = await loadSeededPlans(t.db);
  units = new Map((await t.db.selectFrom('units').selectAll().execute()).map((u) => [u.code, u]));
});
afterAll(() => t?.close());

const plan = (source: string) => {
  const found = seeded.get(source);
  if (!found) throw new Error(`${source} chưa được nạp`);
  return found;
};
const unitCode = (id: number | null) => [...units.values()].find((u) => u.id === id)?.code ?? null;

describe('seed plans: every one', () => {
  it('stores each seed plan once, issued, owned by its unit, with the content of its data file', () => {
    expect(seeded.size).toBe(seedPlans.length);
    for (const seed of seedPlans) {
      const stored = plan(seed.source);
      expect(stored.ownerCode, seed.source).toBe(seed.ownerUnitCode);
      expect(stored.movement.status, seed.source).toBe(seed.status);
      expect(stored.versionState, seed.source).toBe('issued');
      expect(stored.content, seed.source).toEqual(seedPlanContent(seed, units));
      expect(stored.movement.number).toBe(stored.content.header.number);
    }
  });

  it.each(seedPlans.map((s) => [s.source]))('%s matches its text: paragraphs, numbers, dates, targets, deadlines, awards', (source) => {
    expect(seedProblems(plan(source).content, readSeedText(source))).toEqual([]);
  });

  it('catches a data-entry typo and a target that is not in the sentence', () => {
    const stored = plan(seedPlans[0]!.source);
    const text = readSeedText(stored.source);
    const typo = structuredClone(stored.content);
    typo.preamble[0] = typo.preamble[0]!.replace('Kế hoạch', 'Ke hoach');
    expect(paragraphProblems(typo, text)).toEqual([expect.stringContaining('preamble[0]')]);
    const wrongDate = structuredClone(stored.content);
    wrongDate.references[0]!.issuedOn = '2022-03-09';
    expect(seedProblems(wrongDate, text)).toEqual([expect.stringContaining('references.kh-301-ldld: ngày 2022-03-09')]);
  });

  it('stores plans in NFC and accepts them through planContentSchema again', () => {
    for (const { content } of seeded.values()) {
      const json = JSON.stringify(content);
      expect(json).toBe(json.normalize('NFC'));
      expect(planContentSchema.safeParse(content).success).toBe(true);
    }
  });
});

describe('seed 000: Kế hoạch 135/KH-LĐLĐ of LĐLĐ huyện Dương Minh Châu', () => {
  const source = '000_cf2ccd11ccf38346.txt';

  it('has its header, signer, recipients and basis', () => {
    const { content, movement } = plan(source);
    expect(movement.number).toBe('135/KH-LĐLĐ');
    expect(movement.issued_on).toBe('2022-03-03');
    expect([movement.year_from, movement.year_to]).toEqual([2022, 2025]);
    expect(content.header.signer).toEqual({ capacity: 'TM.', authority: 'BAN THƯỜNG VỤ', title: 'PHÓ CHỦ TỊCH', name: 'Thái Thị Bích Thủy' });
    expect(content.header.recipients).toHaveLength(5);
    expect(content.references.find((r) => r.relation === 'basis')).toMatchObject({ number: '301/KH-LĐLĐ', issuer: 'Ban Thường vụ Liên đoàn Lao động tỉnh Tây Ninh' });
    expect(content.references.map((r) => r.number)).toEqual(['301/KH-LĐLĐ', '1364/QĐ-UBND', '490/QĐ-UBND', '05-CT/TU', 'TCVN ISO 9001:2015']);
    expect(content.decision).toBeNull();
  });

  it('counts the bullets of each section as the text does', () => {
    const { content } = plan(source);
    const text = readSeedText(source);
    const bulletsBetween = (from: string, to: string) => sectionLines(text, from, to).filter((l) => l.startsWith('- ')).length;
    expect(content.purposes).toHaveLength(bulletsBetween('1. Mục đích', '2. Yêu cầu'));
    expect(content.requirements).toHaveLength(bulletsBetween('2. Yêu cầu', 'II. CHỦ ĐỀ'));
    expect(content.goals).toHaveLength(bulletsBetween('2. Mục tiêu thi đua', '3. Thời gian thi đua'));
    expect(content.contents).toHaveLength(bulletsBetween('2. Nội dung thi đua', 'IV. GIẢI PHÁP'));
    expect(content.solutions.map((s) => s.children.length)).toEqual([3, 3, 3]);
    expect(content.solutions.flatMap((s) => s.children)).toHaveLength(bulletsBetween('IV. GIẢI PHÁP', 'V. TỔ CHỨC'));
    expect(content.responsibilities.flatMap((r) => r.tasks)).toHaveLength(bulletsBetween('V. TỔ CHỨC', 'Trên đây là'));
    expect(content.criteria).toEqual([]);
    expect(content.awards).toEqual([]);
    expect(content.deadlines).toEqual([]);
  });

  it('sets the five index goals for 2025', () => {
    const goal = plan(source).content.goals.find((g) => g.indexTargets.length > 0);
    expect(goal?.indexTargets.map((i) => [i.index, i.year, i.target])).toEqual([
      ['PCI', 2025, expect.objectContaining({ measure: 'band', comparator: 'gte', band: 'Tốt' })],
      ['PAPI', 2025, expect.objectContaining({ measure: 'band', comparator: 'gte', band: 'Trung bình cao' })],
      ['PAR_INDEX', 2025, { measure: 'rank', comparator: 'top_n', value: 30, upper: null, of: null }],
      ['SIPAS', 2025, { measure: 'relative', comparator: 'gt', reference: 'national_average' }],
      ['ICT_INDEX', 2025, { measure: 'rank', comparator: 'top_n', value: 10, upper: null, of: null }],
    ]);
  });

  it('runs from issue to 31/12/2025 and names its subjects and responsible units', () => {
    const { content } = plan(source);
    expect(content.period).toMatchObject({ start: { kind: 'on_issue' }, end: '2025-12-31', recurrence: 'none' });
    expect(content.subjects.collective?.unitKinds).toEqual(['cong_doan_co_so']);
    expect(content.subjects.individual?.personCategories).toEqual(expect.arrayContaining(['cong_chuc', 'vien_chuc']));
    expect(content.responsibilities.map((r) => [r.label, r.unitText, unitCode(r.unitId)])).toEqual([
      ['1.', 'Liên đoàn Lao động huyện', 'TNI-LDLD-DMC'],
      ['2.', 'công đoàn cơ sở', null],
    ]);
  });

  it('keeps the numbering and headings of the text in its outline', () => {
    const { content } = plan(source);
    const text = normaliseText(readSeedText(source));
    expect(content.outline.map((s) => s.number)).toEqual(['I.', 'II.', 'III.', 'IV.', 'V.']);
    for (const s of content.outline) {
      expect(text).toContain(`${s.number} ${s.heading}`);
      for (const c of s.children) expect(text).toContain(`${c.number} ${c.heading}`);
    }
  });
});
