import fs from 'node:fs';
import os from 'node:os';
import type { Engine } from '../src/db/database';
import type { LoadResult } from './load';
import type { PairStats } from './measure';
import type { ScaleName } from './generate-org';

export interface FigureResult {
  key: string;
  label: string;
  /** Rows the question matches (total of the paginated list), so a figure can be read with its size. */
  matches: number;
  stats: PairStats;
  /** EXPLAIN ANALYZE of the hand-written statement, to read a figure with its plan. */
  plan: string;
}

export interface EngineResult {
  engine: Engine;
  scale: ScaleName;
  units: number;
  people: number;
  province: { name: string; units: number; people: number };
  load: {
    units: LoadResult['units'];
    people: LoadResult['people'];
    /** insertUnit, one unit at a time, rolled back afterwards. */
    oneByOne: LoadResult['units'];
    vacuumAnalyzeMs: number;
    totalMs: number;
  };
  figures: FigureResult[];
  databaseSize: string;
}

export interface BenchResults {
  date: string;
  machine: { cpu: string; cores: number; memoryGiB: number; node: string; platform: string };
  /** 1-minute load average at the start and end: the machine is shared, so figures are read with it. */
  loadAverage: { start: number; end: number };
  seed: number;
  runs: number;
  results: EngineResult[];
}

export function machine(): BenchResults['machine'] {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const rate = (rows: number, millis: number) => Math.round((rows / millis) * 1000).toLocaleString('en-US');
const ratio = (r: number) => `${r.toFixed(2)}×`;

/** A Markdown table: readable on stdout and pasted as is into BENCHMARKS.md. */
export function markdownTable(r: EngineResult): string {
  const lines = [
    `### ${r.engine === 'pglite' ? 'PGlite' : 'PostgreSQL'} — scale ${r.scale}: ${r.units.toLocaleString('en-US')} units, ${r.people.toLocaleString('en-US')} people (${r.databaseSize})`,
    '',
    `Province measured: ${r.province.name} (${r.province.units.toLocaleString('en-US')} units, ${r.province.people.toLocaleString('en-US')} people).`,
    '',
    '| figure | matches | app p50 | app p95 | hand p50 | hand p95 | app/hand |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const f of r.figures) {
    const s = f.stats;
    lines.push(
      `| ${f.label} | ${f.matches.toLocaleString('en-US')} | ${ms(s.app.p50)} ms | ${ms(s.app.p95)} ms | ${ms(s.hand.p50)} ms | ${ms(s.hand.p95)} ms | ${ratio(s.ratio)} |`,
    );
  }
  const l = r.load;
  const loadRow = (name: string, t: LoadResult['units']) => {
    const rows = t.app.rows + t.hand.rows;
    // Time per row, app over hand: the same reading as the query ratio.
    const appOverHand = t.app.ms / t.app.rows / (t.hand.ms / t.hand.rows);
    return `| ${name} | ${rows.toLocaleString('en-US')} | ${rate(t.app.rows, t.app.ms)} | ${rate(t.hand.rows, t.hand.ms)} | ${rate(rows, t.app.ms + t.hand.ms)} | ${ratio(appOverHand)} |`;
  };
  lines.push(
    '',
    '| bulk load | rows | app rows/s | hand rows/s | overall rows/s | app/hand |',
    '|---|---:|---:|---:|---:|---:|',
    loadRow('units (import writer: reserveIds + insertUnits, 1,000-row statements)', l.units),
    loadRow('people (insertPeople, 2,000-row statements)', l.people),
    loadRow('units one at a time (insertUnit: 3 statements each)', l.oneByOne),
  );
  lines.push(
    '',
    `Load: ${(l.totalMs / 1000).toFixed(1)} s in all, then VACUUM ANALYZE ${(l.vacuumAnalyzeMs / 1000).toFixed(1)} s. ` +
      'Ratios: app p50 / hand p50 for queries, app time per row / hand time per row for loads.',
  );
  return lines.join('\n');
}

export function writeResults(dir: string, results: BenchResults): string {
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = `${dir}/${stamp}-${results.results.map((r) => `${r.engine}-${r.scale}`).join('_')}.json`;
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
