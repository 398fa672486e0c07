/**
 * A small seeded generator (mulberry32): the synthetic organisation must be identical on every run
 * and every machine, so benchmark figures are comparable. Math.random() is never used.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by weight; `table` is built once by weighted() so each draw is a binary search. */
  pickWeighted<T>(table: WeightedTable<T>): T {
    const x = this.next() * table.total;
    let lo = 0;
    let hi = table.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((table.cumulative[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return table.items[lo] as T;
  }
}

export interface WeightedTable<T> {
  items: T[];
  cumulative: number[];
  total: number;
}

export function weighted<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  const cumulative: number[] = [];
  let total = 0;
  for (const [, w] of entries) {
    total += w;
    cumulative.push(total);
  }
  return { items: entries.map(([item]) => item), cumulative, total };
}

/** Derives an independent seed for a sub-stream (one per unit) so people can be generated lazily. */
export function deriveSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
