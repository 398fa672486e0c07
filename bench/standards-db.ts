import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { loadFactsBulk, loadPeopleFactsInRange } from '../src/modules/commendation-inputs/bulk-facts';
import { engineSettingsFor, standardsFor } from '../src/modules/commendation/catalogue';
import { disciplineSeverity } from '../src/modules/standards/engine/clauses/discipline';
import { ratingAtLeast } from '../src/modules/standards/engine/clauses/rating';
import { evaluate, type JudgementFact } from '../src/modules/standards/engine';
import { ratingLabels, type Rule } from '../src/modules/standards/rule.schema';
import type { Engine } from '../src/db/database';
import { DEFAULT_PG_URL, openFreshDatabase, serverReachable, type BenchDatabase } from './engines';
import { generatePopulation } from './standards-db-data';

// npm run bench:standards-db -- [--people=N] [--engine=postgres|pglite|both] [--pglite-people=N] [--chunk=N]
// Lao động tiên tiến for everyone, end to end from the database: people generated in the database
// (standards-db-data.ts), then (1) the app's path, loadFactsBulk + the standards engine with explain:
// false, chunk by chunk, and (2) one hand-written SQL query computing the same pass/fail. The two pass
// counts must be equal, or the bench fails. PostgreSQL is DATABASE_URL (a new database, dropped after).
const arg = (name: string) => new RegExp(`--${name}=(\\S+)`).exec(process.argv.slice(2).join(' '))?.[1];
const PEOPLE = Number(arg('people') ?? 2_000_000);
const PGLITE_PEOPLE = Number(arg('pglite-people') ?? 200_000);
const ENGINE = (arg('engine') ?? 'both') as Engine | 'both';
const CHUNK = Number(arg('chunk') ?? 20_000);
// range: loadPeopleFactsInRange, people by id range (a population screening); ids: loadFactsBulk on each chunk's ids.
const LOADER = (arg('loader') ?? 'range') as 'range' | 'ids';
const UNIT_SIZE = 20;
const YEAR = 2024;
const DATE = '2024-12-15';

const ldtt = standardsFor('ldtt', DATE);
const settings = engineSettingsFor(DATE);
// The council's verdicts on the qualitative standards, as recorded before a screening: all "đạt".
const judged: JudgementFact = { verdict: 'pass', by: 'Hội đồng TĐKT', on: '2024-12-05', note: null };
const judgements = Object.fromEntries(ldtt.filter((s) => s.rule.kind === 'qualitative').map((s) => [s.key, judged]));

/**
 * The hand-written query can only stand for the engine if LĐTT's standards are a rating, a discipline
 * check and qualitative ones (judged "đạt" above): read their thresholds from the rules themselves.
 */
function sqlParameters() {
  const kinds = ldtt.map((s) => s.rule.kind).sort().join(',');
  if (kinds !== 'no_discipline,qualitative,qualitative,rating') throw new Error(`LĐTT standards changed (${kinds}): update the hand-written SQL`);
  const rating = ldtt.find((s) => s.rule.kind === 'rating')!.rule as Extract<Rule, { kind: 'rating' }>;
  const discipline = ldtt.find((s) => s.rule.kind === 'no_discipline')!.rule as Extract<Rule, { kind: 'no_discipline' }>;
  if (rating.years !== 1 || rating.subject !== 'self' || discipline.subject !== 'self' || discipline.holdWhilePending || settings.holdWhilePending) {
    throw new Error('LĐTT standards changed: update the hand-written SQL');
  }
  const ratings = (Object.keys(ratingLabels) as (keyof typeof ratingLabels)[]).filter((r) => ratingAtLeast(r, rating.atLeast)).map((r) => r.toUpperCase());
  const forms = Object.entries(disciplineSeverity).filter(([, s]) => s >= disciplineSeverity[discipline.from]).map(([f]) => f);
  return { ratings, forms };
}

const HAND_SQL = `
  select count(*)::int as evaluated,
    count(*) filter (where r.rating = any($1::text[]) and not exists (
      select 1 from discipline_records d
      where d.person_id = p.id and d.kind = 'decision' and d.form = any($2::text[])
        and d.effective_from <= $4::date and coalesce(d.effective_to, date '9999-12-31') >= $3::date))::int as passed
  from people p
  left join annual_ratings r on r.person_id = p.id and r.year = $5
  where p.active`;

interface Measured {
  ms: number;
  cpuMs: number;
  evaluated: number;
  passed: number;
}

