import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Section } from '../../src/modules/movements/model/outline.schema';
import type { PlanContent } from '../../src/modules/movements/model/plan-content.schema';
import { formatTarget } from '../../src/modules/movements/model/target-format';
import type { Rule } from '../../src/modules/standards/rule.schema';
import { seedDemoData } from '../../src/seed/demo';
import { normaliseText, readSeedText, sectionLines, seedProblems } from '../helpers/seed-text';
import { loadSeededPlans, type SeededPlan } from '../helpers/seeded-plans';
import { startTestApp, type TestApp } from '../helpers/test-app';

/** Seeds 002, 003 and 004 against their texts: every count, target, deadline, award and quota. */
let t: TestApp;
let seeded: Map<string, SeededPlan>;
let codeOf: (id: number | null) => string | null;
beforeAll(async () => {
  t = await startTestApp();
  await seedDemoData(t.db);
  seeded = await loadSeededPlans(t.db);
  const units = await t.db.selectFrom('units').select(['id', 'code']).execute();
  codeOf = (id) => units.find((u) => u.id === id)?.code ?? null;
});
afterAll(() => t?.close());

const S002 = '002_93e0bf7dbf697f89.txt';
const S003 = '003_01449c1526a0dd33.txt';
const S004 = '004_fc5f79a73a9cda40.txt';

const stored = (source: string) => {
  const found = seeded.get(source);
  if (!found) throw new Error(`${source} chưa được nạp`);
  return found;
};
const bulletsBetween = (source: string, from: string, to: string) =>
  sectionLines(readSeedText(source), from, to).filter((l) => l.startsWith('- ')).length;
/** Nơi nhận as the text lists them, without the leading "- ". */
const recipientsInText = (source: string, signerLine: string) =>
  sectionLines(readSeedText(source), 'Nơi nhận', signerLine)
    .filter((l) => l.startsWith('- '))
    .map((l) => l.slice(2));
const headings = (sections: Section[]): string[] =>
  sections.flatMap((s) => [`${s.number ?? ''} ${s.heading ?? ''}`.trim(), ...headings(s.children)]);
const leaves = (rule: Rule): Rule[] => (rule.kind === 'all' || rule.kind === 'any' ? rule.of.flatMap(leaves) : [rule]);
const awardsRow = (c: PlanContent) =>
  c.awards.map((a) => [a.form, a.name, a.grantor.title, codeOf(a.grantor.unitId), a.recipients, a.quota.mode, a.quota.collectives, a.quota.individuals, a.quota.by]);
const deadlinesRow = (c: PlanContent) => c.deadlines.map((d) => [d.key, d.kind, d.due, d.strict, d.recipient]);

function expectOutlineAsWritten(content: PlanContent, source: string, topNumbers: string[]) {
  const text = normaliseText(readSeedText(source));
  expect(content.outline.map((s) => s.number)).toEqual(topNumbers);
  for (const h of headings(content.outline)) expect(text, h).toContain(h);
}

