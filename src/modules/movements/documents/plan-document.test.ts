import { describe, expect, it } from 'vitest';
import { readDocxText } from '../../../documents/docx-read';
import { renderDocx } from '../../../documents/docx-render';
import type { OfficialDocument } from '../../../documents/model';
import { seedPlans } from '../../../seed/plans';
import { blankPlan } from '../model/plan-builder';
import { planContentSchema } from '../model/plan-content.schema';
import { planDocument } from './plan-document';

const lines = (doc: OfficialDocument) => doc.body.map((p) => p.runs.map((r) => r.text).join(''));

/** A plan of a Sở as thidua stores it: header, criteria with targets, an award with its quota, a deadline, an outline. */
const plan = blankPlan({
  issuerName: 'SỞ NỘI VỤ TỈNH BÌNH PHƯỚC',
  parentBody: 'UBND TỈNH BÌNH PHƯỚC',
  title: 'Phát động phong trào thi đua đẩy mạnh cải cách hành chính năm 2025',
  year: 2025,
  header: {
    parentBody: 'UBND TỈNH BÌNH PHƯỚC',
    issuerName: 'SỞ NỘI VỤ TỈNH BÌNH PHƯỚC',
    number: '27/KH-SNV',
    place: 'Bình Phước',
    issuedOn: '2025-02-07',
    signer: { capacity: 'KT.', authority: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Thị Hồng Nhung' },
    recipients: ['UBND tỉnh (b/c);', 'Các phòng, đơn vị thuộc Sở;', 'Lưu: VT, CCHC.'],
  },
  preamble: ['Thực hiện Kế hoạch số 310/KH-UBND ngày 20/12/2024 của UBND tỉnh, Sở Nội vụ ban hành Kế hoạch như sau:'],
  purposes: [{ label: '-', text: 'Tạo khí thế thi đua sôi nổi trong toàn thể công chức, viên chức.' }],
  criteria: [
    {
      key: 'dung-han',
      label: 'a)',
      text: 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt trên 98%.',
      indicator: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
      target: { measure: 'percent', comparator: 'gt', value: 98 },
    },
    {
      key: 'sipas',
      label: 'b)',
      text: 'Chỉ số SIPAS đạt từ 90% trở lên.',
      indicator: 'Chỉ số SIPAS',
      index: 'SIPAS',
      target: { measure: 'percent', comparator: 'gte', value: 90 },
    },
  ],
  awards: [
    {
      key: 'giay-khen',
      label: '-',
      form: 'giay_khen',
      name: 'Giấy khen của Giám đốc Sở Nội vụ',
      grantor: { title: 'Giám đốc Sở Nội vụ' },
      recipients: 'both',
      quota: { mode: 'max', collectives: 1, individuals: 3, label: '-' },
    },
  ],
  deadlines: [
    {
      key: 'bao-cao',
      title: 'Gửi báo cáo kết quả thực hiện',
      kind: 'submit_report',
      due: { kind: 'yearly', day: 5, month: 12 },
      strict: 'before',
      responsible: { text: 'Các phòng, đơn vị thuộc Sở' },
      recipient: 'Văn phòng Sở',
    },
  ],
  responsibilities: [
    { key: 'van-phong', label: '1.', unitText: 'Văn phòng Sở', tasks: [{ label: '-', text: 'Theo dõi, tổng hợp kết quả thi đua.' }] },
    { key: 'phong', label: '2.', unitText: 'Các phòng, đơn vị thuộc Sở', tasks: [{ label: '-', text: 'Đăng ký thi đua trước ngày 15/3.' }] },
  ],
  theme: 'Kỷ cương, trách nhiệm, phục vụ',
  outline: [
    { number: 'I.', heading: 'MỤC ĐÍCH', blocks: [{ kind: 'list', list: 'purposes' }] },
    {
      number: 'II.',
      heading: 'NỘI DUNG, TIÊU CHÍ THI ĐUA',
      children: [
        { number: '1.', heading: 'Chủ đề', inline: true, blocks: [{ kind: 'field', field: 'theme' }] },
        { number: '2.', heading: 'Tiêu chí thi đua', blocks: [{ kind: 'list', list: 'criteria' }] },
      ],
    },
    {
      number: 'III.',
      heading: 'KHEN THƯỞNG',
      children: [
        { number: '1.', heading: 'Hình thức', blocks: [{ kind: 'list', list: 'awards' }] },
        { number: '2.', heading: 'Số lượng', blocks: [{ kind: 'list', list: 'quotas' }] },
        { number: '3.', heading: 'Thời hạn', blocks: [{ kind: 'element', list: 'deadlines', key: 'bao-cao' }] },
      ],
    },
    {
      number: 'IV.',
      heading: 'TỔ CHỨC THỰC HIỆN',
      children: [{ number: '1.', heading: 'Văn phòng Sở', blocks: [{ kind: 'element', list: 'responsibilities', key: 'van-phong' }] }],
      blocks: [{ kind: 'element', list: 'responsibilities', key: 'phong' }],
    },
  ],
});

describe('planDocument', () => {
  const doc = planDocument(plan);

  it('fills the header, type name, summary, signer and recipients from the plan', () => {
    expect(doc.header).toEqual({
      parentBody: 'UBND TỈNH BÌNH PHƯỚC',
      issuerName: 'SỞ NỘI VỤ TỈNH BÌNH PHƯỚC',
      number: { value: '27/KH-SNV' },
      dateLine: { place: 'Bình Phước', issuedOn: '2025-02-07' },
    });
    expect(doc.typeName).toBe('KẾ HOẠCH');
    expect(doc.summary).toBe('Phát động phong trào thi đua đẩy mạnh cải cách hành chính năm 2025');
    expect(doc.caption).toBeNull();
    expect(doc.signer).toEqual({ capacity: 'KT.', authority: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Thị Hồng Nhung' });
    expect(doc.recipients).toEqual(['UBND tỉnh (b/c);', 'Các phòng, đơn vị thuộc Sở;', 'Lưu: VT, CCHC.']);
  });

  it('walks the outline: numbered headings, inline fields, labelled elements, quotas, deadlines, responsibilities', () => {
    expect(lines(doc)).toEqual([
      'Thực hiện Kế hoạch số 310/KH-UBND ngày 20/12/2024 của UBND tỉnh, Sở Nội vụ ban hành Kế hoạch như sau:',
      'I. MỤC ĐÍCH',
      '- Tạo khí thế thi đua sôi nổi trong toàn thể công chức, viên chức.',
      'II. NỘI DUNG, TIÊU CHÍ THI ĐUA',
      '1. Chủ đề: Kỷ cương, trách nhiệm, phục vụ',
      '2. Tiêu chí thi đua',
      'a) Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt trên 98%.',
      'b) Chỉ số SIPAS đạt từ 90% trở lên.',
      'III. KHEN THƯỞNG',
      '1. Hình thức',
      '- Giấy khen của Giám đốc Sở Nội vụ',
      '2. Số lượng',
      '- Giấy khen của Giám đốc Sở Nội vụ: không quá 01 tập thể và 03 cá nhân.',
      '3. Thời hạn',
      'Gửi báo cáo kết quả thực hiện (Các phòng, đơn vị thuộc Sở): trước ngày 05/12 hằng năm, gửi về Văn phòng Sở.',
      'IV. TỔ CHỨC THỰC HIỆN',
      // The section heading does not name this unit: the element prints its own heading…
      '2. Các phòng, đơn vị thuộc Sở',
      '- Đăng ký thi đua trước ngày 15/3.',
      // …and under a heading that names the unit, only its tasks.
      '1. Văn phòng Sở',
      '- Theo dõi, tổng hợp kết quả thi đua.',
    ]);
  });

  it('sets part headings bold and keeps them with what follows; the inline heading carries its text', () => {
    const [first] = doc.body.filter((p) => p.runs[0]?.text === 'I. MỤC ĐÍCH');
    expect(first).toMatchObject({ runs: [{ bold: true }], keepWithNext: true });
    const inline = doc.body.find((p) => p.runs[0]?.text === '1. Chủ đề')!;
    expect(inline.runs.map((r) => [r.text, r.bold ?? false])).toEqual([
      ['1. Chủ đề', true],
      [': ', false],
      ['Kỷ cương, trách nhiệm, phục vụ', false],
    ]);
  });

  it('prints a plan without an outline in the default order, with its references as Căn cứ', () => {
    const bare = blankPlan({
      issuerName: 'UBND XÃ AN LẠC',
      title: 'Thi đua cải cách hành chính năm 2026',
      year: 2026,
      references: [{ key: 'kh-huyen', documentType: 'KH', number: '45/KH-UBND', issuedOn: '2026-01-05', issuer: 'UBND huyện Dương Minh Châu', title: 'về thi đua cải cách hành chính năm 2026' }],
      criteria: [{ key: 'a', label: 'a)', text: '100% hồ sơ được số hóa.', indicator: 'Tỷ lệ hồ sơ số hóa', target: { measure: 'percent', comparator: 'eq', value: 100 } }],
    });
    const text = lines(planDocument(bare));
    expect(text[0]).toBe('Căn cứ Kế hoạch số 45/KH-UBND ngày 05/01/2026 của UBND huyện Dương Minh Châu về thi đua cải cách hành chính năm 2026;');
    expect(text).toContain('I. MỤC ĐÍCH, YÊU CẦU');
    expect(text).toContain('a) 100% hồ sơ được số hóa.');
    expect(text.some((l) => /^[IVX]+\. TỔ CHỨC THỰC HIỆN$/.test(l))).toBe(true);
    expect(text.indexOf('a) 100% hồ sơ được số hóa.')).toBeGreaterThan(text.findIndex((l) => l.endsWith('TIÊU CHÍ THI ĐUA')));
  });

  it('reads back from the .docx with header, number, date line, headings, criteria and signer', async () => {
    const text = readDocxText(await renderDocx(doc));
    for (const expected of [
      'UBND TỈNH BÌNH PHƯỚC',
      'SỞ NỘI VỤ TỈNH BÌNH PHƯỚC',
      'Số: 27/KH-SNV',
      'Bình Phước, ngày 07 tháng 02 năm 2025',
      'KẾ HOẠCH',
      'II. NỘI DUNG, TIÊU CHÍ THI ĐUA',
      'a) Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt trên 98%.',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Nguyễn Thị Hồng Nhung',
      '- Lưu: VT, CCHC.',
    ])
      expect(text.split('\n')).toContain(expected);
  });
});

describe('the seed plans print back', () => {
  it.each(seedPlans.map((s) => [s.source, s] as const))('%s: every criterion, award form, goal and unit responsible appears', (_, seed) => {
    const c = planContentSchema.parse(seed.content);
    const text = lines(planDocument(c)).join('\n');
    for (const x of c.criteria) expect(text).toContain(x.text);
    for (const x of c.awards) expect(text).toContain(x.name);
    for (const x of c.goals) expect(text).toContain(x.text);
    for (const x of c.responsibilities) expect(text).toContain(x.unitText);
    for (const s of c.outline) expect(text).toContain([s.number, s.heading].filter(Boolean).join(' '));
  });

  it('seed 001 is the annex of its decision: caption, no number, no date, no signature', () => {
    const seed = seedPlans.find((s) => s.source.startsWith('001'))!;
    const doc = planDocument(planContentSchema.parse(seed.content));
    expect(doc.caption).toBe('(Kèm theo Quyết định số 54/QĐ-UBND ngày 18/3/2024 của UBND xã Trà Lâm)');
    expect(doc.header.number).toBeNull();
    expect(doc.header.dateLine).toBeNull();
    expect(doc.signer).toBeNull();
    expect(lines(doc)).toContain('IV. TIÊU CHÍ THI ĐUA, HÌNH THỨC, TIÊU CHUẨN KHEN THƯỞNG');
  });
});
