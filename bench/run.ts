import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Engine } from '../src/db/database';
import { DEFAULT_PG_URL, openFreshDatabase, serverReachable } from './engines';
import { DEFAULT_SEED, generateOrg, scales, type Org, type ScaleName } from './generate-org';
import { loadOrg } from './load';
import { measurePair } from './measure';
import { measureOneByOne } from './one-by-one';
import { machine, markdownTable, writeResults, type EngineResult, type FigureResult } from './report';
import { scenarios, type Answer } from './scenarios';

// npm run bench -- --scale=country|province|small --engine=pglite|postgres|both [--pglite-scale=…] [--runs=N] [--seed=N]
const usage = `Cách dùng: npm run bench -- [--scale=country|province|small] [--engine=pglite|postgres|both]
                       [--pglite-scale=country|province|small] [--runs=30] [--seed=${DEFAULT_SEED}]`;

/** Common, medium and rare: a tenth of the country is "Nguyễn Văn …", a handful are "Khổng Thị …". */
const SEARCHES = ['nguyen van', 'tran thi hoa', 'khong thi'];
const PAGE_SIZE = 50;
const WARMUP = 3;
const ONE_BY_ONE_UNITS = 1_000;

interface Options {
  scale: ScaleName;
  pgliteScale: ScaleName;
  engines: Engine[];
  runs: number;
  seed: number;
}

const KNOWN = ['scale', 'pglite-scale', 'engine', 'runs', 'seed'];

function parseArgs(argv: string[]): Options {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.info(usage);
    process.exit(0);
  }
  const args = new Map<string, string>();
  for (const a of argv) {
    const m = /^--([a-z-]+)=(.+)$/.exec(a);
    if (!m || !KNOWN.includes(m[1] as string)) throw new Error(`Tham số không hợp lệ: ${a}\n${usage}`);
    args.set(m[1] as string, m[2] as string);
  }
  const runs = Number(args.get('runs') ?? 30);
  const seed = Number(args.get('seed') ?? DEFAULT_SEED);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`Số lần đo phải là số nguyên dương: ${args.get('runs')}`);
  if (!Number.isInteger(seed)) throw new Error(`Hạt giống phải là số nguyên: ${args.get('seed')}`);
  const scaleOf = (v: string | undefined, fallback: ScaleName): ScaleName => {
    const s = v ?? fallback;
    if (!(s in scales)) throw new Error(`Quy mô không hợp lệ: ${s}\n${usage}`);
    return s as ScaleName;
  };
  const engine = args.get('engine') ?? 'both';
  if (!['pglite', 'postgres', 'both'].includes(engine)) throw new Error(`Máy CSDL không hợp lệ: ${engine}\n${usage}`);
  const scale = scaleOf(args.get('scale'), 'country');
  return {
    scale,
    // PGlite holds the whole country (about 7 minutes on 2 cores); --pglite-scale makes its share shorter.
    pgliteScale: scaleOf(args.get('pglite-scale'), scale),
    engines: engine === 'both' ? ['postgres', 'pglite'] : [engine as Engine],
    runs,
    seed,
  };
}

const info = (message: string) => console.info(message);

