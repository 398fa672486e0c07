import { vi } from '../../i18n/vi';

export interface DiffRow {
  key: string;
  before: string;
  after: string;
  changed: boolean;
}

function show(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? vi.common.yes : vi.common.no;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function asRecord(value: unknown): Record<string, unknown> | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  return { value };
}

/**
 * Field-by-field comparison of an audit row's before/after. A creation has no "before", a deletion no
 * "after"; both still list every field so the reader sees what was written or removed.
 */
export function diffAudit(before: unknown, after: unknown): DiffRow[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return keys.map((key) => {
    const bv = b ? show(b[key]) : '';
    const av = a ? show(a[key]) : '';
    return { key, before: bv, after: av, changed: JSON.stringify(b?.[key]) !== JSON.stringify(a?.[key]) };
  });
}
