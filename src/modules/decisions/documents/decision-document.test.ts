import { describe, expect, it } from 'vitest';
import type { DecisionDto } from '../decisions.schema';
import { awardeeRows, countText, decisionDocument, submissionDocument, type DecisionDocModel } from './decision-document';

const item = (over: Partial<DecisionDto['items'][number]>): DecisionDto['items'][number] => ({
  nominationId: 1,
  position: 1,
  nomineeName: 'Võ Đăng Khoa',
  subjectKind: 'individual',
  personId: 1,
  unit: { id: 3, name: 'Phòng Người có công' },
  catalogueCode: 'giay_khen:individual',
  awardName: 'Giấy khen',
  coefficient: 0.3,
  prizeAmount: 710_000,
  achievement: null,
  awardId: null,
  ...over,
});

const model = (over: Partial<DecisionDto> = {}): DecisionDocModel => ({
  decision: {
    id: 1, unit: { id: 2, name: 'Sở Lao động - Thương binh và Xã hội' }, movementId: 1, batchId: 1, grantorCode: 'thu_truong_co_quan_thuoc_tinh',
    grantorTitle: 'Giám đốc Sở Lao động - Thương binh và Xã hội', status: 'da_ban_hanh', statusLabel: 'Đã ban hành', title: 'Về việc khen thưởng',
    number: '520/QĐ-SLĐTBXH', signedOn: '2024-12-20', signerName: 'Trần Văn Khải', signerTitle: 'Phó Giám đốc', submissionNumber: '300/TTr-VP',
    submissionDate: '2024-12-18', moneySource: 'Kinh phí từ Quỹ thi đua, khen thưởng của Sở.', baseSalary: 2_340_000, totalAmount: 2_120_000, version: 2,
    items: [item({ nominationId: 1, nomineeName: 'Phòng Lao động - Việc làm', subjectKind: 'collective', personId: null, prizeAmount: 1_410_000 }), item({ nominationId: 2, position: 2 })],
    can: { edit: false, sign: false },
    ...over,
  },
  grantorLevel: 'so',
  headTitle: 'Giám đốc',
  unitName: 'Sở Lao động - Thương binh và Xã hội',
  parentBody: 'Ủy ban nhân dân tỉnh Bình Phước',
  place: 'Bình Phước',
  movement: { title: 'Phong trào thi đua cải cách hành chính năm 2024', number: '135/KH-SLĐTBXH', issuedOn: '2024-03-03', ownerName: 'Sở Lao động - Thương binh và Xã hội' },
});

describe('decision documents', () => {
  it('a Sở’s decision: the province above it, the deputy signs for the Giám đốc (KT.)', () => {
    const doc = decisionDocument(model());
    expect(doc.header).toMatchObject({ parentBody: 'ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC', issuerName: 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', number: { value: '520/QĐ-SLĐTBXH' }, dateLine: { place: 'Bình Phước', issuedOn: '2024-12-20' } });
    expect(doc.signer).toEqual({ capacity: 'KT.', authority: 'GIÁM ĐỐC', title: 'Phó Giám đốc', name: 'Trần Văn Khải' });
    const text = doc.body.map((p) => p.runs.map((r) => r.text).join('')).join('\n');
    expect(text).toContain('Căn cứ Kế hoạch số 135/KH-SLĐTBXH ngày 03/3/2024 của Sở Lao động - Thương binh và Xã hội về phong trào thi đua cải cách hành chính năm 2024;');
    expect(text).toContain('Điều 1. Tặng Giấy khen cho 01 tập thể và 01 cá nhân đã có thành tích xuất sắc trong phong trào thi đua cải cách hành chính năm 2024 (có danh sách kèm theo).');
    expect(text).toContain('Tổng số tiền thưởng: 2.120.000 đồng (Hai triệu một trăm hai mươi nghìn đồng)');
    expect(text).toContain('Điều 3. Chánh Văn phòng Sở Lao động - Thương binh và Xã hội');
  });

  it('a draft leaves number and date blank to fill in by hand, signed by the head in person', () => {
    const doc = decisionDocument(model({ status: 'du_thao', number: null, signedOn: null, signerName: null, signerTitle: null }));
    expect(doc.header.number).toEqual({ value: null });
    expect(doc.header.dateLine).toEqual({ place: 'Bình Phước', issuedOn: null });
    expect(doc.signer).toEqual({ capacity: null, authority: null, title: 'Giám đốc', name: null });
  });

  it('lists collectives then individuals with a total, and counts them', () => {
    const items = model().decision.items;
    expect(awardeeRows(items)).toEqual([
      ['I', 'TẬP THỂ', null, null, null],
      ['1', 'Phòng Lao động - Việc làm', 'Phòng Người có công', 'Giấy khen', '1.410.000'],
      ['II', 'CÁ NHÂN', null, null, null],
      ['1', 'Võ Đăng Khoa', 'Phòng Người có công', 'Giấy khen', '710.000'],
      [null, 'Tổng cộng', null, null, '2.120.000'],
    ]);
    expect(countText(items.slice(1))).toBe('01 cá nhân');
  });

  it('an agency forwarding up signs its tờ trình in the head’s name, without TM.', () => {
    const doc = submissionDocument(model({ grantorTitle: 'Chủ tịch Ủy ban nhân dân tỉnh Bình Phước' }), { upward: true });
    expect(doc.header.issuerName).toBe('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI');
    expect(doc.signer).toEqual({ capacity: null, authority: null, title: 'Giám đốc', name: null });
    expect(doc.header.number).toEqual({ value: '300/TTr-VP' });
  });
});
