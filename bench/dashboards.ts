import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/database';
import { migrateToLatest } from '../src/db/migrate';
import type { ServiceContext } from '../src/http/context';
import { blankPlan } from '../src/modules/movements/model/plan-builder';
import { yearResults } from '../src/modules/dashboards/dashboards.queries';
import { movementDashboard, unitCriteria } from '../src/modules/dashboards/dashboards.service';
import { buildDashboard, buildFromScores } from '../src/modules/dashboards/dashboard-builder';
import { projectedScores } from '../src/modules/dashboards/dashboard-projection';
import type { ResultValue } from '../src/modules/scoring';
import { buildMovement, buildUnit } from '../tests/factories';
import { percentile } from './measure';

/*
 * npx tsx bench/dashboards.ts [--runs=N]: ranking + heatmap of 3,300 communes × 40 criteria on PGlite
 * (in memory), the app's service call against the same answer written as one hand SQL query.
 * Every criterion is "≥ x%" with 2.5 maximum points so the hand SQL can judge it with a comparison.
 */
const HUYEN = 207;
const PER_HUYEN = 16; // 207 × 16 = 3,312 ≈ 3,300 communes
const CRITERIA = 40;
const runs = Number(/^--runs=(\d+)$/.exec(process.argv[2] ?? '')?.[1] ?? 10);

let seed = 20_241_123;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};

