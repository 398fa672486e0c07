import type { Report } from './api';

type Recorded = Report['titles'][number];

/** "2024; Lao động tiên tiến; QĐ số 12/QĐ-UBND" per line ↔ the rows of section III. */
export function recordedToText(rows: Recorded[]): string {
  return rows.map((r) => [String(r.year), r.name, r.decision ?? ''].join('; ').replace(/; $/, '')).join('\n');
}

export function textToRecorded(text: string): Recorded[] {
  return text
    .split('\n')
    .map((line) => line.split(';').map((s) => s.trim()))
    .filter((parts) => parts.length >= 2 && /^\d{4}$/.test(parts[0]!) && parts[1] !== '')
    .map(([year, name, ...rest]) => ({ year: Number(year), name: name!, decision: rest.join('; ').trim() || null }));
}
