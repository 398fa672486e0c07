import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { RawSql } from './engines';
import { percentile } from './measure';
import { machine } from './report';
import { KEYS, keyOf, startWorkload, valueOf, YEAR } from './results-entry-setup';

/*
 * npx tsx bench/results-entry.ts [--rate=200] [--seconds=30] [--url=postgres://…]
 *
 * Results entry under load on PostgreSQL: the real server (`thidua serve`, its own process) and a
 * loopback load generator in this process sending PUT /api/results at a fixed rate (open loop: a
 * request leaves on its schedule whether or not earlier ones have answered, and its latency counts
 * from that schedule, so a stall is not hidden). 100 xã officers' sessions, 40 criteria: the first
 * 4,000 requests create results, later ones change them with the revision the server returned.
 * Then the same work as hand-written SQL (session, plan, registration, write + history + audit, read
 * back), at the same rate over the same pool size, for the ratio. The workload (data, server, the
 * request) is bench/results-entry-setup.ts; bench/results-entry-cost.ts measures CPU and statements
 * per request, which do not depend on how busy the machine is.
 */
const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const RATE = Number(arg('rate', '200'));
const SECONDS = Number(arg('seconds', '30'));

const w = await startWorkload({ url: arg('url', process.env.DATABASE_URL ?? '') || undefined });
const { target, movementId, units, officers } = w;
const { db } = target;

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

// The same work by hand: who is signed in, the plan in force, the registration, the write with its
// history and audit row, and the row read back — no HTTP, no validation, no query builder.
async function viaSql(raw: RawSql, i: number): Promise<boolean> {
  const { u, c, k } = keyOf(i + KEYS * 10);
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
await openLoop(Math.min(200, total), (i) => w.viaHttp(i)); // warm-up: JIT, plan caches, pool connections
w.reset();
await sql`delete from result_history`.execute(db);
await sql`delete from results`.execute(db);
const app = await openLoop(total, (i) => w.viaHttp(i + 1));
const hand = await openLoop(total, (i) => viaSql(target.raw, i));

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
// The verdict holds only for the target's own rate: a slower run proves nothing about 200/s.
console.info(RATE >= 200 && a.p95 < 100 && a.errors === 0 && a.achieved >= RATE * 0.95 ? 'ĐẠT mục tiêu: p95 < 100 ms ở 200 yêu cầu/s' : 'CHƯA ĐẠT mục tiêu p95 < 100 ms ở 200 yêu cầu/s');
await w.stop();
process.exit(0);