/** The app's path: ids by keyset, facts in bulk, the engine; the next chunk loads while this one is judged. */
async function appPath(b: BenchDatabase): Promise<Measured & { loadMs: number; evalMs: number }> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let loadMs = 0;
  let evalMs = 0;
  const { max } = await b.db.selectFrom('people').select((eb) => eb.fn.max('id').as('max')).executeTakeFirstOrThrow();
  const last = Number(max ?? 0);
  const load = async (after: number) => {
    const s = performance.now();
    let facts;
    if (LOADER === 'range') facts = await loadPeopleFactsInRange(b.db, { from: after + 1, to: after + CHUNK }, YEAR);
    else {
      const ids = (await b.db.selectFrom('people').select('id').where('active', '=', true).where('id', '>', after).orderBy('id').limit(CHUNK).execute()).map((r) => r.id);
      facts = await loadFactsBulk(b.db, ids.map((id) => ({ kind: 'individual' as const, id })), YEAR);
    }
    loadMs += performance.now() - s;
    return { end: LOADER === 'range' ? after + CHUNK : (facts.at(-1)?.self.id ?? last), facts };
  };
  let evaluated = 0;
  let passed = 0;
  let next = load(0);
  for (;;) {
    const cur = await next;
    if (cur.facts.length === 0 && cur.end >= last) break;
    next = cur.end >= last ? Promise.resolve({ end: last, facts: [] }) : load(cur.end);
    const s = performance.now();
    for (const f of cur.facts) {
      f.judgements = judgements;
      evaluated++;
      if (evaluate(ldtt, { kind: 'individual', id: f.self.id, name: f.self.name }, YEAR, f, settings, { explain: false }).pass) passed++;
    }
    evalMs += performance.now() - s;
  }
  const cpu = process.cpuUsage(cpu0);
  return { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, evaluated, passed, loadMs, evalMs };
}

async function handPath(b: BenchDatabase): Promise<Measured> {
  const { ratings, forms } = sqlParameters();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const [row] = await b.raw.query<{ evaluated: number; passed: number }>(HAND_SQL, [ratings, forms, `${YEAR}-01-01`, `${YEAR}-12-31`, YEAR]);
  const cpu = process.cpuUsage(cpu0);
  return { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, evaluated: row!.evaluated, passed: row!.passed };
}

const s = (ms: number) => (ms / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
const n = (x: number) => x.toLocaleString('vi-VN');

async function benchOne(engine: Engine, people: number, serverUrl: string): Promise<boolean> {
  const b = await openFreshDatabase(engine, serverUrl);
  try {
    const g0 = performance.now();
    await generatePopulation(b.raw, people, UNIT_SIZE, YEAR);
    console.info(`\n[${engine}] ${b.where}: ${n(people)} người, ${n(Math.ceil(people / UNIT_SIZE))} đơn vị; sinh dữ liệu ${s(performance.now() - g0)} s (không tính)`);
    // The hand-written query runs before and after the app's path; the second (warm, like the app) is reported.
    await handPath(b);
    const app = await appPath(b);
    const hand = await handPath(b);
    console.info(
      `  ứng dụng (${LOADER === 'range' ? 'loadPeopleFactsInRange' : 'loadFactsBulk'} + engine, explain: false, mỗi lần ${n(CHUNK)} người): ${s(app.ms)} s — đọc dữ liệu ${s(app.loadMs)} s, đánh giá ${s(app.evalMs)} s (chồng lên nhau), CPU Node ${s(app.cpuMs)} s; ${n(app.evaluated)} người, đạt LĐTT ${n(app.passed)}`,
    );
    console.info(`  SQL viết tay (một truy vấn): ${s(hand.ms)} s; ${n(hand.evaluated)} người, đạt ${n(hand.passed)}`);
    console.info(`  tỷ lệ ứng dụng / SQL viết tay: ${(app.ms / hand.ms).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}×; mục tiêu < 60 s cho 2.000.000 người`);
    const same = app.passed === hand.passed && app.evaluated === hand.evaluated && app.evaluated === people;
    if (!same) console.error(`  KHÁC NHAU: ứng dụng ${app.passed}/${app.evaluated}, SQL ${hand.passed}/${hand.evaluated}, sinh ${people} người`);
    else console.info('  số người đạt của hai cách bằng nhau');
    return same;
  } finally {
    await b.close();
  }
}

async function main() {
  const serverUrl = process.env.DATABASE_URL ?? DEFAULT_PG_URL;
  console.info(`Máy: ${os.cpus().length} CPU, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}; tải trung bình ${os.loadavg().map((x) => x.toFixed(1)).join(' / ')}`);
  let ok = true;
  if (ENGINE !== 'pglite') {
    if (await serverReachable(serverUrl)) ok = (await benchOne('postgres', PEOPLE, serverUrl)) && ok;
    else if (ENGINE === 'postgres') throw new Error(`PostgreSQL không kết nối được: ${serverUrl}`);
    else console.info(`PostgreSQL không kết nối được (${serverUrl}): chỉ đo PGlite`);
  }
  if (ENGINE !== 'postgres') ok = (await benchOne('pglite', ENGINE === 'pglite' ? PEOPLE : PGLITE_PEOPLE, serverUrl)) && ok;
  console.info(`tải trung bình khi xong: ${os.loadavg().map((x) => x.toFixed(1)).join(' / ')}`);
  if (!ok) {
    console.error('Số người đạt của ứng dụng và của SQL viết tay khác nhau.');
    process.exit(1);
  }
}

await main();
