import { cleanText, searchKey } from '../../lib/text';

/** What a spreadsheet cell holds once rich text, hyperlinks and formulas are reduced to their value. */
export type Scalar = string | number | boolean | Date | null;
export type CellError = { cellError: string };
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

/** Reduces an exceljs cell value (rich text, hyperlink, formula, error…) to a plain scalar. */
export function toScalar(value: unknown): Scalar | CellError {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) {
      return (v.richText as { text?: unknown }[]).map((r) => String(r.text ?? '')).join('');
    }
    if ('error' in v && typeof v.error === 'string') return { cellError: v.error };
    // Formulas: the value Excel cached when the file was saved is what the user sees.
    if ('formula' in v || 'sharedFormula' in v) return 'result' in v ? toScalar(v.result) : null;
    if ('text' in v) return toScalar(v.text);
  }
  return String(value);
}

export const isCellError = (v: Scalar | CellError): v is CellError =>
  typeof v === 'object' && v !== null && !(v instanceof Date) && 'cellError' in v;

export function isBlank(v: Scalar): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

/** Text of a cell as it will be stored: NFC, trimmed, single spaces. Numbers keep their digits (codes). */
export function textOf(v: Scalar): string {
  if (v === null) return '';
  if (v instanceof Date) return formatDmy(isoOfDate(v));
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  return cleanText(v);
}

export function parseText(v: Scalar, maxLength: number): Parsed<string> {
  const text = textOf(v);
  if (text.length > maxLength) return fail(`dài quá ${maxLength} ký tự`);
  return ok(text);
}

/** Năm sinh: a whole number from 1900 to the current year, typed as a number or as text. */
export function parseYear(v: Scalar, maxYear: number): Parsed<number> {
  const message = `phải là số từ 1900 đến ${maxYear}`;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d{4}\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 1900 || n > maxYear) return fail(message);
  return ok(n);
}

/**
 * A calendar date as ISO YYYY-MM-DD. Accepts a real date cell, or text dd/mm/yyyy (also d/m/yyyy,
 * with - or . between) and yyyy-mm-dd. A bare number is refused: it is ambiguous (a year? a serial?).
 */
export function parseDate(v: Scalar): Parsed<string> {
  const message = 'phải là ngày có dạng dd/mm/yyyy, ví dụ 01/07/2025';
  let y: number, m: number, d: number;
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return fail(message);
    // exceljs builds dates at UTC midnight from the serial; the UTC fields are the calendar day.
    [y, m, d] = [v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()];
  } else if (typeof v === 'string') {
    const t = v.trim();
    const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
    if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
    else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    else return fail(message);
  } else {
    return fail(message);
  }
  if (y < 1800 || y > 2100) return fail(message);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return fail(`${message} (ngày không có thật)`);
  }
  return ok(isoOfDate(date));
}

const YES = new Set(['co', 'x', 'yes', 'true', '1', 'dung']);
const NO = new Set(['khong', 'no', 'false', '0', 'sai', '']);

/** Có/Không (also x, 1/0, TRUE/FALSE); a blank cell means Không. */
export function parseYesNo(v: Scalar): Parsed<boolean> {
  if (typeof v === 'boolean') return ok(v);
  const key = v === null ? '' : searchKey(String(v));
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  return fail('phải là Có hoặc Không');
}

/**
 * Matches a cell against a list of labels (and their codes), ignoring case and diacritics, so
 * "cong chuc" and "Công chức" both give cong_chuc.
 */
export function parseChoice<K extends string>(v: Scalar, labels: Record<K, string>): Parsed<K> {
  const key = searchKey(textOf(v));
  const found = choiceKeys(labels).get(key);
  if (found) return ok(found);
  return fail(`"${textOf(v)}" không có trong danh sách; chọn một trong: ${Object.values<string>(labels).join('; ')}`);
}

// Folded label → code, built once per list: 20,000 rows would otherwise fold every label each time.
const choiceCache = new WeakMap<object, Map<string, string>>();
function choiceKeys<K extends string>(labels: Record<K, string>): Map<string, K> {
  let keys = choiceCache.get(labels);
  if (!keys) {
    keys = new Map();
    for (const [code, label] of Object.entries<string>(labels)) {
      keys.set(searchKey(code), code);
      keys.set(searchKey(label), code);
    }
    choiceCache.set(labels, keys);
  }
  return keys as Map<string, K>;
}

export function isoOfDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** ISO YYYY-MM-DD → dd/mm/yyyy, the way dates are shown to users. */
export function formatDmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
