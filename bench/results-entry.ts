import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { SESSION_COOKIE } from '../src/http/app';
import { hashToken } from '../src/modules/auth/auth.service';
import { blankPlan } from '../src/modules/movements/model/plan-builder';
import { buildMovement, buildUnit, buildUser } from '../tests/factories';
import { DEFAULT_PG_URL, openFreshDatabase, serverReachable, type RawSql } from './engines';
import { percentile } from './measure';
import { machine } from './report';

/*
 * npx tsx bench/results-entry.ts [--rate=200] [--seconds=30] [--url=postgres://…]
 *
 * Results entry under load on PostgreSQL: the real server (`thidua serve`, its own process) and a
 * loopback load generator in this process sending PUT /api/results at a fixed rate (open loop: a
 * request leaves on its schedule whether or not earlier ones have answered, and its latency counts
 * from that schedule, so a stall is not hidden). 100 xã officers' sessions, 40 criteria: the first
 * 4,000 requests create results, later ones change them with the revision the server returned.
 * Then the same work as hand-written SQL (session, plan, registration, write + history + audit, read
 * back), at the same rate over the same pool size, for the ratio.
 */
const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const RATE = Number(arg('rate', '200'));
const SECONDS = Number(arg('seconds', '30'));
const SERVER_URL = arg('url', process.env.DATABASE_URL ?? DEFAULT_PG_URL);
const UNITS = 100;
const CRITERIA = 40;
const YEAR = new Date().getUTCFullYear();

if (!(await serverReachable(SERVER_URL))) {
  console.error(`Không kết nối được PostgreSQL ở ${SERVER_URL}: chạy máy chủ hoặc đặt --url=…`);
  process.exit(1);
}
const target = await openFreshDatabase('postgres', SERVER_URL);
const databaseUrl = new URL(SERVER_URL);
databaseUrl.pathname = `/${target.where.split('/').pop()}`;
const { db } = target;

// --- Data: a tỉnh's movement, 100 xã with approved registrations and one officer each -----------
const tinh = await buildUnit(db, { name: 'Tỉnh Thử Tải', kind: 'tinh' });
const criteria = Array.from({ length: CRITERIA }, (_, i) => ({
  key: `tc${i + 1}`,
  label: `${i + 1}.`,
  text: i % 2 === 0 ? `Tỷ lệ ${i + 1} đạt từ 80% trở lên` : `Ít nhất ${i} tin bài`,
  indicator: `Chỉ tiêu ${i + 1}`,
  target: i % 2 === 0 ? { measure: 'percent', comparator: 'gte', value: 80 } : { measure: 'count', comparator: 'gte', value: i },
  maxPoints: 2.5,
}));
const content = blankPlan({ issuerName: 'ỦY BAN NHÂN DÂN TỈNH', title: 'Phong trào thử tải nhập kết quả', year: YEAR, criteria } as Parameters<typeof blankPlan>[0]);
const movementId = (await buildMovement(db, { ownerUnitId: tinh.id, status: 'in_progress', content })).movement.id;
const units: number[] = [];
for (let h = 0; h < UNITS / 20; h++) {
  const huyen = await buildUnit(db, { name: `Huyện ${h + 1}`, kind: 'huyen', parentId: tinh.id });
  for (let x = 0; x < 20; x++) units.push((await buildUnit(db, { name: `Xã ${h + 1}.${x + 1}`, kind: 'xa', parentId: huyen.id })).id);
}
const now = new Date().toISOString();
await db
  .insertInto('registrations')
  .values(units.map((unitId) => ({ movement_id: movementId, unit_id: unitId, status: 'da_duyet', commitments: '', created_at: now, updated_at: now })))
  .execute();
const officers = await Promise.all(units.map((unitId) => buildUser(db, { role: 'unit_officer', unitId })));
await sql`analyze`.execute(db);

