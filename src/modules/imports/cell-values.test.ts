import { describe, expect, it } from 'vitest';
import { personCategoryLabels } from '../people/person-fields';
import { formatDmy, parseChoice, parseDate, parseText, parseYear, parseYesNo, textOf, toScalar } from './cell-values';

describe('toScalar', () => {
  it('reduces rich text, hyperlinks, formulas and errors to what the user sees', () => {
    expect(toScalar({ richText: [{ text: 'Nguyễn ' }, { text: 'Văn A' }] })).toBe('Nguyễn Văn A');
    expect(toScalar({ text: 'XA-01', hyperlink: 'http://x' })).toBe('XA-01');
    expect(toScalar({ formula: 'A1+1', result: 1985 })).toBe(1985);
    expect(toScalar({ formula: 'A1' })).toBeNull();
    expect(toScalar({ error: '#N/A' })).toEqual({ cellError: '#N/A' });
    expect(toScalar(undefined)).toBeNull();
  });
});

describe('textOf / parseText', () => {
  it('stores NFC with single spaces and keeps numeric codes as digits', () => {
    const nfd = 'Nguye\u0302\u0303n  Va\u0306n'.normalize('NFD');
    expect(textOf(nfd)).toBe('Nguyễn Văn');
    expect(textOf(101)).toBe('101');
    expect(parseText('x'.repeat(6), 5)).toEqual({ ok: false, message: 'dài quá 5 ký tự' });
  });
});

describe('parseYear', () => {
  it('accepts whole years from 1900 to the given year, as number or text', () => {
    expect(parseYear(1985, 2026)).toEqual({ ok: true, value: 1985 });
    expect(parseYear(' 1990 ', 2026)).toEqual({ ok: true, value: 1990 });
    for (const bad of [1899, 2027, 1985.5, 'năm 85', '85', true, null]) {
      expect(parseYear(bad as never, 2026)).toEqual({ ok: false, message: 'phải là số từ 1900 đến 2026' });
    }
  });
});

describe('parseDate', () => {
  it('reads date cells, dd/mm/yyyy text and ISO text into ISO days', () => {
    expect(parseDate(new Date(Date.UTC(2025, 6, 1)))).toEqual({ ok: true, value: '2025-07-01' });
    expect(parseDate('01/07/2025')).toEqual({ ok: true, value: '2025-07-01' });
    expect(parseDate('1/7/2025')).toEqual({ ok: true, value: '2025-07-01' });
    expect(parseDate('2025-07-01')).toEqual({ ok: true, value: '2025-07-01' });
  });

  it('refuses days that do not exist, month-first guesses and bare numbers', () => {
    expect(parseDate('31/02/2025').ok).toBe(false);
    expect(parseDate('07/31/2025').ok).toBe(false);
    expect(parseDate(45000).ok).toBe(false);
    const r = parseDate('hôm qua');
    expect(r.ok ? '' : r.message).toMatch(/dd\/mm\/yyyy/);
  });

  it('formats ISO days back as dd/mm/yyyy', () => {
    expect(formatDmy('2025-07-01')).toBe('01/07/2025');
  });
});

describe('parseYesNo', () => {
  it('reads Có/Không with or without diacritics, x, booleans; blank is Không', () => {
    for (const yes of ['Có', 'có', 'CO', 'x', true, 1]) expect(parseYesNo(yes)).toEqual({ ok: true, value: true });
    for (const no of ['Không', 'khong', null, '', false, 0]) expect(parseYesNo(no)).toEqual({ ok: true, value: false });
    expect(parseYesNo('có lẽ')).toEqual({ ok: false, message: 'phải là Có hoặc Không' });
  });
});

describe('parseChoice', () => {
  it('matches labels and codes ignoring case and diacritics', () => {
    expect(parseChoice('Công chức', personCategoryLabels)).toEqual({ ok: true, value: 'cong_chuc' });
    expect(parseChoice('cong chuc', personCategoryLabels)).toEqual({ ok: true, value: 'cong_chuc' });
    expect(parseChoice('vien_chuc', personCategoryLabels)).toEqual({ ok: true, value: 'vien_chuc' });
  });

  it('names the allowed values when nothing matches', () => {
    const r = parseChoice('Giáo viên', personCategoryLabels);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe(`"Giáo viên" không có trong danh sách; chọn một trong: ${Object.values(personCategoryLabels).join('; ')}`);
  });
});
