import { floorPercent, planQuotaCap, type PlanQuota, type QuotaCap } from '../standards/engine/quota';

export type SubjectKind = 'individual' | 'collective';

export interface CountedNomination {
  awardKey: string | null;
  catalogueCode: string;
  subjectKind: SubjectKind;
}

/** How many nominations hold each (award offer, subject kind): "khen-thuong-xa|individual" → 3. */
export function countByOffer(rows: readonly CountedNomination[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) {
    if (r.awardKey === null) continue;
    const k = `${r.awardKey}|${r.subjectKind}`;
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

export const subjectWords: Record<SubjectKind, string> = { individual: 'cá nhân', collective: 'tập thể' };

/**
 * The plan's cap for one award offer and subject kind. A percentage is of `base` (the people, or
 * the units, below the unit that considers the batch); floor rounding (quota.ts).
 */
export function offerCap(quota: PlanQuota, subject: SubjectKind, base: number | null): QuotaCap {
  return planQuotaCap(quota, subject, { base });
}

/** "Vượt số lượng …" when `used` (counting the batch being sent) is above the cap; null when it fits. */
export function quotaProblem(awardName: string, subject: SubjectKind, cap: QuotaCap, used: number): string | null {
  if (cap.cap === null || used <= cap.cap) return null;
  return `Vượt số lượng đề nghị «${awardName}» cho ${subjectWords[subject]}: ${used} đề nghị, tối đa ${cap.cap} (${cap.reason}).`;
}

/** The law's own cap (CSTĐCS ≤ 15% số LĐTT), floor-rounded. */
export function legalQuotaProblem(awardName: string, percent: number, percentOf: string, base: number, used: number): string | null {
  const cap = floorPercent(base, percent);
  if (used <= cap) return null;
  return `Vượt tỷ lệ theo quy định đối với «${awardName}»: ${used} đề nghị, tối đa ${cap} (${String(percent).replace('.', ',')}% × ${base} ${percentOf}, làm tròn xuống).`;
}
