import { performance } from 'node:perf_hooks';
import { targetSchema, type TargetInput } from '../src/modules/movements/model/target';
import { rankByGroup, rankPeerGroup, rate, scoreParticipant, scoringFormulaText, selfScoreGaps, type ResultValue, type ScoringCriterion } from '../src/modules/scoring';

// npx tsx bench/scoring.ts [--runs=N]: the pure scoring rules on 3,300 communes × 40 criteria, no database.
const COMMUNES = 3_300;
const CRITERIA = 40;
const GROUP_SIZE = 16;
const WARMUP = 3;
const runs = Number(/^--runs=(\d+)$/.exec(process.argv[2] ?? '')?.[1] ?? 20);

// Deterministic, so two runs measure the same work (mulberry32).
let seed = 20_241_123;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

const scale = ['Tốt', 'Khá', 'Trung bình', 'Yếu'];
const shapes: ((i: number) => TargetInput)[] = [
  () => ({ measure: 'percent', comparator: 'gte', value: int(60, 98) }),
  () => ({ measure: 'count', comparator: 'gte', value: int(1, 5), unit: 'sáng kiến' }),
  () => ({ measure: 'boolean', value: true }),
  () => ({ measure: 'rank', comparator: 'lte', value: 8, of: GROUP_SIZE }),
  () => ({ measure: 'band', comparator: 'gte', band: 'Khá', scale }),
  () => ({ measure: 'score', comparator: 'between', value: 5, upper: 9, max: 10 }),
];
const criteria: ScoringCriterion[] = Array.from({ length: CRITERIA }, (_, i) => ({
  key: `tc${i + 1}`,
  label: `${i + 1}.`,
  target: targetSchema.parse(shapes[i % shapes.length]!(i)),
  weight: null,
  maxPoints: 2.5,
}));

function valueFor(c: ScoringCriterion): ResultValue | null {
  if (random() < 0.03) return null;
  switch (c.target.measure) {
    case 'percent':
      return { measure: 'percent', value: Math.round(random() * 1000) / 10 };
    case 'count':
      return { measure: 'count', value: int(0, 6) };
    case 'boolean':
      return { measure: 'boolean', value: random() < 0.8 };
    case 'rank':
      return { measure: 'rank', rank: int(1, GROUP_SIZE), of: GROUP_SIZE };
    case 'band':
      return { measure: 'band', band: scale[int(0, 3)]! };
    default:
      return { measure: 'score', value: int(0, 10) };
  }
}

const communes = Array.from({ length: COMMUNES }, (_, i) => ({
  id: i + 1,
  name: `Xã ${['An', 'Ánh', 'Bình', 'Đông', 'Dương', 'Hòa', 'Sơn', 'Trà'][i % 8]} ${Math.floor(i / 8) + 1}`,
  group: Math.floor(i / GROUP_SIZE),
  self: new Map(criteria.map((c) => [c.key, valueFor(c)])),
  appraised: new Map(criteria.map((c) => [c.key, valueFor(c)])),
}));

function cycle() {
  const scored = communes.map((u) => {
    const self = scoreParticipant(criteria, u.self);
    const appraised = scoreParticipant(criteria, u.appraised);
    return { id: u.id, name: u.name, group: u.group, total: appraised.total, self: self.total, score100: appraised.score100 };
  });
  const byGroup = rankByGroup(scored, (s) => s.group);
  const country = rankPeerGroup(scored);
  const bands = scored.map((s) => rate(s.score100, 2024).band);
  const gaps = [...byGroup.values()].map((g) => selfScoreGaps(g.map((r) => ({ id: r.entry.id, name: r.entry.name, self: r.entry.self, appraised: r.entry.total }))));
  return { evaluations: scored.length * CRITERIA * 2, groups: byGroup.size, top: country[0]!.label, bands: bands.length, flagged: gaps.reduce((n, g) => n + g.runHigh.length, 0) };
}

function measure(label: string, fn: () => unknown) {
  for (let i = 0; i < WARMUP; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  console.info(`${label}: trung vị ${at(0.5)} ms, p95 ${at(0.95)} ms, nhỏ nhất ${times[0]!.toFixed(1)} ms (${runs} lần)`);
}

const summary = cycle();
console.info(
  `${COMMUNES} xã × ${CRITERIA} tiêu chí: ${summary.evaluations} lần đánh giá, ${summary.groups} nhóm, ${summary.flagged} xã tự chấm cao; đứng đầu cả nước ${summary.top}`,
);
measure('Chấm điểm (tự chấm + thẩm định), xếp hạng theo nhóm và cả nước, xếp loại, chênh lệch', cycle);
measure('Chỉ chấm điểm thẩm định', () => communes.map((u) => scoreParticipant(criteria, u.appraised)));
const totals = communes.map((u) => ({ id: u.id, name: u.name, total: scoreParticipant(criteria, u.appraised).total }));
measure('Chỉ xếp hạng 3.300 xã', () => rankPeerGroup(totals));
console.info(`Công thức công bố:\n${scoringFormulaText(criteria)}`);
