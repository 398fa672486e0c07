import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import { sql } from 'kysely';
import { SESSION_COOKIE } from '../src/http/app';
import { hashToken } from '../src/modules/auth/auth.service';
import { blankPlan } from '../src/modules/movements/model/plan-builder';
import { buildMovement, buildUnit, buildUser } from '../tests/factories';
import { DEFAULT_PG_URL, openFreshDatabase, serverReachable, type BenchDatabase } from './engines';

/*
 * The results-entry workload shared by bench/results-entry.ts (latency under an open loop) and
 * bench/results-entry-cost.ts (CPU and statements per request): a fresh database on PostgreSQL, a
 * tỉnh movement with 40 criteria, 100 xã with approved registrations and one signed-in officer each,
 * and the real server (`thidua serve`) in its own process.
 */
export const UNITS = 100;
export const CRITERIA = 40;
export const YEAR = new Date().getUTCFullYear();
export const KEYS = UNITS * CRITERIA;
export const SERVER_APP_NAME = 'thidua_bench_server';

export interface Workload {
  target: BenchDatabase;
  movementId: number;
  units: number[];
  officers: { id: number }[];
  /** The server child process (node running src/cli.ts serve). */
  server: ChildProcess;
  /** PUT /api/results number i of the sequence: creates for the first KEYS, then changes with the revision returned. */
  viaHttp(i: number): Promise<boolean>;
  /** Forget the revisions (after the results were deleted). */
  reset(): void;
  stop(): Promise<void>;
}

export const valueOf = (i: number, c: number) => (c % 2 === 0 ? { measure: 'percent', value: 60 + (i % 41) } : { measure: 'count', value: i % 50 });
export const keyOf = (i: number) => ({ u: i % UNITS, c: Math.floor(i / UNITS) % CRITERIA, k: i % KEYS });

export async function startWorkload(opts: { url?: string; nodeArgs?: string[]; env?: Record<string, string> } = {}): Promise<Workload> {
  const serverUrl = opts.url ?? process.env.DATABASE_URL ?? DEFAULT_PG_URL;
  if (!(await serverReachable(serverUrl))) {
    console.error(`Không kết nối được PostgreSQL ở ${serverUrl}: chạy máy chủ hoặc đặt --url=…`);
    process.exit(1);
  }
  const target = await openFreshDatabase('postgres', serverUrl);
  const databaseUrl = new URL(serverUrl);
  databaseUrl.pathname = `/${target.where.split('/').pop()}`;
  // Named, so the server's own PostgreSQL backends can be told apart (their CPU is part of a request's cost).
  databaseUrl.searchParams.set('application_name', SERVER_APP_NAME);
  const { db } = target;

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

  const port = await new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
  const base = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', ...(opts.nodeArgs ?? []), 'src/cli.ts', 'serve'], {
    env: { ...process.env, ...opts.env, DATABASE_URL: databaseUrl.toString(), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'production', DATA_DIR: '/tmp/thidua-bench-data' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // An interrupted bench (Ctrl-C, a timeout) takes its server with it.
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      server.kill('SIGTERM');
      process.exit(130);
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

  // node:http with a keep-alive pool rather than fetch: the generator shares the two cores with the
  // server and PostgreSQL, and fetch (undici) costs several times more CPU per request.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const put = (path: string, cookie: string, body: string) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
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

  const revisions = new Map<number, number>();
  let reported = 0;
  return {
    target,
    movementId,
    units,
    officers,
    server,
    async viaHttp(i) {
      const { u, c, k } = keyOf(i);
      const revision = revisions.get(k);
      const body = { movementId, unitId: units[u], criterionKey: `tc${c + 1}`, period: String(YEAR), value: valueOf(i, c), note: `Lần ${i}`, ...(revision ? { revision } : {}) };
      const res = await put('/api/results', cookies[u]!, JSON.stringify(body));
      const ok = res.status === 200;
      if (ok) revisions.set(k, (JSON.parse(res.text) as { revision: number }).revision);
      else if (reported++ < 3) console.error(`HTTP ${res.status}: ${res.text.slice(0, 300)}`);
      return ok;
    },
    reset: () => revisions.clear(),
    async stop() {
      agent.destroy();
      if (server.exitCode === null) {
        server.kill('SIGTERM');
        await new Promise((resolve) => server.once('exit', resolve));
      }
      await target.close();
    },
  };
}