async function benchEngine(engine: Engine, org: Org, runs: number, serverUrl: string): Promise<EngineResult> {
  info(`\n[${engine}] quy mô ${org.scale.name}: tạo cơ sở dữ liệu mới…`);
  const target = await openFreshDatabase(engine, serverUrl);
  try {
    const t0 = performance.now();
    const loaded = await loadOrg(target, org, (m) => info(`${m} (${((performance.now() - t0) / 1000).toFixed(0)} s)`));
    const totalMs = performance.now() - t0;
    const t1 = performance.now();
    // A bulk load leaves no statistics and a GIN pending list; measure the steady state an operator gets.
    await target.raw.query('vacuum analyze');
    const vacuumAnalyzeMs = performance.now() - t1;

    const province = largestProvince(org);
    const provinceRoot = org.units.find((u) => u.province === province && u.parent === null);
    if (!provinceRoot) throw new Error('generator produced a province without a root unit');
    const input = {
      db: target.db,
      raw: target.raw,
      province: { id: loaded.unitIds[provinceRoot.index] as number, path: loaded.unitPaths[provinceRoot.index] as string },
      pageSize: PAGE_SIZE,
      searches: SEARCHES,
    };
    const figures: FigureResult[] = [];
    for (const s of scenarios(input)) {
      const [a, h] = [await s.app(), await s.hand()];
      assertSameAnswer(s.key, a, h);
      info(`  đo: ${s.label}…`);
      const stats = await measurePair(runs, WARMUP, s.app, s.hand);
      figures.push({ key: s.key, label: s.label, matches: a.total ?? a.ids.length, stats, plan: await s.plan() });
    }
    // After the reads: the rolled-back rows leave dead tuples behind.
    info('  đo: tạo đơn vị từng cái một (insertUnit)…');
    const oneByOne = await measureOneByOne(target, { ...input.province, depth: 0 }, ONE_BY_ONE_UNITS);
    const [size] = await target.raw.query<{ size: string }>('select pg_size_pretty(pg_database_size(current_database())) as size');
    const inProvince = org.units.filter((u) => u.province === province);
    return {
      engine,
      scale: org.scale.name,
      units: org.units.length,
      people: org.scale.people,
      province: {
        name: provinceRoot.name,
        units: inProvince.length,
        people: inProvince.reduce((n, u) => n + u.people, 0),
      },
      load: { units: loaded.units, people: loaded.people, oneByOne, vacuumAnalyzeMs, totalMs },
      figures,
      databaseSize: size?.size ?? '?',
    };
  } finally {
    await target.close();
  }
}

function largestProvince(org: Org): number {
  const people = new Map<number, number>();
  for (const u of org.units) people.set(u.province, (people.get(u.province) ?? 0) + u.people);
  return [...people.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

function assertSameAnswer(key: string, a: Answer, h: Answer): void {
  if (a.total !== h.total || a.ids.join(',') !== h.ids.join(',')) {
    throw new Error(`${key}: the app and the hand-written SQL disagree (app ${a.ids.length}/${a.total}, hand ${h.ids.length}/${h.total})`);
  }
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const loadAtStart = os.loadavg()[0] ?? 0;
  const serverUrl = process.env.DATABASE_URL ?? DEFAULT_PG_URL;
  let engines = opts.engines;
  if (engines.includes('postgres') && !(await serverReachable(serverUrl))) {
    if (opts.engines.length === 1) throw new Error(`Không kết nối được PostgreSQL tại ${serverUrl}`);
    console.warn(`Không kết nối được PostgreSQL tại ${serverUrl}: chỉ đo PGlite.`);
    engines = ['pglite'];
  }
  const results: EngineResult[] = [];
  for (const engine of engines) {
    const scale = scales[engine === 'pglite' ? opts.pgliteScale : opts.scale];
    results.push(await benchEngine(engine, generateOrg(scale, opts.seed), opts.runs, serverUrl));
  }
  const all = {
    date: new Date().toISOString(),
    machine: machine(),
    loadAverage: { start: loadAtStart, end: os.loadavg()[0] ?? 0 },
    seed: opts.seed,
    runs: opts.runs,
    results,
  };
  const here = path.dirname(fileURLToPath(import.meta.url));
  const file = writeResults(path.join(here, 'results'), all);
  const m = all.machine;
  info(`\n## ${all.date.slice(0, 10)} — ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}; ${opts.runs} runs per figure; load average ${all.loadAverage.start.toFixed(1)} → ${all.loadAverage.end.toFixed(1)}\n`);
  for (const r of results) info(`${markdownTable(r)}\n`);
  info(`Kết quả: ${path.relative(process.cwd(), file)}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
