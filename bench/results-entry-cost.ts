import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { KEYS, SERVER_APP_NAME, startWorkload } from './results-entry-setup';

/*
 * npx tsx bench/results-entry-cost.ts [--requests=2000] [--concurrency=8]
 *
 * What one PUT /api/results costs, in figures that do not depend on how busy the machine is (the
 * latency bench does): CPU time of the server process and of its PostgreSQL backends per request,
 * and statements (round trips) per request, counted in the server by bench/count-statements.ts.
 * Closed loop (a fixed number of requests in flight) after a warm-up, once for results created and
 * once for results changed (with their history row).
 */
const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const REQUESTS = Number(arg('requests', '2000'));
const CONCURRENCY = Number(arg('concurrency', '8'));
const WARMUP = 400;
if (WARMUP + REQUESTS > KEYS) throw new Error(`--requests tối đa ${KEYS - WARMUP}`);

const statementsFile = path.join(os.tmpdir(), `thidua-statements-${process.pid}.json`);
// BENCH_CPU_PROF=dir: the server also writes a V8 CPU profile there when it stops.
const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
const w = await startWorkload({ nodeArgs: ['--import', './bench/count-statements.ts', ...profile], env: { BENCH_STATEMENTS_FILE: statementsFile } });
const TICK_MS = 1000 / 100; // USER_HZ on Linux

/** utime + stime of a process in ms, or null when it is gone. */
function cpuMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return null;
  }
}
async function backends(): Promise<number[]> {
  const { rows } = await sql<{ pid: number }>`select pid from pg_stat_activity where application_name = ${SERVER_APP_NAME}`.execute(w.target.db);
  return rows.map((r) => r.pid);
}
async function statements(): Promise<{ total: number; byText: Record<string, number> }> {
  fs.rmSync(statementsFile, { force: true });
  w.server.kill('SIGUSR2');
  for (let i = 0; i < 100 && !fs.existsSync(statementsFile); i++) await new Promise((r) => setTimeout(r, 20));
  return JSON.parse(fs.readFileSync(statementsFile, 'utf8')) as { total: number; byText: Record<string, number> };
}

async function closedLoop(from: number, count: number): Promise<number> {
  let next = from;
  let errors = 0;
  const worker = async () => {
    while (next < from + count) if (!(await w.viaHttp(next++))) errors++;
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return errors;
}

interface Cost {
  label: string;
  serverCpuMs: number;
  pgCpuMs: number;
  /** This process: the load generator's own cost, which shares the machine too. */
  clientCpuMs: number;
  statements: number;
  errors: number;
  wallMs: number;
  byText: Record<string, number>;
}
async function measure(label: string, from: number): Promise<Cost> {
  const pids = await backends();
  const pg0 = new Map(pids.map((p) => [p, cpuMs(p)]));
  const s0 = await statements();
  const c0 = cpuMs(w.server.pid!)!;
  const own0 = process.cpuUsage();
  const t0 = performance.now();
  const errors = await closedLoop(from, REQUESTS);
  const wallMs = performance.now() - t0;
  const own = process.cpuUsage(own0);
  const c1 = cpuMs(w.server.pid!)!;
  const s1 = await statements();
  let pg = 0;
  for (const pid of await backends()) pg += (cpuMs(pid) ?? 0) - (pg0.get(pid) ?? 0);
  const byText: Record<string, number> = {};
  for (const [k, v] of Object.entries(s1.byText)) {
    const d = (v - (s0.byText[k] ?? 0)) / REQUESTS;
    if (d > 0) byText[k] = Number(d.toFixed(2));
  }
  return { label, serverCpuMs: (c1 - c0) / REQUESTS, pgCpuMs: pg / REQUESTS, clientCpuMs: (own.user + own.system) / 1000 / REQUESTS, statements: (s1.total - s0.total) / REQUESTS, errors, wallMs, byText };
}

await closedLoop(0, WARMUP); // JIT, pool connections, plan caches
const created = await measure('tạo mới', WARMUP);
await closedLoop(KEYS, WARMUP); // changes of the first results: warm the update path
const changed = await measure('sửa (có lịch sử)', KEYS + WARMUP);
await w.stop();
fs.rmSync(statementsFile, { force: true });

console.info(`\nChi phí một yêu cầu PUT /api/results: ${REQUESTS} yêu cầu mỗi loại, ${CONCURRENCY} yêu cầu đồng thời; tải máy: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.info('| loại | CPU máy chủ (ms/yêu cầu) | CPU PostgreSQL (ms/yêu cầu) | cộng | CPU bộ tạo tải (ms/yêu cầu) | câu lệnh SQL/yêu cầu | lỗi | yêu cầu/s (đóng) |');
console.info('|---|---|---|---|---|---|---|---|');
for (const c of [created, changed])
  console.info(`| ${c.label} | ${c.serverCpuMs.toFixed(2)} | ${c.pgCpuMs.toFixed(2)} | ${(c.serverCpuMs + c.pgCpuMs).toFixed(2)} | ${c.clientCpuMs.toFixed(2)} | ${c.statements.toFixed(2)} | ${c.errors} | ${((REQUESTS * 1000) / c.wallMs).toFixed(0)} |`);
if (process.argv.includes('--statements')) for (const c of [created, changed]) console.info(c.label, c.byText);
process.exit(0);