describe('seed 002: Sở LĐTBXH Bình Phước, giai đoạn 2024 – 2025', () => {
  it('matches its text and leaves unstated header facts empty', () => {
    const { content, movement, ownerCode } = stored(S002);
    const text = readSeedText(S002);
    expect(seedProblems(content, text)).toEqual([]);
    expect(ownerCode).toBe('BPC-SLDTBXH');
    expect(text).not.toMatch(/Số\s*:/);
    expect([content.header.number, content.header.issuedOn, content.header.place]).toEqual([null, null, null]);
    expect(content.header.signer).toEqual({ capacity: null, authority: null, title: 'GIÁM ĐỐC', name: null });
    expect(content.header.recipients).toEqual(recipientsInText(S002, 'GIÁM ĐỐC'));
    expect(movement.year_to).toBe(2025);
    expect(content.period).toEqual({ start: { kind: 'on_issue' }, end: '2025-12-31', recurrence: 'none', text: 'Từ khi phát động phong trào thi đua đến ngày 31/12/2025.' });
    expect(content.references.map((r) => [r.relation, r.number, r.issuedOn])).toEqual([
      ['implements', '230/KH-UBND', '2024-07-10'],
      ['cited', '321/KH-SLĐTBXH', '2021-11-01'],
      ['cited', '2685/QĐ-UBND', '2021-10-18'],
      ['cited', '98/2023/NĐ-CP', '2023-12-31'],
      ['cited', null, null],
    ]);
  });

  it('holds subjects, the four contents, standards as rules and no measurable criterion', () => {
    const { content } = stored(S002);
    expect(content.subjects.collective?.unitKinds).toEqual(['phong', 'don_vi_su_nghiep']);
    expect(content.subjects.individual?.personCategories).toEqual(['cong_chuc', 'vien_chuc', 'nguoi_lao_dong']);
    expect(content.purposes.map((p) => p.label)).toEqual(['a)', 'b)', 'c)']);
    expect(content.requirements.map((p) => p.label)).toEqual(['a)', 'b)', 'c)']);
    expect(content.contents.map((c) => c.label)).toEqual(['a)', 'b)', 'c)', 'd)']);
    expect(content.criteria).toEqual([]);
    expect(content.standards.collective).toHaveLength(bulletsBetween(S002, 'a) Đối với tập thể', '1.2. Đối với'));
    expect(content.standards.individual).toHaveLength(bulletsBetween(S002, '1.2. Đối với', '2. Hình thức khen thưởng'));
    const kinds = (side: 'collective' | 'individual') => content.standards[side].flatMap((s) => leaves(s.rule)).map((r) => r.kind);
    expect(kinds('collective')).toEqual(['qualitative', 'initiative', 'qualitative', 'no_discipline']);
    expect(kinds('individual')).toEqual(['rating', 'qualitative', 'initiative', 'qualitative', 'no_discipline']);
    const all = [...content.standards.collective, ...content.standards.individual].flatMap((s) => leaves(s.rule));
    expect(all.filter((r) => r.kind === 'initiative').map((r) => r.kind === 'initiative' && r.recognisedBy)).toEqual([
      'Hội đồng sáng kiến cơ sở',
      'Hội đồng sáng kiến cơ sở',
    ]);
    expect(all.filter((r) => r.kind === 'no_discipline').map((r) => r.kind === 'no_discipline' && [r.from, r.subject])).toEqual([
      ['khien_trach', 'leader'],
      ['khien_trach', 'self'],
    ]);
    expect(all.find((r) => r.kind === 'rating')).toMatchObject({ atLeast: 'htxsnv', subject: 'self' });
  });

  it('offers two awards with their quotas, a dossier and the 15/12 deadline', () => {
    const { content } = stored(S002);
    const text = normaliseText(readSeedText(S002));
    expect(awardsRow(content)).toEqual([
      ['bang_khen_tinh', 'Bằng khen của Chủ tịch UBND tỉnh', 'Chủ tịch UBND tỉnh', 'BPC', 'collective', 'allocated', null, null, 'Sở Nội vụ'],
      ['giay_khen', 'Giấy khen của Giám đốc Sở', 'Giám đốc Sở', 'BPC-SLDTBXH', 'both', 'discretionary', null, null, 'Giám đốc Sở'],
    ]);
    expect(content.dossier?.components).toHaveLength(bulletsBetween(S002, '3. Hồ sơ khen thưởng', '4. Thời gian đề nghị'));
    expect(text).toContain('trước ngày 15/12 hằng năm');
    expect(deadlinesRow(content)).toEqual([['ho-so-khen-thuong', 'submit_proposal', { kind: 'yearly', day: 15, month: 12 }, 'before', 'Văn phòng Sở']]);
    expect(content.awards.every((a) => a.deadlineKeys.includes('ho-so-khen-thuong'))).toBe(true);
    expect(content.funding).toContain('Luật Thi đua, khen thưởng');
    expect(content.responsibilities.map((r) => [r.label, r.unitText, codeOf(r.unitId), r.tasks.length])).toEqual([
      ['1.', 'Văn phòng Sở', 'BPC-SLDTBXH-VP', 2],
      ['2.', 'Trưởng các phòng chuyên môn, nghiệp vụ thuộc Sở, Giám đốc các đơn vị sự nghiệp trực thuộc Sở', null, 2],
    ]);
  });

  it('keeps both sections numbered III and the sub-section 1.2.', () => {
    const { content } = stored(S002);
    expectOutlineAsWritten(content, S002, ['I.', 'II.', 'III.', 'III.']);
    expect(headings(content.outline)).toContain('1.2. Đối với công chức, viên chức, người lao động');
  });
});