// --- The real server in its own process -------------------------------------------------------
const port = await new Promise<number>((resolve) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => {
    const p = (s.address() as net.AddressInfo).port;
    s.close(() => resolve(p));
  });
});
const base = `http://127.0.0.1:${port}`;
const server: ChildProcess = spawn(process.execPath, [...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []), '--import', 'tsx', 'src/cli.ts', 'serve'], {
  env: { ...process.env, DATABASE_URL: databaseUrl.toString(), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'production', DATA_DIR: '/tmp/thidua-bench-data' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
for (let i = 0; ; i++) {
  if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
  if (i > 300) throw new Error('Máy chủ không khởi động được');
  await new Promise((r) => setTimeout(r, 100));
}
// Sessions written as sign-in writes them: 100 sign-ins from one address would meet the login rate limit.
const cookies: string[] = [];
for (const o of officers) {
  const token = crypto.randomBytes(32).toString('base64url');
  await db.insertInto('sessions').values({ id: hashToken(token), user_id: o.id, expires_at: new Date(Date.now() + 3_600_000) }).execute();
  cookies.push(`${SESSION_COOKIE}=${token}`);
}

// --- Open-loop driver --------------------------------------------------------------------------
interface Run {
  latencies: number[];
  errors: number;
  seconds: number;
}
async function openLoop(total: number, send: (i: number) => Promise<boolean>): Promise<Run> {
  const latencies: number[] = [];
  let errors = 0;
  const t0 = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = t0 + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      send(i).then(
        (ok) => {
          latencies.push(performance.now() - due);
          if (!ok) errors++;
        },
        () => {
          latencies.push(performance.now() - due);
          errors++;
        },
      ),
    );
  }
  await Promise.all(pending);
  return { latencies, errors, seconds: (performance.now() - t0) / 1000 };
}

const keys = UNITS * CRITERIA;
const revisions = new Map<number, number>();
const valueOf = (i: number, c: number) => (c % 2 === 0 ? { measure: 'percent', value: 60 + (i % 41) } : { measure: 'count', value: i % 50 });
const keyOf = (i: number) => ({ u: i % UNITS, c: Math.floor(i / UNITS) % CRITERIA, k: i % keys });

