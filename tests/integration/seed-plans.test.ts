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
      // A plan issued by a decision (seed 001) is listed under the decision's number.
      expect(stored.movement.number).toBe(stored.content.header.number ?? stored.content.decision?.header.number ?? null);
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

describe('seed 001: Quyết định 54/QĐ-UBND and the plan of xã Trà Lâm', () => {
  const source = '001_fa567a1bbf32afd0.txt';

  it('holds the decision that issues the plan: header, authority, basis, proposer, three articles', () => {
    const { content } = plan(source);
    const text = readSeedText(source);
    const d = content.decision;
    expect(d?.header).toMatchObject({ number: '54/QĐ-UBND', issuedOn: '2024-03-18', issuerName: 'UBND XÃ TRÀ LÂM', parentBody: 'UBND HUYỆN TRÀ BỒNG' });
    expect(d?.header.signer).toEqual({ capacity: null, authority: null, title: 'CHỦ TỊCH', name: 'Võ Thị Mai Vỹ' });
    expect(d?.authority).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TRÀ LÂM');
    const basisLines = sectionLines(text, 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TRÀ LÂM', 'QUYẾT ĐỊNH:').filter((l) => l.startsWith('Căn cứ'));
    expect(d?.basis).toEqual(basisLines);
    expect(d?.proposer).toBe('Theo đề nghị của Văn phòng – Thống kê xã.');
    expect(d?.articles).toHaveLength(3);
    d?.articles.forEach((a, i) => expect(normaliseText(text)).toContain(`Điều ${i + 1}. ${a}`));
    const recipients = sectionLines(text, 'Nơi nhận:', 'CHỦ TỊCH').filter((l) => l.startsWith('- '));
    expect(d?.header.recipients).toEqual(recipients.map((l) => l.slice(2)));
    expect(recipients).toHaveLength(8);
  });

  it('keeps the plan as the annex of the decision: no number of its own, listed under the decision number', () => {
    const { content, movement } = plan(source);
    expect(content.header).toMatchObject({ number: null, issuedOn: '2024-03-18', issuerName: 'UBND XÃ TRÀ LÂM', recipients: [] });
    expect(content.header.signer.name).toBe('Võ Thị Mai Vỹ');
    expect([movement.number, movement.year_from, movement.year_to]).toEqual(['54/QĐ-UBND', 2024, 2024]);
    expect(content.period).toMatchObject({ start: { kind: 'on_issue' }, end: '2024-12-31' });
  });

  it('cites every document of the decision and the plan once, with number, date and issuer', () => {
    const { content } = plan(source);
    expect(content.references.map((r) => r.number)).toEqual([
      null, null, null, '98/2023/NĐ-CP', '1155/QĐ-UBND', '196/QĐ-UBND', '61/QĐ-UBND', '34/QĐ-UBND', '04/QĐ-UBND',
      '76/NQ-CP', '04-NQ/TU', '93/NQ-HĐND', '1256/QĐ-UBND', '6325/QĐ-UBND', '6400/QĐ-UBND',
    ]);
    expect(content.references.filter((r) => r.citedIn !== 'plan')).toHaveLength(9);
    expect(content.references.find((r) => r.key === 'qd-1155-ubnd')).toMatchObject({ issuedOn: '2022-03-25', issuer: 'Chủ tịch UBND huyện Trà Bồng' });
    expect(content.references.filter((r) => r.issuedOn === null)).toEqual([]);
  });

  it('has every criterion a)–l) with its target; e) and k) as two criteria each', () => {
    const { content } = plan(source);
    const text = readSeedText(source);
    const lettered = sectionLines(text, '1. Tiêu chí thi đua', '2. Hình thức khen thưởng').filter((l) => /^[a-zđ]\) /.test(l));
    expect(new Set(content.criteria.map((c) => c.label)).size).toBe(lettered.length);
    expect(content.criteria.map((c) => c.label)).toEqual(lettered.flatMap((l) => (/^[ek]\)/.test(l) ? [l.slice(0, 2), l.slice(0, 2)] : [l.slice(0, 2)])));
    const targets = Object.fromEntries(content.criteria.map((c) => [c.key, c.target]));
    expect(targets.a).toEqual({ measure: 'rank', comparator: 'between', value: 5, upper: 6, of: 16 });
    const percents = Object.fromEntries(content.criteria.filter((c) => c.target.measure === 'percent').map((c) => [c.key, c.target.measure === 'percent' && c.target.value]));
    expect(percents).toEqual({ b: 100, c: 100, d: 80, 'e-1': 100, 'e-2': 100, g: 100, h: 100, 'k-1': 100, 'k-2': 50, l: 90 });
    expect(content.criteria.every((c) => c.target.measure !== 'percent' || c.target.comparator === 'gte')).toBe(true);
    expect(content.criteria.find((c) => c.key === 'a')?.index).toBe('CCHC');
    expect(content.criteria.find((c) => c.key === 'l')?.index).toBe('SIPAS');
    // The outline prints e) and k) once each, naming both criteria.
    const section = content.outline[3]?.children[0];
    const refs = section?.blocks.flatMap((b) => (b.kind === 'text' ? [b.refs] : []));
    expect(refs).toEqual([['criteria:e-1', 'criteria:e-2'], ['criteria:k-1', 'criteria:k-2']]);
  });

  it('names its subjects, the award forms, the yearly report and the units responsible', () => {
    const { content } = plan(source);
    expect(content.subjects.collective?.unitKinds).toEqual(expect.arrayContaining(['phong', 'mttq', 'doan_the']));
    expect(content.subjects.individual?.personCategories).toEqual(['can_bo', 'cong_chuc', 'khong_chuyen_trach']);
    expect(content.contents.map((c) => c.label)).toEqual(['a)', 'b)', 'c)', 'd)']);
    expect(content.solutions.map((s) => s.label)).toEqual(['1.', '2.', '3.', '4.']);
    expect(content.awards.map((a) => [a.form, a.name, unitCode(a.grantor.unitId), a.quota.mode])).toEqual([
      ['giay_khen', 'UBND xã khen thưởng', 'QNG-TRABONG-TRALAM', 'none'],
      ['khac', 'đề nghị cấp thẩm quyền khen thưởng', null, 'none'],
    ]);
    expect(content.deadlines.map((d) => [d.key, d.kind, d.due.kind])).toEqual([['bao-cao-hang-nam', 'submit_report', 'announced_later']]);
    expect(content.responsibilities.map((r) => [r.label, unitCode(r.unitId)])).toEqual([
      ['1.', null],
      ['2.', 'QNG-TRABONG-TRALAM-VPTK'],
      ['3.', 'QNG-TRABONG-TRALAM-MTTQ'],
      ['4.', 'QNG-TRABONG-TRALAM-VHXH'],
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
    const lastSection = content.outline[4]?.blocks.map((b) => (b.kind === 'text' ? b.label : null));
    expect(lastSection).toEqual(['1.', null, '2.', null, '3.', '4.']);
  });
});
