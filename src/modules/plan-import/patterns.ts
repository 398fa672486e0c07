import type { DocumentType } from '../movements/model/vocab';
import { searchKey } from '../../lib/text';

/** Vietnamese dates as written: "08/3/2022", "ngày 29 tháng 6 năm 2015", "03/01/2024". */
export const DATE_SLASH = /(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/u;
export const DATE_WORDS = /(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;

export function isoDate(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first date in the text, with where it was found. */
export function findDate(text: string): { iso: string; index: number; length: number } | null {
  const candidates = [DATE_SLASH.exec(text), DATE_WORDS.exec(text)].filter((m): m is RegExpExecArray => m !== null);
  candidates.sort((a, b) => a.index - b.index);
  for (const m of candidates) {
    const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) return { iso, index: m.index, length: m[0].length };
  }
  return null;
}

/**
 * A document number/symbol: "135/KH-LĐLĐ", "98/2023/NĐ-CP", "05-CT/TU", "04-NQ/TU", also spaced
 * as typed ("135 /KH - LĐLĐ"). Returned canonical (no spaces).
 */
export const DOC_NUMBER = /\b(\d{1,5}(?:\s*\/\s*\d{4})?(?:\s*-\s*[\p{Lu}Đ]{1,6})?\s*\/\s*[\p{Lu}Đ][\p{L}Đđ.]*(?:\s*-\s*[\p{Lu}Đ][\p{L}Đđ.\d]*)*)/u;
export const DOC_NUMBER_G = new RegExp(DOC_NUMBER.source, 'gu');

export function canonicalNumber(written: string): string {
  return written.replace(/\s+/g, '').replace(/\.$/, '');
}

const typeWords: [string, DocumentType][] = [
  ['ke hoach', 'KH'],
  ['quyet dinh', 'QĐ'],
  ['nghi quyet', 'NQ'],
  ['nghi dinh', 'NĐ'],
  ['chi thi', 'CT'],
  ['thong tu', 'TT'],
  ['chuong trinh', 'CTr'],
  ['cong van', 'CV'],
  ['huong dan', 'HD'],
  ['thong bao', 'TB'],
  ['bao cao', 'BC'],
  ['to trinh', 'TTr'],
  ['luat', 'Luật'],
];

/** "Kế hoạch số …" → KH. */
export function documentTypeFromWords(words: string): DocumentType | null {
  const k = searchKey(words);
  for (const [w, t] of typeWords) if (k.startsWith(w)) return t;
  return null;
}

const symbolTypes: Record<string, DocumentType> = { KH: 'KH', QĐ: 'QĐ', NQ: 'NQ', NĐ: 'NĐ', CT: 'CT', TT: 'TT', CTr: 'CTr', HD: 'HD', TB: 'TB', BC: 'BC', TTr: 'TTr' };

/** The type named by the symbol: "135/KH-LĐLĐ" → KH, "05-CT/TU" → CT, "98/2023/NĐ-CP" → NĐ. */
export function documentTypeFromNumber(number: string): DocumentType | null {
  const m = /(?:\/|-)(KH|QĐ|NQ|NĐ|CTr|CT|TTr|TT|HD|TB|BC)(?:[-/]|$)/u.exec(number);
  return m ? (symbolTypes[m[1]!] ?? null) : null;
}

/** Numbers as written with leading zeros ("01", "03") → 1, 3. */
export function toInt(s: string): number {
  return Number.parseInt(s, 10);
}

/** Finds `re` in `text` and returns the match with its absolute span (text starts at `base`). */
export function spanOf(m: RegExpExecArray, base: number, group = 0): [number, number] {
  const whole = m.index + base;
  if (group === 0) return [whole, whole + m[0].length];
  const g = m[group] ?? '';
  const at = m[0].indexOf(g);
  return [whole + at, whole + at + g.length];
}

const keys = new Map<string, string>();
/** searchKey, memoised: headings are folded many times while sections are looked up. */
export function key(s: string): string {
  let k = keys.get(s);
  if (k === undefined) {
    k = searchKey(s);
    if (keys.size > 5000) keys.clear();
    keys.set(s, k);
  }
  return k;
}