describe('seed 003: Kế hoạch 369/KH-UBND of xã Mỹ Thạnh, 2015 – 2020', () => {
  it('matches its text: header, signer, recipients, basis, yearly period', () => {
    const { content, movement, ownerCode } = stored(S003);
    expect(seedProblems(content, readSeedText(S003))).toEqual([]);
    expect(ownerCode).toBe('BTE-GIONGTROM-MYTHANH');
    expect([movement.number, movement.issued_on, content.header.place]).toEqual(['369/KH-UBND', '2015-07-09', 'Mỹ Thạnh']);
    expect([movement.year_from, movement.year_to]).toEqual([2015, 2020]);
    expect(content.header.signer).toEqual({ capacity: null, authority: null, title: 'CHỦ TỊCH', name: 'Phạm Thanh Diễn' });
    expect(content.header.recipients).toEqual(recipientsInText(S003, 'CHỦ TỊCH'));
    expect(content.references).toEqual([
      expect.objectContaining({ relation: 'implements', number: '1716/KH-UBND', issuedOn: '2015-06-29', issuer: 'Ủy ban nhân dân huyện Giồng Trôm' }),
    ]);
    expect(content.period).toMatchObject({ start: { kind: 'date', date: '2015-07-09' }, end: '2020-12-31', recurrence: 'yearly' });
  });

  it('counts purposes, requirements, contents and responsibilities as the text does', () => {
    const { content } = stored(S003);
    expect(content.purposes).toHaveLength(bulletsBetween(S003, '1. Mục đích', '2. Yêu cầu'));
    expect(content.requirements).toHaveLength(bulletsBetween(S003, '2. Yêu cầu', 'II. NỘI DUNG'));
    const tthc = content.contents.find((c) => c.label === 'a)');
    const congVu = content.contents.find((c) => c.label === 'b)');
    expect(tthc?.children).toHaveLength(bulletsBetween(S003, 'a) Nội dung về cải cách thủ tục', 'b) Nội dung về'));
    expect(congVu?.children).toHaveLength(bulletsBetween(S003, 'b) Nội dung về', '2. Hình thức, thời gian'));
    expect([tthc?.reformAreas, congVu?.reformAreas]).toEqual([['tthc'], ['cong_vu']]);
    expect(content.responsibilities).toHaveLength(bulletsBetween(S003, 'III. TỔ CHỨC THỰC HIỆN', 'Trên đây là'));
    expect(content.responsibilities.map((r) => codeOf(r.unitId))).toEqual([
      'BTE-GIONGTROM-MYTHANH',
      'BTE-GIONGTROM-MYTHANH-DTT',
      'BTE-GIONGTROM-MYTHANH-MTTQ',
      'BTE-GIONGTROM-MYTHANH-VPTK',
    ]);
    expect(content.criteria).toEqual([]);
  });

  it('offers the chuyên đề award and the 01 + 03 / 01 + 01 quotas, due 25/11 and 10/12', () => {
    const { content } = stored(S003);
    const text = normaliseText(readSeedText(S003));
    expect(awardsRow(content)).toEqual([
      ['khac', 'khen thưởng chuyên đề', 'Cấp có thẩm quyền', null, 'individual', 'none', null, null, null],
      ['giay_khen', 'Ủy ban nhân dân xã khen thưởng', 'Ủy ban nhân dân xã Mỹ Thạnh', 'BTE-GIONGTROM-MYTHANH', 'both', 'exact', 1, 3, null],
      ['giay_khen', 'Phòng Nội vụ huyện xét khen thưởng', 'Ủy ban nhân dân huyện Giồng Trôm', 'BTE-GIONGTROM', 'both', 'exact', 1, 1, 'Hội đồng Thi đua, khen thưởng xã'],
    ]);
    expect(content.awards.map((a) => a.occasion)).toEqual(['thematic', 'yearly', 'yearly']);
    expect(text).toContain('chậm nhất là ngày 25 tháng 11 và về huyện là ngày 10 tháng 12 hàng năm');
    expect(deadlinesRow(content)).toEqual([
      ['de-nghi-xa', 'submit_proposal', { kind: 'yearly', day: 25, month: 11 }, 'by', 'Ủy ban nhân dân xã'],
      ['de-nghi-huyen', 'submit_proposal', { kind: 'yearly', day: 10, month: 12 }, 'by', 'Phòng Nội vụ huyện'],
    ]);
    expect(content.awards.map((a) => a.deadlineKeys)).toEqual([[], ['de-nghi-xa'], ['de-nghi-huyen']]);
    expect(content.standards.individual.flatMap((s) => leaves(s.rule))).toEqual([
      expect.objectContaining({ kind: 'initiative', recognisedBy: 'cơ quan có thẩm quyền' }),
    ]);
  });

  it('keeps its outline and prints the period between the bullets of II.2', () => {
    const { content } = stored(S003);
    expectOutlineAsWritten(content, S003, ['I.', 'II.', 'III.']);
    const ii2 = content.outline[1]?.children[1];
    expect(ii2?.blocks.map((b) => (b.kind === 'element' ? b.key : b.kind === 'field' ? b.field : b.kind))).toEqual(['hinh-thuc', 'period', 'tong-ket']);
  });
});

