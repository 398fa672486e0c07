/** Latency of one figure: the app's query and the hand-written one, run alternately on the same data. */
export interface PairStats {
  runs: number;
  app: { p50: number; p95: number };
  hand: { p50: number; p95: number };
  /** app p50 / hand p50: how much the app's code costs over the plainest SQL for the same answer. */
  ratio: number;
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  // Nearest rank: p95 of 30 runs is the 29th fastest, a real observation, not an interpolation.
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/**
 * Runs app and hand one after the other `runs` times after `warmup` unmeasured rounds, so caches and
 * plans are warm for both and neither always goes first.
 */
export async function measurePair(
  runs: number,
  warmup: number,
  app: () => Promise<unknown>,
  hand: () => Promise<unknown>,
): Promise<PairStats> {
  for (let i = 0; i < warmup; i++) {
    await app();
    await hand();
  }
  const a: number[] = [];
  const h: number[] = [];
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? [app, hand] : [hand, app];
    for (const fn of order) {
      const t0 = performance.now();
      await fn();
      (fn === app ? a : h).push(performance.now() - t0);
    }
  }
  const stats = (s: number[]) => ({ p50: percentile(s, 50), p95: percentile(s, 95) });
  const appStats = stats(a);
  const handStats = stats(h);
  return { runs, app: appStats, hand: handStats, ratio: appStats.p50 / handStats.p50 };
}
