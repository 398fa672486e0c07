import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPlanDocument, importPlanText } from '../../src/modules/plan-import/import-plan';
import { projectPlan } from '../../src/modules/plan-import/accuracy';
import { renderSeedDocx } from '../fixtures/plans/render-docx';

/**
 * A plan written for this test, not one of the seeds: another province, another kind of body (a Sở
 * with its parent in the header block), KT. signature, a rank "trở lên" after the group's name,
 * "không quá 2%", a dated deadline, a ministry's Bằng khen. The rules were not tuned on it.
 */
const raw = readFileSync(join(import.meta.dirname, '../fixtures/plans/unseen/so-tu-phap.txt'), 'utf8');

describe('a plan the importer has never seen', () => {
  const { content: c, sources, text } = importPlanText(raw);

  it('reads the header block, signature and recipients', () => {
    expect(c.header).toMatchObject({
      parentBody: 'UBND TỈNH LẠNG GIANG',
      issuerName: 'SỞ TƯ PHÁP',
      number: '72/KH-STP',
      place: 'Lạng Giang',
      issuedOn: '2025-02-14',
      signer: { capacity: 'KT.', authority: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Trần Minh Khoa' },
      recipients: ['UBND tỉnh;', 'Ban TĐKT tỉnh;', 'Lưu: VT, VP.'],
    });
    expect(c.title).toBe('Tổ chức phong trào thi đua "Tư pháp vì dân phục vụ" năm 2025');
    const span = sources['header.parentBody']!.span;
    expect(text.slice(span[0], span[1])).toBe('UBND TỈNH LẠNG GIANG');
  });

  it('reads references, theme, period and subjects', () => {
    expect(c.references.map((r) => [r.relation, r.documentType, r.number, r.issuedOn, r.issuer])).toEqual([
      ['basis', 'QĐ', '815/QĐ-UBND', '2025-01-20', 'Chủ tịch UBND tỉnh'],
      ['implements', 'KH', '19/KH-HĐTĐKT', '2025-02-05', 'Hội đồng Thi đua - Khen thưởng tỉnh'],
    ]);
    expect(c.theme).toBe('"Kỷ cương, minh bạch, phục vụ".');
    expect(c.period).toMatchObject({ start: { kind: 'on_issue' }, end: '2025-12-15' });
    expect(c.subjects.collective?.text).toBe('Tập thể: các phòng, đơn vị thuộc Sở.');
    expect(c.subjects.individual?.text).toBe('Cá nhân: công chức, viên chức, người lao động của Sở.');
    expect([c.purposes.length, c.requirements.length]).toEqual([1, 2]);
  });

  it('reads criteria, awards with quotas, the deadline and responsibilities', () => {
    expect(c.criteria.map((cr) => cr.target)).toEqual([
      { measure: 'percent', comparator: 'gte', value: 95, upper: null },
      { measure: 'percent', comparator: 'lte', value: 2, upper: null },
      { measure: 'rank', comparator: 'lte', value: 3, upper: null, of: 20 },
      { measure: 'percent', comparator: 'gte', value: 100, upper: null },
    ]);
    expect(c.criteria[2]!.index).toBe('CCHC');
    expect(c.awards.map((a) => [a.form, a.grantor.title, a.recipients, a.quota.mode, a.quota.collectives, a.quota.individuals])).toEqual([
      ['giay_khen', 'Giám đốc Sở Tư pháp', 'both', 'max', 3, 8],
      ['bang_khen_bo', 'Bộ trưởng Bộ Tư pháp', 'individual', 'none', null, null],
    ]);
    expect(c.deadlines).toMatchObject([{ kind: 'submit_proposal', due: { kind: 'date', date: '2025-12-20' }, strict: 'by', recipient: 'Văn phòng Sở', responsible: { text: 'Các phòng, đơn vị' } }]);
    expect(c.responsibilities.map((r) => r.unitText)).toEqual(['Văn phòng Sở', 'Phòng Hành chính tư pháp']);
  });

  it('fills the model’s vocabularies and the outline from the words used', () => {
    expect(c.subjects.collective?.unitKinds).toEqual(['phong']);
    expect(c.subjects.individual?.personCategories).toEqual(['cong_chuc', 'vien_chuc', 'nguoi_lao_dong']);
    expect(c.outline.map((s) => [s.number, s.heading, s.children.length])).toEqual([
      ['I.', 'MỤC ĐÍCH, YÊU CẦU', 2],
      ['II.', 'CHỦ ĐỀ VÀ THỜI GIAN', 2],
      ['III.', 'ĐỐI TƯỢNG, TIÊU CHÍ THI ĐUA', 2],
      ['IV.', 'KHEN THƯỞNG', 3],
      ['V.', 'TỔ CHỨC THỰC HIỆN', 0],
    ]);
    expect(c.outline[0]!.children[0]!.blocks).toEqual([{ kind: 'list', list: 'purposes' }]);
    expect(c.outline[4]!.blocks).toEqual([{ kind: 'list', list: 'responsibilities' }]);
    // Prose that states elements names them, so the printed plan and the data stay linked.
    const awardRefs = c.outline[3]!.children[0]!.blocks.flatMap((b) => (b.kind === 'text' ? b.refs : []));
    expect(awardRefs).toEqual(expect.arrayContaining(c.awards.map((a) => `awards:${a.key}`)));
    // The quota stated in its own section is traced there, number by number.
    const q = sources['awards.0.quota.individuals']!.span;
    expect(text.slice(q[0], q[1])).toBe('8');
    expect(text.slice(sources['awards.0.grantor']!.span[0], sources['awards.0.grantor']!.span[1])).toBe('Giám đốc Sở Tư pháp');
  });

  it('reads the same plan from Word', async () => {
    const docx = await importPlanDocument(await renderSeedDocx(raw));
    expect(projectPlan(docx.content)).toEqual(projectPlan(c));
  });
});

/**
 * A second unseen plan in another house style: "A. B. C. D." top headings, "1)" sub-headings,
 * "*" bullets, the issuing body's name over two header lines, "thuộc nhóm 10 … dẫn đầu",
 * "xếp loại Khá trở lên", a quota inside the award's sentence, a yearly "trước ngày 30 tháng 11".
 */
describe('a second unseen plan, lettered headings', () => {
  const text = readFileSync(join(import.meta.dirname, '../fixtures/plans/unseen/huyen-chuyen-doi-so.txt'), 'utf8');
  const { content: c } = importPlanText(text.normalize('NFD'));

  it('reads header, sections, criteria, awards, deadline and responsibilities', () => {
    expect(c.header).toMatchObject({ parentBody: null, issuerName: 'ỦY BAN NHÂN DÂN HUYỆN SƠN HÀ', number: '210/KH-UBND', issuedOn: '2026-04-05', signer: { capacity: 'TM.', title: 'CHỦ TỊCH', name: 'Đinh Văn Hùng' } });
    expect(c.period.end).toBe('2027-12-31');
    expect([c.purposes.length, c.requirements.length, c.contents.length]).toEqual([2, 1, 2]);
    expect(c.references.map((r) => [r.relation, r.number, r.issuedOn, r.issuer])).toEqual([['implements', '88/KH-UBND', '2026-03-12', 'UBND tỉnh']]);
    expect(c.criteria.map((cr) => cr.target)).toEqual([
      { measure: 'percent', comparator: 'gte', value: 90, upper: null },
      { measure: 'rank', comparator: 'top_n', value: 10, upper: null, of: null },
      { measure: 'band', comparator: 'gte', band: 'Khá', scale: ['Tốt', 'Khá', 'Trung bình', 'Yếu'] },
    ]);
    expect(c.awards.map((a) => [a.form, a.grantor.title, a.quota.mode, a.quota.collectives, a.quota.individuals])).toEqual([['giay_khen', 'Chủ tịch UBND huyện', 'max', 5, 12]]);
    expect(c.deadlines).toMatchObject([{ due: { kind: 'yearly', day: 30, month: 11 }, strict: 'before', recipient: 'Phòng Nội vụ huyện', responsible: { text: 'Các xã, thị trấn' } }]);
    expect(c.responsibilities.map((r) => r.unitText)).toEqual(['Phòng Nội vụ huyện', 'UBND các xã, thị trấn']);
  });

  it('reads the lower units told to issue their own plan, and the reform areas contents name', () => {
    expect(c.cascade.unitKinds).toEqual(['xa', 'thi_tran']);
    expect(c.responsibilities[1]!.unitKinds).toEqual(['xa', 'thi_tran']);
    expect(c.contents.map((x) => x.reformAreas)).toEqual([['tthc'], ['chinh_phu_so']]);
  });
});

describe('a plan larger than the model allows', () => {
  it('keeps the first elements of an over-long list and says so, instead of failing', () => {
    const rows = Array.from({ length: 230 }, (_, i) => `${String.fromCharCode(97 + (i % 26))}) Tỷ lệ hồ sơ loại ${i + 1} giải quyết đúng hạn đạt từ ${50 + (i % 50)}% trở lên.`);
    const text = `KẾ HOẠCH\nThi đua năm 2026\n\nI. TIÊU CHÍ THI ĐUA\n1. Tiêu chí thi đua\n${rows.join('\n')}\n`;
    const got = importPlanText(text);
    expect(got.content.criteria).toHaveLength(200);
    expect(got.content.criteria[199]!.target).toMatchObject({ measure: 'percent', comparator: 'gte', value: 50 + (199 % 50) });
    expect(got.dropped).toEqual(['criteria: chỉ giữ 200 mục đầu tiên trong 230 mục']);
  });
});

describe('headings without numbers', () => {
  it('takes the level of an unnumbered heading from its markdown mark', () => {
    const text = [
      '# KẾ HOẠCH',
      'Thi đua cải cách hành chính năm 2026',
      '',
      '# I. MỤC ĐÍCH, YÊU CẦU',
      '## Mục đích',
      '- Nâng cao chất lượng phục vụ.',
      '- Phát hiện điển hình.',
      '## Yêu cầu',
      '- Thiết thực, hiệu quả.',
      '# II. TIÊU CHÍ',
      '## Tiêu chí thi đua',
      '- Tỷ lệ hồ sơ đúng hạn đạt trên 95%.',
    ].join('\n');
    const { content } = importPlanText(text);
    expect([content.purposes.length, content.requirements.length]).toEqual([2, 1]);
    expect(content.criteria.map((c) => c.target)).toEqual([{ measure: 'percent', comparator: 'gt', value: 95, upper: null }]);
  });
});