const { db, close } = await openDatabase({ dataDir: 'memory://' });
await migrateToLatest(db);
const t0 = performance.now();
const tinh = await buildUnit(db, { name: 'Tỉnh Thử Nghiệm', kind: 'tinh' });
const criteria = Array.from({ length: CRITERIA }, (_, i) => ({
  key: `tc${i + 1}`,
  label: `${i + 1}.`,
  text: `Tiêu chí ${i + 1}: tỷ lệ đạt từ ${60 + (i % 35)}% trở lên`,
  indicator: `Tỷ lệ ${i + 1}`,
  target: { measure: 'percent', comparator: 'gte', value: 60 + (i % 35) },
  maxPoints: 2.5,
}));
const content = blankPlan({ issuerName: 'ỦY BAN NHÂN DÂN TỈNH', title: 'Phong trào thử tải', year: 2024, criteria } as Parameters<typeof blankPlan>[0]);
const movement = (await buildMovement(db, { ownerUnitId: tinh.id, status: 'in_progress', content })).movement.id;
const communes: number[] = [];
for (let h = 0; h < HUYEN; h++) {
  const huyen = await buildUnit(db, { name: `Huyện ${h + 1}`, kind: 'huyen', parentId: tinh.id });
  for (let x = 0; x < PER_HUYEN; x++) communes.push((await buildUnit(db, { name: `Xã ${h + 1}.${x + 1}`, kind: 'xa', parentId: huyen.id })).id);
}
for (let i = 0; i < communes.length; i += 500) {
  const ids = communes.slice(i, i + 500);
  await db.insertInto('registrations').values(ids.map((unit_id) => ({ movement_id: movement, unit_id, status: 'da_duyet' }))).execute();
  const rows = ids.flatMap((unit_id) =>
    criteria.flatMap((c) =>
      random() < 0.03 ? [] : [{ movement_id: movement, unit_id, criterion_key: c.key, period: '2024', value: JSON.stringify({ measure: 'percent', value: Math.round(random() * 1000) / 10 }) }],
    ),
  );
  for (let j = 0; j < rows.length; j += 2000) await db.insertInto('results').values(rows.slice(j, j + 2000)).execute();
}
await sql`analyze`.execute(db);
const count = (await db.selectFrom('results').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n;
console.info(`data: ${communes.length} xã in ${HUYEN} huyện, ${CRITERIA} criteria, ${count} results; built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const ctx: ServiceContext = {
  db,
  requestId: 'bench',
  actor: { userId: 0, username: 'bench', fullName: 'Bench', personId: null, roles: [{ role: 'admin', unitId: tinh.id, unitPath: tinh.path, unitName: tinh.name }] },
};
const app = () => movementDashboard(ctx, movement, { period: '2024' });

const thresholds = sql.join(criteria.map((c) => sql`(${c.key}, ${c.target.value}::numeric, ${c.maxPoints}::numeric)`));
// The same answer in plain SQL: cell state per unit × criterion, totals, and the rank in each peer group.
const hand = async () => {
  const cells = await sql<{ unit_id: number; key: string; met: boolean | null }>`
    select u.id as unit_id, c.key, (r.value->>'value')::numeric >= c.threshold as met
    from registrations g join units u on u.id = g.unit_id
    cross join (values ${thresholds}) as c(key, threshold, points)
    left join results r on r.movement_id = g.movement_id and r.unit_id = u.id and r.person_id is null and r.criterion_key = c.key and r.period = '2024'
    where g.movement_id = ${movement} and g.status = 'da_duyet'`.execute(db);
  const ranking = await sql<{ unit_id: number; total: number; rank: number; of: number }>`
    with totals as (
      select u.id as unit_id, u.parent_id, u.kind, u.name,
             coalesce(sum(case when (r.value->>'value')::numeric >= c.threshold then c.points else 0 end), 0) as total
      from registrations g join units u on u.id = g.unit_id
      cross join (values ${thresholds}) as c(key, threshold, points)
      left join results r on r.movement_id = g.movement_id and r.unit_id = u.id and r.person_id is null and r.criterion_key = c.key and r.period = '2024'
      where g.movement_id = ${movement} and g.status = 'da_duyet'
      group by u.id, u.parent_id, u.kind, u.name)
    select unit_id, total, rank() over w as rank, count(*) over (partition by parent_id, kind) as of
    from totals window w as (partition by parent_id, kind order by total desc)`.execute(db);
  return [cells.rows.length, ranking.rows.length];
};

// The results were inserted behind the API's back: the first read rebuilds the projection (once).
let s0 = performance.now();
const d = await app();
console.info(`first read, rebuilding the projection of ${count} results: ${(performance.now() - s0).toFixed(0)} ms`);
// Same answer: the app's ranks equal the hand ranks.
console.info(`app: ${d.heatmap.length} heatmap rows, ${d.ranking.length} peer groups; hand: ${(await hand()).join(' cells, ')} ranked`);

const appTimes: number[] = [];
const handTimes: number[] = [];
for (let i = 0; i < 2; i++) {
  await app();
  await hand();
}
for (let i = 0; i < runs; i++) {
  let s = performance.now();
  await app();
  appTimes.push(performance.now() - s);
  s = performance.now();
  await hand();
  handTimes.push(performance.now() - s);
}
const p50a = percentile(appTimes, 50);
const p50h = percentile(handTimes, 50);
console.info(`dashboard service (ranking + heatmap + progress): p50 ${p50a.toFixed(0)} ms, p95 ${percentile(appTimes, 95).toFixed(0)} ms (${runs} runs)`);
console.info(`hand SQL (heatmap cells + ranking):               p50 ${p50h.toFixed(0)} ms, p95 ${percentile(handTimes, 95).toFixed(0)} ms`);
console.info(`ratio app/hand (p50): ${(p50a / p50h).toFixed(2)}`);
// Where the app's time goes: reading the projection (3,300 rows of 40 states and points).
const fetchTimes: number[] = [];
for (let i = 0; i < Math.min(runs, 5); i++) {
  const s = performance.now();
  await projectedScores(db, movement, 2024, CRITERIA);
  fetchTimes.push(performance.now() - s);
}
console.info(`of which reading the projection (projectedScores): p50 ${percentile(fetchTimes, 50).toFixed(0)} ms`);
const units = (await db.selectFrom('units').select(['id', 'code', 'name', 'kind', 'parent_id']).where('kind', '=', 'xa').execute()).map((u) => ({
  id: u.id,
  code: u.code,
  name: u.name,
  kind: u.kind,
  parentId: u.parent_id,
  parentName: null,
  status: 'da_duyet' as const,
}));
const scores = await projectedScores(db, movement, 2024, CRITERIA);
const buildTimes: number[] = [];
for (let i = 0; i < Math.min(runs, 5); i++) {
  const s = performance.now();
  buildFromScores({ year: 2024, criteria: unitCriteria(content), units, scores, visible: () => true });
  buildTimes.push(performance.now() - s);
}
console.info(`of which the pure builder on projected scores (heatmap, ranking 207 groups): p50 ${percentile(buildTimes, 50).toFixed(0)} ms`);
// Before the projection: fetching the 130k result values and scoring them on every read.
const oldTimes: number[] = [];
for (let i = 0; i < Math.min(runs, 3); i++) {
  const s = performance.now();
  const fetched = (await yearResults(db, movement, 2024)).map(([unitId, criterionKey, period, value]) => ({ unitId, criterionKey, period, value: value as ResultValue }));
  buildDashboard({ year: 2024, criteria: unitCriteria(content), units, results: fetched, visible: () => true });
  oldTimes.push(performance.now() - s);
}
console.info(`for comparison, fetching + scoring the raw results as before (yearResults + buildDashboard): p50 ${percentile(oldTimes, 50).toFixed(0)} ms`);
s0 = performance.now();
await db.updateTable('dashboard_projections').set({ version_id: null }).where('movement_id', '=', movement).execute();
await app();
console.info(`a read after the plan version changed (full rebuild): ${(performance.now() - s0).toFixed(0)} ms`);
await close();
