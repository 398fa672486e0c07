import { performance } from 'node:perf_hooks';
import { catalogueAt, engineSettingsFor, standardsFor } from '../src/modules/commendation/catalogue';
import { evaluate, type RatingFact, type StandardsFacts, type SubjectFacts, type TitleFact } from '../src/modules/standards/engine';
import type { RatingCode } from '../src/modules/standards/rule.schema';

// npx tsx bench/standards.ts [--people=N]: the catalogue's standards for N synthetic people (default
// 2,000,000) in units of 20, in memory, no database. Everyone is judged for Lao động tiên tiến, one in
// seven also for Chiến sĩ thi đua cơ sở, and every unit for Tập thể lao động tiên tiến. Facts are
// generated in chunks outside the timed part, so only evaluation is measured.
const PEOPLE = Number(/--people=(\d+)/.exec(process.argv.slice(2).join(' '))?.[1] ?? 2_000_000);
const UNIT_SIZE = 20;
const CHUNK = 50_000;
const YEAR = 2024;
const DATE = '2024-12-15';

let seed = 20_251_123;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

const ratings: RatingCode[] = ['htxsnv', 'httnv', 'httnv', 'httnv', 'htnv', 'khtnv'];
const judged = { verdict: 'pass' as const, by: 'Hội đồng TĐKT', on: '2024-12-05', note: null };

function person(id: number): SubjectFacts {
  const r: RatingFact[] = [{ year: YEAR, rating: pick(ratings), source: null }];
  const titles: TitleFact[] = random() < 0.7 ? [{ year: YEAR, title: 'ldtt', status: 'proposed', decisionNumber: null, decidedOn: null, source: null }] : [];
  return {
    kind: 'person',
    id,
    name: `Cán bộ ${id}`,
    ratings: r,
    titles,
    discipline: random() < 0.01 ? [{ form: 'khien_trach', decidedOn: '2024-04-02', effectiveFrom: null, decisionNumber: '1/QĐ', source: null }] : [],
    initiatives:
      random() < 0.2 ? [{ id, title: 'Sáng kiến', level: 'co_so', recognisedOn: '2024-06-01', recognisedBy: 'Hội đồng sáng kiến cơ sở', decisionNumber: null, source: null }] : [],
  };
}

const entries = Object.fromEntries(catalogueAt(DATE).map((e) => [e.code, e]));
const ldtt = standardsFor('ldtt', DATE);
const cstdcs = standardsFor('cstdcs', DATE);
const ttLdtt = standardsFor('tt_ldtt', DATE);
const settings = engineSettingsFor(DATE);
const personJudgements = { 'chap-hanh': judged, 'hoc-tap': judged };
const unitJudgements = { 'phong-trao': judged };

interface Tally {
  ms: number;
  cpuMs: number;
  evaluations: number;
  passed: { ldtt: number; cstdcs: number; tt_ldtt: number };
}
const tally = (): Tally => ({ ms: 0, cpuMs: 0, evaluations: 0, passed: { ldtt: 0, cstdcs: 0, tt_ldtt: 0 } });
// With the trace's sentences (what a dossier shows), and without (screening the whole country).
const explained = tally();
const bare = tally();
let genMs = 0;

function run(people: SubjectFacts[], units: StandardsFacts[], t: Tally, explain: boolean) {
  const t0 = performance.now();
  // CPU time too: on a machine shared with other work, wall time overstates the cost.
  const cpu0 = process.cpuUsage();
  for (const p of people) {
    const f: StandardsFacts = { self: p, judgements: personJudgements };
    const nominee = { kind: 'individual' as const, id: p.id, name: p.name };
    t.evaluations++;
    if (evaluate(ldtt, nominee, YEAR, f, settings, { explain }).pass) t.passed.ldtt++;
    if (p.id % 7 === 0) {
      t.evaluations++;
      if (evaluate(cstdcs, nominee, YEAR, f, settings, { explain }).pass) t.passed.cstdcs++;
    }
  }
  for (const u of units) {
    t.evaluations++;
    if (evaluate(ttLdtt, { kind: 'collective', id: u.self.id, name: u.self.name }, YEAR, u, settings, { explain }).pass) t.passed.tt_ldtt++;
  }
  const cpu = process.cpuUsage(cpu0);
  t.cpuMs += (cpu.user + cpu.system) / 1000;
  t.ms += performance.now() - t0;
}

for (let start = 0; start < PEOPLE; start += CHUNK) {
  const t0 = performance.now();
  const n = Math.min(CHUNK, PEOPLE - start);
  const people = Array.from({ length: n }, (_, i) => person(start + i + 1));
  const units: StandardsFacts[] = [];
  for (let u = 0; u < n; u += UNIT_SIZE) {
    const members = people.slice(u, u + UNIT_SIZE);
    const self: SubjectFacts = { kind: 'unit', id: start + u, name: `Đơn vị ${start + u}`, ratings: [{ year: YEAR, rating: pick(ratings), source: null }] };
    units.push({ self, members, leader: members[0]!, judgements: unitJudgements });
  }
  genMs += performance.now() - t0;
  run(people, units, explained, true);
  run(people, units, bare, false);
}

const s = (ms: number) => (ms / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 2 });
const n = (x: number) => x.toLocaleString('vi-VN');
console.info(`${n(PEOPLE)} người, ${n(Math.ceil(PEOPLE / UNIT_SIZE))} đơn vị; ${Object.keys(entries).length} mục trong danh mục ngày ${DATE}; sinh dữ liệu ${s(genMs)} s (không tính)`);
for (const [label, t] of [['có diễn giải (vết đầy đủ)', explained], ['không diễn giải (explain: false)', bare]] as const) {
  console.info(
    `${label}: ${n(t.evaluations)} lần đánh giá, ${s(t.ms)} s (${n(Math.round(t.evaluations / (t.ms / 1000)))} lần/s), CPU ${s(t.cpuMs)} s; đạt LĐTT ${n(t.passed.ldtt)}, CSTĐCS ${n(t.passed.cstdcs)}, Tập thể LĐTT ${n(t.passed.tt_ldtt)}`,
  );
}
