import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchKey } from '../../src/lib/text';
import { importPlanText } from '../../src/modules/plan-import/import-plan';

/**
 * Every span the importer reports must show the value it claims: the reviewer trusts the
 * highlight. A string must be written in its span (case and diacritics folded), a number as
 * written ("01" for 1), an ISO date as dd/mm/yyyy or "ngày … tháng … năm …", a yearly deadline's
 * day and month, a criterion's target value or band, an award's grantor, a quota's text.
 */
const seeds = join(import.meta.dirname, '../fixtures/seeds');
const unseen = join(import.meta.dirname, '../fixtures/plans/unseen');
const files = [...readdirSync(seeds).map((f) => join(seeds, f)), ...readdirSync(unseen).map((f) => join(unseen, f))].filter((f) => f.endsWith('.txt')).sort();

/** Folded for comparison: case, diacritics, spacing ("135 /KH - LĐLĐ") and the written abbreviation UBND. */
const fold = (s: string) => searchKey(s).replace(/uy ban nhan dan/g, 'ubnd').replace(/[*_#\s]/g, '');
const hasNumber = (s: string, n: number) => new RegExp(`(?<![\\d])0*${String(n).replace('.', '[.,]')}(?![\\d])`, 'u').test(s);
function hasDate(s: string, iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  // "đến hết năm 2022", "giai đoạn 2024 - 2025" state the year's last day.
  const yearEnd = m === 12 && d === 31 && new RegExp(`(?:năm|giai đoạn\\s+\\d{4}\\s*[-–])\\s+${y}`, 'u').test(s);
  return yearEnd || new RegExp(`(?<!\\d)0?${d}\\s*/\\s*0?${m}\\s*/\\s*${y}|(?<!\\d)0?${d}\\s+tháng\\s+0?${m}\\s+năm\\s+${y}`, 'u').test(s);
}

/** What a value claims to be written in its span; null when it claims nothing checkable (a period, a section). */
function claims(value: unknown): ((slice: string) => boolean)[] | null {
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? [(s) => hasDate(s, value)] : [(s) => fold(s).includes(fold(value))];
  if (typeof value === 'number') return [(s) => hasNumber(s, value)];
  if (value === null || typeof value !== 'object') return null;
  const o = value as Record<string, unknown>;
  if (o.kind === 'yearly') return [(s) => hasNumber(s, o.day as number), (s) => hasNumber(s, o.month as number)];
  if (o.kind === 'date') return claims(o.date);
  if (o.measure !== undefined) return typeof o.value === 'number' ? claims(o.value) : typeof o.band === 'string' ? claims(o.band) : null;
  if (typeof o.mode === 'string') return typeof o.text === 'string' ? claims(o.text) : null;
  if (typeof o.number === 'string') return claims(o.number);
  if (typeof o.text === 'string' && o.kind === undefined) return claims(o.text);
  if (typeof o.title === 'string' && o.kind === undefined) return claims(o.title);
  return null;
}

/** Fields a rule composes from two statements, with the other field whose span shows the rest. */
const composed: Record<string, string[]> = { 'header.issuerName': ['header.place'] };

function valueAt(root: unknown, path: string): unknown {
  let v: unknown = root;
  for (const part of path.split('.')) v = v === null || v === undefined ? undefined : (v as Record<string, unknown>)[part];
  return v;
}

describe.each(files)('spans of %s', (file) => {
  const { content, sources, text } = importPlanText(readFileSync(file, 'utf8'));

  it('every span lies in the text and shows the value it claims', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const [path, { span, confidence }] of Object.entries(sources)) {
      expect(span[0] >= 0 && span[0] <= span[1] && span[1] <= text.length, path).toBe(true);
      expect(confidence > 0 && confidence <= 1, path).toBe(true);
      const value = valueAt(content, path);
      const checks = claims(value);
      if (!checks) continue;
      checked++;
      // A value built from two places ("Ban Thường vụ Liên đoàn Lao động huyện" + the place line) shows in both.
      const also = composed[path]?.map((p) => sources[p]).filter((s) => s !== undefined) ?? [];
      const slice = [span, ...also.map((s) => s.span)].map(([a, b]) => text.slice(a, b)).join(' ');
      const words = (v: string) => searchKey(v).split(/\s+/u);
      const shown = also.length > 0 && typeof value === 'string' ? words(value).every((w) => words(slice).includes(w)) : checks.every((c) => c(slice));
      if (!shown) wrong.push(`${path}: ${JSON.stringify(value)} not in ${JSON.stringify(slice.slice(0, 160))}`);
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(10);
  });

  it('gives sub-fields their own spans: a criterion’s target, an award’s grantor and quota numbers, a deadline’s day and month', () => {
    content.criteria.forEach((c, i) => c.target.measure !== 'boolean' && expect(sources[`criteria.${i}.target`], `criteria.${i}.target`).toBeDefined());
    content.awards.forEach((a, i) => {
      expect(sources[`awards.${i}.grantor`], `awards.${i}.grantor`).toBeDefined();
      if (a.quota.collectives !== null) expect(sources[`awards.${i}.quota.collectives`], `awards.${i}.quota.collectives`).toBeDefined();
      if (a.quota.individuals !== null) expect(sources[`awards.${i}.quota.individuals`], `awards.${i}.quota.individuals`).toBeDefined();
    });
    content.deadlines.forEach((d, i) => {
      expect(sources[`deadlines.${i}.due`], `deadlines.${i}.due`).toBeDefined();
      if (d.due.kind === 'yearly') expect([sources[`deadlines.${i}.due.day`], sources[`deadlines.${i}.due.month`]].every(Boolean), `deadlines.${i}.due day/month`).toBe(true);
    });
    content.references.forEach((r, i) => r.number && expect(sources[`references.${i}.number`], `references.${i}.number`).toBeDefined());
  });
});
