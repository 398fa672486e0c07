import type { PlanContent } from './model/plan-content.schema';

/** Every string of the value folded to NFC (Word and PDFs hand us NFD too); structure unchanged. */
export function toNfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((v: unknown) => toNfc(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNfc(v)])) as T;
  }
  return value;
}

/** A plan as stored: validated content with all its text in NFC, so search and documents agree. */
export const normalizePlan = (content: PlanContent): PlanContent => toNfc(content);