describe('seed 004: thị xã Ninh Hòa, năm 2022', () => {
  it('matches its text: no number or date, TM. UBND signer, recipients, basis, slogan', () => {
    const { content, movement, ownerCode } = stored(S004);
    const text = readSeedText(S004);
    expect(seedProblems(content, text)).toEqual([]);
    expect(ownerCode).toBe('KHA-NINHHOA');
    expect([content.header.number, content.header.issuedOn, content.header.place]).toEqual([null, null, null]);
    expect(content.header.signer).toEqual({ capacity: 'TM.', authority: 'ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Vĩnh Thạnh' });
    expect(content.header.recipients).toEqual(recipientsInText(S004, 'TM. ỦY BAN NHÂN DÂN'));
    expect(movement.year_to).toBe(2022);
    expect(content.period).toMatchObject({ start: { kind: 'on_issue' }, end: '2022-12-31', recurrence: 'none' });
    expect(content.references.map((r) => [r.relation, r.documentType, r.number, r.issuedOn])).toEqual([
      ['basis', 'QĐ', '112/QĐ-UBND', '2022-01-21'],
      ['basis', 'QĐ', '458/QĐ-UBND', '2022-02-25'],
      ['basis', 'CT', '01/CT-UBND', '2022-02-09'],
      ['cited', 'NĐ', '91/2017/NĐ-CP', '2017-07-31'],
    ]);
    expect(normaliseText(text)).toContain(content.slogan);
  });

  it('maps content 1 to the seven reform areas it lists', () => {
    const { content } = stored(S004);
    expect(content.contents.map((c) => c.label)).toEqual(['1.', '2.', '3.', '4.', '5.']);
    expect(content.contents[0]?.reformAreas).toEqual(['chi_dao_dieu_hanh', 'the_che', 'tthc', 'to_chuc_bo_may', 'cong_vu', 'tai_chinh_cong', 'chinh_phu_so']);
  });

  it('holds the five measurable standards as criteria, referenced by both standards', () => {
    const { content } = stored(S004);
    expect(content.criteria.map((c) => [c.key, c.index, c.appliesTo, formatTarget(c.target)])).toEqual([
      ['nhiem-vu-dung-tien-do', null, 'collective', '> 90%'],
      ['par-index-tot', 'CCHC', 'collective', 'xếp loại Tốt'],
      ['sipas', 'SIPAS', 'collective', '≥ 90%'],
      ['ho-so-dung-han', null, 'both', '> 98%'],
      ['sang-kien', null, 'both', 'Có'],
    ]);
    expect(content.criteria[1]?.target).toMatchObject({ measure: 'band', comparator: 'gte', band: 'Tốt', scale: ['Tốt', 'Khá', 'Trung bình', 'Yếu'] });
    const refs = (side: 'collective' | 'individual') =>
      content.standards[side].flatMap((s) => leaves(s.rule)).flatMap((r) => (r.kind === 'criterion' ? [[r.criterionKey, r.subject]] : []));
    expect(refs('collective')).toEqual(content.criteria.map((c) => [c.key, 'self']));
    expect(refs('individual')).toEqual([
      ['par-index-tot', 'own_unit'],
      ['sipas', 'own_unit'],
      ['ho-so-dung-han', 'self'],
      ['sang-kien', 'self'],
    ]);
  });

  it('offers Bằng khen (quota by UBND tỉnh, Sở Nội vụ) and Giấy khen (≤ 10 + 10); dossier in 02 bộ', () => {
    const { content } = stored(S004);
    expect(awardsRow(content)).toEqual([
      ['bang_khen_tinh', 'Bằng khen của Chủ tịch UBND tỉnh', 'Chủ tịch UBND tỉnh', 'KHA', 'both', 'allocated', null, null, 'UBND tỉnh, Sở Nội vụ'],
      ['giay_khen', 'Giấy khen của Chủ tịch UBND thị xã', 'Chủ tịch UBND thị xã', 'KHA-NINHHOA', 'both', 'max', 10, 10, null],
    ]);
    // The conversion junk stays in the text as written; the name is clean.
    expect(content.awards[1]?.text).toBe('Giấy □ khen của Chủ tịch UBND thị xã.');
    expect(content.dossier).toMatchObject({ copies: 2, copiesText: '02 bộ' });
    expect(content.dossier?.components).toHaveLength(bulletsBetween(S004, 'a) Thành phần hồ sơ', 'c) Số lượng hồ sơ'));
    expect(content.dossier?.formNote).toContain('Nghị định số 91/2017/NĐ-CP');
  });

  it('asks lower units for their plan in Quý I/2022 (the cascade) and announces the proposal time later', () => {
    const { content } = stored(S004);
    expect(normaliseText(readSeedText(S004))).toContain('trong Quý I/2022');
    expect(deadlinesRow(content)).toEqual([
      ['gui-ke-hoach', 'submit_plan', { kind: 'quarter', year: 2022, quarter: 1 }, 'by', 'UBND thị xã (qua Phòng Nội vụ)'],
      ['de-nghi-khen-thuong', 'submit_proposal', { kind: 'announced_later' }, 'by', null],
    ]);
    expect(content.cascade).toEqual({ unitKinds: ['phong', 'don_vi_su_nghiep', 'xa', 'phuong'], deadlineKey: 'gui-ke-hoach' });
    expect(content.responsibilities.map((r) => [r.label, codeOf(r.unitId)])).toEqual([
      ['1.', null],
      ['2.', 'KHA-NINHHOA-NV'],
      ['3.', 'KHA-NINHHOA-VHTT'],
      ['4.', null],
    ]);
  });

  it('keeps KHẨU HIỆU before NỘI DUNG and the a), c) of the dossier', () => {
    const { content } = stored(S004);
    expectOutlineAsWritten(content, S004, ['I.', 'II.', 'III.', 'IV.', 'V.', 'VI.']);
    expect(content.outline.slice(1, 3).map((s) => s.heading)).toEqual(['KHẨU HIỆU THI ĐUA', 'NỘI DUNG THI ĐUA']);
    expect(headings(content.outline)).toEqual(expect.arrayContaining(['a) Thành phần hồ sơ:', 'c) Số lượng hồ sơ:']));
  });
});

describe('the text checks catch mistakes in these seeds', () => {
  it('reports a wrong yearly deadline, a target not in its sentence and an award name not in the text', () => {
    const c003 = structuredClone(stored(S003).content);
    c003.deadlines[0]!.due = { kind: 'yearly', day: 26, month: 11 };
    expect(seedProblems(c003, readSeedText(S003))).toEqual([expect.stringContaining('deadlines.de-nghi-xa')]);
    const c004 = structuredClone(stored(S004).content);
    c004.criteria[2]!.target = { measure: 'percent', comparator: 'gte', value: 95, upper: null };
    c004.awards[1]!.name = 'Giấy khen của Chủ tịch UBND tỉnh';
    expect(seedProblems(c004, readSeedText(S004))).toEqual([expect.stringContaining('criteria.sipas'), expect.stringContaining('awards.giay-khen-thi-xa')]);
  });
});
