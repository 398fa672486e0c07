import { describe, expect, it } from 'vitest';
import { targetSchema } from '../movements/model/target';
import { parseValueCell, sameValue, targetCellText, valueCell } from './result-cells';

const t = (x: unknown) => targetSchema.parse(x);
const percent = t({ measure: 'percent', comparator: 'gte', value: 90 });
const rank = t({ measure: 'rank', comparator: 'between', value: 5, upper: 6, of: 16 });
const band = t({ measure: 'band', comparator: 'gte', band: 'Tốt', scale: ['Tốt', 'Khá', 'Trung bình', 'Yếu'] });
const yes = t({ measure: 'boolean', value: true });
const relative = t({ measure: 'relative', comparator: 'gt', reference: 'previous_year' });
const count = t({ measure: 'count', comparator: 'gte', value: 3 });

describe('result cells', () => {
  it('read what a civil servant types: decimal commas, a % sign, "5/16", "khá", "có"', () => {
    expect(parseValueCell(percent, '91,5%')).toEqual({ ok: true, value: { measure: 'percent', value: 91.5 } });
    expect(parseValueCell(percent, 88)).toEqual({ ok: true, value: { measure: 'percent', value: 88 } });
    expect(parseValueCell(rank, ' 5 / 16 ')).toEqual({ ok: true, value: { measure: 'rank', rank: 5, of: 16 } });
    expect(parseValueCell(band, 'kha')).toEqual({ ok: true, value: { measure: 'band', band: 'Khá' } });
    expect(parseValueCell(yes, 'có')).toEqual({ ok: true, value: { measure: 'boolean', value: true } });
    expect(parseValueCell(relative, '12,5; mốc 10')).toEqual({ ok: true, value: { measure: 'relative', value: 12.5, reference: 10 } });
  });

  it('refuse a value of the wrong kind or out of range with a sentence naming the expected form', () => {
    expect(parseValueCell(percent, 'cao')).toEqual({ ok: false, message: '"cao" không phải là số (ghi số phần trăm, ví dụ 91,5)' });
    expect(parseValueCell(percent, 101)).toEqual({ ok: false, message: 'Tỷ lệ phải từ 0 đến 100%' });
    expect(parseValueCell(rank, '17/16')).toEqual({ ok: false, message: 'Thứ hạng phải từ 1 đến 16' });
    expect(parseValueCell(band, 'Xuất sắc')).toMatchObject({ ok: false, message: expect.stringContaining('chọn một trong: Tốt, Khá, Trung bình, Yếu') });
    expect(parseValueCell(yes, 'chưa rõ')).toMatchObject({ ok: false });
    expect(parseValueCell(count, 2.5)).toEqual({ ok: false, message: 'Số lượng phải là số nguyên' });
  });

  it('write every value so that it reads back the same', () => {
    const cases = [
      [percent, { measure: 'percent', value: 91.25 }],
      [rank, { measure: 'rank', rank: 6, of: 16 }],
      [band, { measure: 'band', band: 'Trung bình' }],
      [yes, { measure: 'boolean', value: false }],
      [relative, { measure: 'relative', value: 1234.5, reference: 1000 }],
    ] as const;
    for (const [target, value] of cases) {
      const back = parseValueCell(target, valueCell(value));
      expect(back).toEqual({ ok: true, value });
      expect(sameValue(JSON.parse(JSON.stringify(value)), back.ok ? back.value : value)).toBe(true);
    }
    expect(targetCellText(rank)).toBe('xếp thứ 5–6/16 — ghi thứ hạng dạng «5/16»');
  });
});
