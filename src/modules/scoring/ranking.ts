/**
 * Ranking within a peer group (e.g. the 16 xã, thị trấn of a huyện) and the self-score gap.
 * Ties share a rank and the next rank skips (competition ranking 1, 2, 2, 4), as the "xếp thứ 5–6/16"
 * of seed 001 reads: two units on the same score both stand 5th.
 */
export interface RankInput {
  id: string | number;
  name: string;
  total: number;
}

export interface Ranked<T extends RankInput> {
  entry: T;
  rank: number;
  of: number;
  /** Another participant has the same total. */
  tied: boolean;
  /** "xếp thứ 5/16", "xếp thứ 2/16 (đồng hạng)". */
  label: string;
}

// One collator: localeCompare('vi') builds one per call, far too slow for 3,300 names.
const vietnamese = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });
export const compareVietnamese = (a: string, b: string): number => vietnamese.compare(a, b);

// Totals are equal when equal as published (2 decimals): 0.1 + 0.2 must tie with 0.3.
const published = (n: number) => Math.round(n * 100);

export function formatRank(rank: number, of: number, tied = false): string {
  return `xếp thứ ${rank}/${of}${tied ? ' (đồng hạng)' : ''}`;
}

/** Best first: total descending; ties ordered by Vietnamese name, then id, so the order never changes between runs. */
export function rankPeerGroup<T extends RankInput>(entries: readonly T[]): Ranked<T>[] {
  const keyed = entries.map((entry) => ({ entry, key: published(entry.total) }));
  keyed.sort((a, b) => b.key - a.key || vietnamese.compare(a.entry.name, b.entry.name) || String(a.entry.id).localeCompare(String(b.entry.id)));
  const of = keyed.length;
  const out: Ranked<T>[] = new Array(of);
  let rank = 0;
  for (let i = 0; i < of; i++) {
    const cur = keyed[i]!;
    if (i === 0 || cur.key !== keyed[i - 1]!.key) rank = i + 1;
    const tied = (i > 0 && keyed[i - 1]!.key === cur.key) || (i + 1 < of && keyed[i + 1]!.key === cur.key);
    out[i] = { entry: cur.entry, rank, of, tied, label: formatRank(rank, of, tied) };
  }
  return out;
}

/** Ranks every peer group separately: groupOf names the group (the parent huyện, the kind of unit…). */
export function rankByGroup<T extends RankInput>(entries: readonly T[], groupOf: (e: T) => string | number): Map<string | number, Ranked<T>[]> {
  const groups = new Map<string | number, T[]>();
  for (const e of entries) {
    const g = groupOf(e);
    const list = groups.get(g);
    if (list) list.push(e);
    else groups.set(g, [e]);
  }
  const out = new Map<string | number, Ranked<T>[]>();
  for (const [g, list] of groups) out.set(g, rankPeerGroup(list));
  return out;
}

export interface ScorePair {
  id: string | number;
  name: string;
  self: number;
  appraised: number;
}

/**
 * Which units' self-scores run high (tự chấm cao hơn kết quả thẩm định). Rule, both parts a setting:
 * a unit is flagged when its gap (self − appraised) is positive AND either exceeds `threshold` points
 * or exceeds the group's mean gap + `sdFactor` population standard deviations. The absolute part
 * catches a whole group inflating its scores; the statistical part catches the outlier in a group
 * whose gaps are all small. Set sdFactor null to use the threshold alone.
 */
export interface GapSettings {
  threshold: number;
  sdFactor: number | null;
  source: string;
}
export const defaultGapSettings: GapSettings = {
  threshold: 10,
  sdFactor: 1,
  source: 'Thiết lập mặc định của hệ thống: chênh lệch trên 10 điểm, hoặc trên mức chênh lệch trung bình của nhóm + 1 độ lệch chuẩn',
};

export interface GapRow extends ScorePair {
  gap: number;
  runsHigh: boolean;
  /** Why flagged, in Vietnamese; empty when not. */
  why: string[];
}

export interface GapReport {
  rows: GapRow[];
  meanGap: number;
  sdGap: number;
  runHigh: GapRow[];
  settings: GapSettings;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const fmt = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export function selfScoreGaps(pairs: readonly ScorePair[], settings: GapSettings = defaultGapSettings): GapReport {
  const gaps = pairs.map((p) => round2(p.self - p.appraised));
  const n = gaps.length;
  const mean = n === 0 ? 0 : gaps.reduce((s, g) => s + g, 0) / n;
  const sd = n === 0 ? 0 : Math.sqrt(gaps.reduce((s, g) => s + (g - mean) ** 2, 0) / n);
  const statLimit = settings.sdFactor === null ? null : round2(mean + settings.sdFactor * sd);
  const rows: GapRow[] = pairs.map((p, i) => {
    const gap = gaps[i]!;
    const why: string[] = [];
    if (gap > 0 && gap > settings.threshold) why.push(`tự chấm cao hơn thẩm định ${fmt.format(gap)} điểm, vượt ngưỡng ${fmt.format(settings.threshold)} điểm`);
    if (gap > 0 && statLimit !== null && gap > statLimit && n > 1)
      why.push(`chênh lệch ${fmt.format(gap)} điểm, cao hơn mức trung bình của nhóm cộng ${fmt.format(settings.sdFactor ?? 0)} độ lệch chuẩn (${fmt.format(statLimit)} điểm)`);
    return { ...p, gap, runsHigh: why.length > 0, why };
  });
  const runHigh = rows.filter((r) => r.runsHigh).sort((a, b) => b.gap - a.gap || vietnamese.compare(a.name, b.name));
  return { rows, meanGap: round2(mean), sdGap: round2(sd), runHigh, settings };
}
