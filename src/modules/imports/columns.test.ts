import { describe, expect, it } from 'vitest';
import { headerKey, headerText, matchHeaders, personColumns, unitColumns } from './columns';

const headers = (texts: string[]) => texts.map((text, i) => ({ col: i + 1, text }));

describe('headers', () => {
  it('marks required columns with * and adds the format hint', () => {
    expect(unitColumns.map(headerText)).toEqual([
      'Mã đơn vị*',
      'Tên đơn vị*',
      'Tên viết tắt',
      'Loại đơn vị*',
      'Mã đơn vị cấp trên',
      'Ngày bắt đầu hoạt động (dd/mm/yyyy)',
    ]);
    expect(headerText(personColumns.find((c) => c.key === 'isUnitHead')!)).toBe('Người đứng đầu (Có/Không)');
  });

  it('recognises headers typed without *, hints, diacritics or case, in any order', () => {
    expect(headerKey('  MÃ ĐƠN VỊ * ')).toBe(headerKey('Mã đơn vị'));
    const m = matchHeaders(headers(['loai don vi', 'Ghi chú', 'Ten don vi', 'Mã đơn vị cấp trên', 'Mã đơn vị']), unitColumns);
    expect(m.missing).toEqual([]);
    expect(m.positions.get('code')).toBe(5);
    expect(m.positions.get('parentCode')).toBe(4);
    expect(m.positions.get('kind')).toBe(1);
    expect(m.positions.has('shortName')).toBe(false);
  });

  it('lists every missing required column', () => {
    const m = matchHeaders(headers(['Họ và tên*', 'Năm sinh']), personColumns);
    expect(m.missing.map((c) => c.label)).toEqual(['Mã đơn vị', 'Đối tượng']);
  });
});
