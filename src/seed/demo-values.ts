import type { Target } from '../modules/movements/model/target';
import type { ResultValue } from '../modules/scoring';

/**
 * Plausible, varied and reproducible demo values. Every draw comes from a generator seeded by a name
 * ("001:QNG-TRABONG-TRALAM-VPTK:d"), so a value does not change when units or criteria are added.
 */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** mulberry32: small, fast and good enough for demo data. */
export function randomFor(seed: string): () => number {
  let a = hash(seed);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** How well a unit does overall, 0–1: good units meet more targets, by a wider margin. */
export const unitQuality = (seed: string) => 0.15 + 0.85 * randomFor(`quality:${seed}`)();

/**
 * A value for a criterion measured as a percentage, a count, a score or yes/no: met with a
 * probability rising with the unit's quality, missed by a few points otherwise. Null for the
 * measures the demo fills from elsewhere (ranks and bands come from index scores).
 */
export function demoValue(target: Target, quality: number, seed: string): ResultValue | null {
  const r = randomFor(seed);
  const met = r() < 0.4 + 0.55 * quality;
  const x = r();
  switch (target.measure) {
    case 'percent': {
      const v = target.value;
      if (met) {
        const floor = target.comparator === 'gt' ? Math.min(100, v + 0.1) : v;
        return { measure: 'percent', value: round1(Math.min(100, floor + (100 - floor) * x)) };
      }
      return { measure: 'percent', value: round1(Math.max(0, v - 0.5 - 14 * x)) };
    }
    case 'count':
      return { measure: 'count', value: met ? target.value + Math.floor(3 * x) : Math.max(0, target.value - 1 - Math.floor(target.value * x * 0.5)) };
    case 'score': {
      const top = target.max ?? target.value * 1.2;
      return { measure: 'score', value: round1(met ? target.value + (top - target.value) * x : target.value * (0.6 + 0.35 * x)) };
    }
    case 'boolean':
      return { measure: 'boolean', value: met === target.value };
    default:
      return null;
  }
}

/** Scores of a peer group on a 100-point index, best first, with the rank of total; no ties. */
export function rankedScores(codes: readonly string[], seed: string, spread: { min: number; max: number }): { code: string; score: number; rank: number; of: number }[] {
  const scored = codes.map((code) => {
    const q = unitQuality(code);
    const noise = randomFor(`${seed}:${code}`)();
    return { code, score: round1(spread.min + (spread.max - spread.min) * (0.7 * q + 0.3 * noise)) };
  });
  scored.sort((a, b) => b.score - a.score || (a.code < b.code ? -1 : 1));
  // Distinct scores, so the published ranks need no tie rule.
  for (let i = 1; i < scored.length; i++) if (scored[i]!.score >= scored[i - 1]!.score) scored[i]!.score = round1(scored[i - 1]!.score - 0.1);
  return scored.map((s, i) => ({ ...s, rank: i + 1, of: scored.length }));
}

/** Moves one unit to a given rank (the plan's own xã, whose rank the demo shows), keeping the scores in order. */
export function placeAt<T extends { code: string; score: number; rank: number }>(ranked: T[], code: string, rank: number): T[] {
  const codes = ranked.map((r) => r.code).filter((c) => c !== code);
  codes.splice(rank - 1, 0, code);
  return codes.map((c, i) => ({ ...ranked.find((r) => r.code === c)!, code: c, score: ranked[i]!.score, rank: i + 1 }));
}

/** Notes an officer writes when the evidence is still to come. */
export const evidenceFreeNotes = [
  'Số liệu trích từ Hệ thống thông tin giải quyết TTHC của tỉnh; minh chứng sẽ bổ sung.',
  'Theo báo cáo tổng hợp của bộ phận Một cửa đến ngày 15/12.',
  'Chưa có biên bản kiểm tra; đơn vị cam kết số liệu đúng thực tế.',
  'Số liệu ước thực hiện cả năm.',
];
