import { describe, expect, it } from 'vitest';
import { capacityLine, citedDate, dateLine, nameInSentence, numberLine } from './nd30-format';

describe('date line (Nghị định 30/2020: days below 10 and months 1–2 take a leading zero)', () => {
  it.each([
    ['2022-03-03', 'Huyện Dương Minh Châu, ngày 03 tháng 3 năm 2022'],
    ['2024-01-15', 'Huyện Dương Minh Châu, ngày 15 tháng 01 năm 2024'],
    ['2024-02-09', 'Huyện Dương Minh Châu, ngày 09 tháng 02 năm 2024'],
    ['2023-12-31', 'Huyện Dương Minh Châu, ngày 31 tháng 12 năm 2023'],
    ['2021-10-10', 'Huyện Dương Minh Châu, ngày 10 tháng 10 năm 2021'],
  ])('%s → %s', (iso, expected) => expect(dateLine('Huyện Dương Minh Châu', iso)).toBe(expected));

  it('without a place starts with a capital; an undated draft leaves blanks to fill in by hand', () => {
    expect(dateLine(null, '2024-03-18')).toBe('Ngày 18 tháng 3 năm 2024');
    expect(dateLine('Trà Lâm', null)).toMatch(/^Trà Lâm, ngày\s+tháng\s+năm $/);
  });

  it('cites a date the same way inside a sentence', () => {
    expect(citedDate('2024-03-18')).toBe('18/3/2024');
    expect(citedDate('2024-01-03')).toBe('03/01/2024');
    expect(() => citedDate('18/03/2024')).toThrow();
  });
});

describe('number, signature and names', () => {
  it('prints "Số:" with the number and symbol, or room to write it', () => {
    expect(numberLine('135/KH-LĐLĐ')).toBe('Số: 135/KH-LĐLĐ');
    expect(numberLine(null)).toMatch(/^Số:\s+\/$/);
  });

  it('joins the capacity and the authority signed for, upper case', () => {
    expect(capacityLine('TM.', 'Ban Thường vụ')).toBe('TM. BAN THƯỜNG VỤ');
    expect(capacityLine('KT.', 'GIÁM ĐỐC')).toBe('KT. GIÁM ĐỐC');
    expect(capacityLine(null, null)).toBeNull();
  });

  it.each([
    ['UBND XÃ TRÀ LÂM', 'UBND xã Trà Lâm'],
    ['ỦY BAN NHÂN DÂN THỊ XÃ NINH HÒA', 'Ủy ban nhân dân thị xã Ninh Hòa'],
    ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Sở lao động - thương binh và xã hội'],
    ['LIÊN ĐOÀN LAO ĐỘNG HUYỆN DƯƠNG MINH CHÂU', 'Liên đoàn lao động huyện Dương Minh Châu'],
  ])('names %s in a sentence as %s', (upper, expected) => expect(nameInSentence(upper)).toBe(expected));
});
