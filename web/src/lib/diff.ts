import { vi } from '../../i18n/vi';
import { formatDate } from './dates';

export interface DiffRow {
  key: string;
  before: string;
  after: string;
  changed: boolean;
}

/** Turns a stored value into text for one field; undefined = use the default rendering. */
export type ValueText = (key: string, value: unknown) => string | undefined;

function show(key: string, value: unknown, text?: ValueText): string {
  if (value === undefined) return '';
  if (value === null) return '—';
  const custom = text?.(key, value);
  if (custom !== undefined) return custom;
  if (typeof value === 'boolean') return value ? vi.common.yes : vi.common.no;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  if (Array.isArray(value)) return value.map((v) => show(key, v, text)).join(', ');
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
export function diffAudit(before: unknown, after: unknown, text?: ValueText): DiffRow[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return keys.map((key) => ({
    key,
    before: b ? show(key, b[key], text) : '',
    after: a ? show(key, a[key], text) : '',
    changed: JSON.stringify(b?.[key]) !== JSON.stringify(a?.[key]),
  }));
}

/**
 * "Đơn vị: Xã Trà Lâm" when the audited row names itself (or is the unit the row belongs to), else
 * "Đơn vị #12".
 */
export function auditObjectName(e: {
  entity: string;
  entityLabel: string;
  entityId: string | null;
  unitId: number | null;
  unitName: string | null;
  before: unknown;
  after: unknown;
}): string {
  const named = (v: unknown) => {
    const r = asRecord(v);
    const name = r?.name ?? r?.fullName;
    return typeof name === 'string' && name ? name : undefined;
  };
  const ownUnit = e.entity === 'unit' && e.unitId !== null && String(e.unitId) === e.entityId ? e.unitName : null;
  const name = named(e.after) ?? named(e.before) ?? ownUnit ?? undefined;
  if (name) return `${e.entityLabel}: ${name}`;
  return e.entityId ? `${e.entityLabel} #${e.entityId}` : e.entityLabel;
}