// node:http with a keep-alive pool rather than fetch: the generator shares the two cores with the
// server and PostgreSQL, and fetch (undici) costs several times more CPU per request.
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
function put(path: string, cookie: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path, method: 'PUT', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function viaHttp(i: number): Promise<boolean> {
  const { u, c, k } = keyOf(i);
  const revision = revisions.get(k);
  const body = { movementId, unitId: units[u], criterionKey: `tc${c + 1}`, period: String(YEAR), value: valueOf(i, c), note: `Lần ${i}`, ...(revision ? { revision } : {}) };
  const res = await put('/api/results', cookies[u]!, JSON.stringify(body));
  const ok = res.status === 200;
  if (ok) revisions.set(k, (JSON.parse(res.text) as { revision: number }).revision);
  return ok;
}

// The same work by hand: who is signed in, the plan in force, the registration, the write with its
// history and audit row, and the row read back — no HTTP, no validation, no query builder.
async function viaSql(raw: RawSql, i: number): Promise<boolean> {
  const { u, c, k } = keyOf(i + keys * 10);
  await raw.transaction(async (q) => {
    await q.query(`select u.id, r.role, un.path from users u join user_roles r on r.user_id = u.id join units un on un.id = r.unit_id where u.id = $1`, [officers[u]!.id]);
    await q.query(`select m.*, o.path from movements m join units o on o.id = m.owner_unit_id where m.id = $1`, [movementId]);
    await q.query(`select content from movement_versions where movement_id = $1 and state = 'issued' order by version_no desc limit 1`, [movementId]);
    await q.query(`select status from registrations where movement_id = $1 and unit_id = $2`, [movementId, units[u]]);
    const [row] = await q.query<{ id: number; value: unknown; note: string | null; revision: number }>(
      `select id, value, note, revision from results where movement_id = $1 and unit_id = $2 and person_id is null and criterion_key = $3 and period = $4 for update`,
      [movementId, units[u], `tc${c + 1}`, `${YEAR}-Q${(Math.floor(k / 1000) % 4) + 1}`],
    );
    const value = JSON.stringify(valueOf(i, c));
    let id: number;
    if (row) {
      await q.query(`insert into result_history (result_id, revision, old_value, old_note, changed_by) values ($1, $2, $3, $4, $5)`, [row.id, row.revision, JSON.stringify(row.value), row.note, officers[u]!.id]);
      await q.query(`update results set value = $2, note = $3, revision = revision + 1, updated_by = $4, updated_at = now() where id = $1`, [row.id, value, `Lần ${i}`, officers[u]!.id]);
      id = row.id;
    } else {
      const [created] = await q.query<{ id: number }>(
        `insert into results (movement_id, unit_id, criterion_key, period, value, note, created_by, updated_by) values ($1, $2, $3, $4, $5, $6, $7, $7) returning id`,
        [movementId, units[u], `tc${c + 1}`, `${YEAR}-Q${(Math.floor(k / 1000) % 4) + 1}`, value, `Lần ${i}`, officers[u]!.id],
      );
      id = created!.id;
    }
    await q.query(`insert into audit_log (user_id, action, entity, entity_id, unit_id, after) values ($1, 'result.save', 'result', $2, $3, $4)`, [officers[u]!.id, String(id), units[u], value]);
    await q.query(`select r.*, un.name from results r join units un on un.id = r.unit_id where r.id = $1`, [id]);
  });
  return true;
}

const total = RATE * SECONDS;
await openLoop(Math.min(200, total), viaHttp); // warm-up: JIT, plan caches, pool connections
revisions.clear();
await sql`delete from result_history`.execute(db);
await sql`delete from results`.execute(db);
const app = await openLoop(total, (i) => viaHttp(i + 1));
const hand = await openLoop(total, (i) => viaSql(target.raw, i));
server.kill('SIGTERM');
await new Promise((resolve) => server.once('exit', resolve));

const stats = (r: Run) => ({ p50: percentile(r.latencies, 50), p95: percentile(r.latencies, 95), p99: percentile(r.latencies, 99), max: Math.max(...r.latencies), achieved: r.latencies.length / r.seconds, errors: r.errors });
const a = stats(app);
const h = stats(hand);
const ms = (n: number) => `${n.toFixed(1)} ms`;
console.info(`\nNhập kết quả: ${total} yêu cầu PUT /api/results, ${RATE}/s trong ${SECONDS} s, PostgreSQL ${target.where}`);
console.info(`Máy: ${JSON.stringify(machine())}`);
console.info(`| đường đi | đạt (yêu cầu/s) | p50 | p95 | p99 | max | lỗi |`);
console.info(`|---|---|---|---|---|---|---|`);
console.info(`| ứng dụng qua HTTP | ${a.achieved.toFixed(0)} | ${ms(a.p50)} | ${ms(a.p95)} | ${ms(a.p99)} | ${ms(a.max)} | ${a.errors} |`);
console.info(`| SQL viết tay | ${h.achieved.toFixed(0)} | ${ms(h.p50)} | ${ms(h.p95)} | ${ms(h.p99)} | ${ms(h.max)} | ${h.errors} |`);
console.info(`Tỷ lệ p50 ứng dụng / SQL viết tay: ${(a.p50 / h.p50).toFixed(2)}×; p95: ${(a.p95 / h.p95).toFixed(2)}×`);
console.info(a.p95 < 100 && a.errors === 0 && a.achieved >= RATE * 0.95 ? 'ĐẠT mục tiêu: p95 < 100 ms ở 200 yêu cầu/s' : 'CHƯA ĐẠT mục tiêu p95 < 100 ms ở 200 yêu cầu/s');
await target.close();
process.exit(0);
