import { describe, expect, it } from 'vitest';
import { readDocxText, readDocxXml } from '../../documents/docx-read';
import { renderDocx } from '../../documents/docx-render';
import { blankPlan } from '../movements/model/plan-builder';
import { inSentence, listSummary, placeOf, registrationListDocument, type RegistrationListInput } from './registrations-docx';

const plan = blankPlan({
  parentBody: 'Ủy ban nhân dân tỉnh Quảng Ngãi',
  issuerName: 'Ủy ban nhân dân huyện Trà Bồng',
  title: 'Phát động phong trào thi đua cải cách hành chính năm 2024',
  year: 2024,
});

const input: RegistrationListInput = {
  plan: { ...plan, header: { ...plan.header, number: '12/KH-UBND', issuedOn: '2024-01-05', place: 'Trà Bồng' } },
  ownerName: 'Huyện Trà Bồng',
  preparedBy: 'Phạm Thị Lập',
  today: '2024-03-09',
  rows: [
    { unit: 'Xã Trà Lâm', subject: 'Tập thể', fullName: null, title: 'Tập thể lao động xuất sắc', commitment: 'Hoàn thành 100% chỉ tiêu\nKhông có hồ sơ trễ hạn', status: 'Đã duyệt' },
    { unit: 'Xã Trà Lâm', subject: 'Cá nhân', fullName: 'Lê Văn An', title: 'Chiến sĩ thi đua cơ sở', commitment: null, status: 'Đã duyệt' },
    { unit: 'Xã Trà Phú', subject: 'Tập thể', fullName: null, title: null, commitment: null, status: 'Chưa gửi' },
  ],
};

describe('the consolidated registration list (danh sách đăng ký thi đua) as .docx', async () => {
  const docx = await renderDocx(registrationListDocument(input));
  const lines = readDocxText(docx)
    .split('\n')
    .filter((l) => l.trim() !== '');

  it('is a DANH SÁCH of the owner, dated today at its place, citing the plan in its trích yếu', () => {
    expect(lines.slice(0, 8)).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI',
      'ỦY BAN NHÂN DÂN HUYỆN TRÀ BỒNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Trà Bồng, ngày 09 tháng 3 năm 2024',
      'DANH SÁCH',
      'Đăng ký thi đua thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2024 về phát động phong trào thi đua cải cách hành chính năm 2024',
      'TT',
    ]);
    expect(lines).not.toContain('Số:          /');
  });

  it('prints one numbered row per entry under the seven headings, then the totals and the preparer', () => {
    const from = lines.indexOf('TT');
    expect(lines.slice(from, from + 7)).toEqual(['TT', 'Đơn vị', 'Đối tượng', 'Họ và tên', 'Danh hiệu đăng ký', 'Cam kết', 'Trạng thái']);
    expect(lines.slice(from + 7, from + 14)).toEqual(['1', 'Xã Trà Lâm', 'Tập thể', 'Tập thể lao động xuất sắc', 'Hoàn thành 100% chỉ tiêu', 'Không có hồ sơ trễ hạn', 'Đã duyệt']);
    expect(lines.slice(from + 14, from + 20)).toEqual(['2', 'Xã Trà Lâm', 'Cá nhân', 'Lê Văn An', 'Chiến sĩ thi đua cơ sở', 'Đã duyệt']);
    expect(lines.slice(from + 20, from + 24)).toEqual(['3', 'Xã Trà Phú', 'Tập thể', 'Chưa gửi']);
    expect(lines.slice(-3)).toEqual(['Tổng cộng: 2 đơn vị (1 chưa gửi, 1 đã duyệt); 1 cá nhân đăng ký.', 'NGƯỜI LẬP BIỂU', 'Phạm Thị Lập']);
  });

  it('gives the table explicit widths that fill the 165 mm of text', () => {
    const xml = readDocxXml(docx);
    const list = (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [])[1] ?? '';
    const widths = [...list.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(7);
    expect(Math.abs(widths.reduce((a, b) => a + b, 0) - Math.round((165 * 1440) / 25.4))).toBeLessThanOrEqual(3);
  });

  it('cites a plan issued by a decision through that decision, and an unnumbered plan by its title alone', () => {
    const decision = { header: { ...plan.header, number: '54/QĐ-UBND', issuedOn: '2024-03-18' }, title: 'x', authority: 'x', basis: [], proposer: null, articles: ['x'] };
    expect(listSummary({ ...plan, decision })).toBe(
      'Đăng ký thi đua thực hiện Kế hoạch ban hành kèm theo Quyết định số 54/QĐ-UBND ngày 18/3/2024 về phát động phong trào thi đua cải cách hành chính năm 2024',
    );
    expect(listSummary({ ...plan, title: 'về đẩy mạnh cải cách hành chính' })).toBe('Đăng ký thi đua thực hiện Kế hoạch về đẩy mạnh cải cách hành chính');
  });

  it('keeps a proper name at the head of a title, and takes the place from the owner when the plan names none', () => {
    expect(inSentence('Quảng Ngãi chung sức cải cách hành chính')).toBe('Quảng Ngãi chung sức cải cách hành chính');
    expect(inSentence('CCHC năm 2024')).toBe('CCHC năm 2024');
    expect(inSentence('Phong trào thi đua CCHC')).toBe('phong trào thi đua CCHC');
    expect(placeOf('Huyện Trà Bồng')).toBe('Trà Bồng');
    expect(placeOf('Thị trấn Trà Xuân')).toBe('Trà Xuân');
    expect(placeOf('Phòng Nội vụ')).toBeNull();
    const dated = registrationListDocument({ ...input, plan: plan });
    expect(dated.header.dateLine).toEqual({ place: 'Trà Bồng', issuedOn: '2024-03-09' });
  });
});
