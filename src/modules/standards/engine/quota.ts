import { formatNumberVi } from './format';

export interface QuotaInput {
  /** "không quá 10 tập thể": an absolute cap; null = none. */
  absolute: number | null;
  /** "không quá 15 % số LĐTT": a percentage cap of `base`; null = none. */
  percent: number | null;
  /** What the percentage is of (number of LĐTT, of members, of those proposed…). */
  base: number | null;
}

export interface QuotaCap {
  /** The number allowed; null = no cap at all. */
  cap: number | null;
  /** "15% × 23 = 3,45 → 03 (làm tròn xuống); không quá 10 → 03". */
  reason: string;
}

/**
 * floor(base × percent / 100) without float surprises: 15% of 20 is 3, not 2.9999…. Percentages are
 * taken to 4 decimals (33,3333%), so the product is computed on integers.
 */
export function floorPercent(base: number, percent: number): number {
  const scaledPercent = Math.round(percent * 10_000);
  return Math.floor((base * scaledPercent) / 1_000_000);
}

/** The quota: the smaller of the absolute cap and the floor-rounded percentage cap (issue 5: floor rounding). */
export function quotaCap(q: QuotaInput): QuotaCap {
  const parts: string[] = [];
  let cap: number | null = null;
  if (q.percent !== null) {
    if (q.base === null) return { cap: 0, reason: `Chưa có số làm căn cứ tính tỷ lệ ${formatNumberVi(q.percent)}% — chưa có dữ liệu` };
    const p = floorPercent(q.base, q.percent);
    parts.push(`${formatNumberVi(q.percent)}% × ${q.base} = ${formatNumberVi((q.base * q.percent) / 100)} → ${p} (làm tròn xuống)`);
    cap = p;
  }
  if (q.absolute !== null) {
    parts.push(`không quá ${q.absolute}`);
    cap = cap === null ? q.absolute : Math.min(cap, q.absolute);
  }
  if (cap === null) return { cap: null, reason: 'Không giới hạn số lượng' };
  // A lone absolute cap explains itself; "không quá 3 → tối đa 3" would only repeat it.
  if (q.percent === null) return { cap, reason: `không quá ${cap}` };
  return { cap, reason: `${parts.join('; ')} → tối đa ${cap}` };
}

/** Whether one more nominee fits: used = already proposed. */
export const withinQuota = (q: QuotaCap, used: number): boolean => q.cap === null || used < q.cap;

/** The plan's quota of an award (elements.schema quotaSchema), as plain data. */
export interface PlanQuota {
  mode: 'max' | 'exact' | 'allocated' | 'discretionary' | 'none';
  collectives: number | null;
  individuals: number | null;
  percent: number | null;
  by: string | null;
}

/**
 * The cap a plan's quota sets for one kind of nominee. `base` is what a percentage is of (members,
 * those proposed…); `allocated` is the number an upper body allocated, for mode 'allocated'.
 * Households are counted with individuals.
 */
export function planQuotaCap(q: PlanQuota, subject: 'individual' | 'collective' | 'household', opts: { base?: number | null; allocated?: number | null } = {}): QuotaCap {
  if (q.mode === 'none') return { cap: null, reason: 'Kế hoạch không giới hạn số lượng' };
  if (q.mode === 'discretionary') return { cap: null, reason: 'Số lượng do người có thẩm quyền quyết định' };
  if (q.mode === 'allocated') {
    const by = q.by ? ` do ${q.by}` : '';
    if (opts.allocated === null || opts.allocated === undefined) return { cap: null, reason: `Chỉ tiêu${by} phân bổ — chưa nhập số lượng được phân bổ` };
    return { cap: opts.allocated, reason: `Chỉ tiêu${by} phân bổ: ${opts.allocated}` };
  }
  const absolute = subject === 'collective' ? q.collectives : q.individuals;
  const r = quotaCap({ absolute, percent: q.percent, base: opts.base ?? null });
  if (q.mode === 'exact' && r.cap !== null) return { cap: r.cap, reason: q.percent === null ? `kế hoạch chọn đúng ${r.cap}` : `${r.reason} (kế hoạch nêu đúng số lượng)` };
  return r;
}
