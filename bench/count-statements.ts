import fs from 'node:fs';
import pg from 'pg';

/*
 * Preloaded into the benchmark's server process (node --import tsx --import ./bench/count-statements.ts):
 * counts the statements the process sends to PostgreSQL — every one is a round trip, BEGIN and
 * COMMIT included — by the first words of their text. On SIGUSR2 the counts go to
 * BENCH_STATEMENTS_FILE as JSON { total, byText }.
 */
const counts = new Map<string, number>();
let total = 0;
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const first = args[0];
  const text = typeof first === 'string' ? first : ((first as { text?: string } | null)?.text ?? '?');
  const key = text.replace(/\s+/g, ' ').trim().slice(0, 90);
  counts.set(key, (counts.get(key) ?? 0) + 1);
  total++;
  return query.apply(this, args);
} as typeof pg.Client.prototype.query;

process.on('SIGUSR2', () => {
  const file = process.env.BENCH_STATEMENTS_FILE;
  if (file) fs.writeFileSync(file, JSON.stringify({ total, byText: Object.fromEntries(counts) }));
});
