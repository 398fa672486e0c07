import type { RegistrationStatus } from '../registrations/registration-labels';
import { peerClassOf } from '../units/unit-kinds';
import {
  describeThresholds,
  rankPeerGroup,
  rate,
  defaultScoringSettings,
  scoreCriterion,
  scoringFormulaText,
  weightsTable,
  type ResultValue,
  type ScoringCriterion,
} from '../scoring';

/**
 * The dashboard of a movement for one year, computed from plain data (no database): progress of
 * every unit, the criteria × units heatmap and the ranking per peer group. Pure so the service, the
 * export and the benchmark share it and it can be unit-tested.
 *
 * Rules (documented here because the API publishes them):
 * - Participants (heatmap, ranking) are the units whose registration was approved (đã duyệt).
 * - A criterion's value for the year is the unit's own (collective) result of the LATEST period of
 *   that year ("2024", else the last of "2024-H1/H2" or "2024-Q1…Q4"): the running state of the year.
 *   A criterion on an index with no entered value takes the unit's recorded index score (withDerivedValues).
 * - Peer group = units of the same kind under the same parent (the 16 xã, thị trấn of a huyện).
 * - Every unit is ranked against its whole peer group; `visible` only decides which rows are returned.
 * - Once a period of the year is locked (appraisal published), the total is the unit's appraised
 *   points of that period (`appraised`); the heatmap and the number of criteria met stay on the results.
 */
export interface DashboardUnit {
  id: number;
  code: string | null;
  name: string;
  kind: string;
  parentId: number | null;
  parentName: string | null;
  status: RegistrationStatus;
}

export interface DashboardResult {
  unitId: number;
  criterionKey: string;
  period: string;
  value: ResultValue;
}

export type CellState = 'met' | 'not_met' | 'missing';

export interface DashboardInput {
  year: number;
  criteria: ScoringCriterion[];
  units: DashboardUnit[];
  results: DashboardResult[];
  visible: (unitId: number) => boolean;
}

const unitRef = (u: DashboardUnit) => ({ id: u.id, code: u.code, name: u.name, kind: u.kind });
export type UnitRef = ReturnType<typeof unitRef>;

export interface RankingRow {
  unit: UnitRef;
  metCount: number;
  total: number;
  score100: number;
  band: string;
  bandLabel: string;
  rank: number;
  of: number;
  tied: boolean;
  label: string;
}

export interface PeerGroup {
  key: string;
  parent: { id: number | null; name: string | null };
  kind: string;
  size: number;
  rows: RankingRow[];
}

export interface Dashboard {
  year: number;
  criteria: { key: string; label: string }[];
  progress: { unit: UnitRef; status: RegistrationStatus; submitted: number; criteriaCount: number }[];
  heatmap: { unit: UnitRef; cells: CellState[] }[];
  ranking: PeerGroup[];
  formula: { text: string; weights: ReturnType<typeof weightsTable>; bands: string };
}

/** Latest value of each (unit, criterion) among the periods of the year: "2024-Q4" beats "2024-Q1". */
function latestValues(results: readonly DashboardResult[], year: number): Map<number, Map<string, ResultValue>> {
  const prefix = String(year);
  const periods = new Map<number, Map<string, string>>();
  const out = new Map<number, Map<string, ResultValue>>();
  for (const r of results) {
    if (!r.period.startsWith(prefix)) continue;
    let seen = periods.get(r.unitId);
    let values = out.get(r.unitId);
    if (!seen || !values) {
      seen = new Map();
      values = new Map();
      periods.set(r.unitId, seen);
      out.set(r.unitId, values);
    }
    const before = seen.get(r.criterionKey);
    if (before !== undefined && before >= r.period) continue;
    seen.set(r.criterionKey, r.period);
    values.set(r.criterionKey, r.value);
  }
  return out;
}

/**
 * One unit's criteria judged for the year, in the plan's criterion order: the cell state, the points
 * and how many criteria have a value at all (a value that cannot be judged counts as reported).
 */
export interface ScoredUnit {
  cells: CellState[];
  points: number[];
  submitted: number;
}

/** Scores every unit's latest values of the year (the slow path: ~130k checks for 3,300 xã). */
export function scoreUnits(criteria: readonly ScoringCriterion[], results: readonly DashboardResult[], year: number): Map<number, ScoredUnit> {
  // The heatmap shows met / not met only: skip the ~130k reason sentences (about a third of the time).
  const silentScoring = { ...defaultScoringSettings, explain: false };
  const out = new Map<number, ScoredUnit>();
  for (const [unitId, mine] of latestValues(results, year)) {
    const cells: CellState[] = new Array(criteria.length);
    const points: number[] = new Array(criteria.length);
    let submitted = 0;
    for (let i = 0; i < criteria.length; i++) {
      const value = mine.get(criteria[i]!.key);
      if (value !== undefined) submitted++;
      const s = scoreCriterion(criteria[i]!, value, silentScoring);
      cells[i] = s.missing ? 'missing' : s.met ? 'met' : 'not_met';
      points[i] = s.points;
    }
    out.set(unitId, { cells, points, submitted });
  }
  return out;
}

/**
 * Adds values a unit did not enter itself but that count as its results (a criterion on an index
 * takes the recorded index score: indices/index-values.ts gives only those with no entered result
 * in the year, so nothing entered is overwritten).
 */
export function withDerivedValues(
  scores: Map<number, ScoredUnit>,
  criteria: readonly ScoringCriterion[],
  derived: readonly (readonly [number, string, string, ResultValue])[],
): Map<number, ScoredUnit> {
  const silentScoring = { ...defaultScoringSettings, explain: false };
  const index = new Map(criteria.map((c, i) => [c.key, i]));
  for (const [unitId, key, , value] of derived) {
    const i = index.get(key);
    if (i === undefined) continue;
    let mine = scores.get(unitId);
    if (!mine) scores.set(unitId, (mine = { cells: criteria.map(() => 'missing' as CellState), points: criteria.map(() => 0), submitted: 0 }));
    const s = scoreCriterion(criteria[i]!, value, silentScoring);
    mine.cells[i] = s.missing ? 'missing' : s.met ? 'met' : 'not_met';
    mine.points[i] = s.points;
    mine.submitted++;
  }
  return scores;
}

/** The totals the ranking uses instead of the results once a period's appraisal is locked (published). */
export interface AppraisedTotals {
  period: string;
  totals: ReadonlyMap<number, number>;
}

export type ScoredDashboardInput = Omit<DashboardInput, 'results'> & { scores: ReadonlyMap<number, ScoredUnit>; appraised?: AppraisedTotals | null };

/** Peer group = units of the same level under the same parent: the xã, phường and thị trấn of a huyện together. */
export const peerGroupKey = (u: Pick<DashboardUnit, 'parentId' | 'kind'>) => `${u.parentId ?? 0}:${peerClassOf(u.kind)}`;

export function buildDashboard(input: DashboardInput & { appraised?: AppraisedTotals | null }): Dashboard {
  return buildFromScores({ ...input, scores: scoreUnits(input.criteria, input.results, input.year) });
}

export function buildFromScores(input: ScoredDashboardInput): Dashboard {
  const { year, criteria, units } = input;
  const appraised = input.appraised ?? null;
  const progress = units
    .filter((u) => input.visible(u.id))
    .map((u) => ({ unit: unitRef(u), status: u.status, submitted: input.scores.get(u.id)?.submitted ?? 0, criteriaCount: criteria.length }));

  const heatmap: Dashboard['heatmap'] = [];
  const scored: { id: number; name: string; total: number; unit: DashboardUnit; metCount: number; score100: number }[] = [];
  let maxTotal = 0;
  for (const c of criteria) maxTotal += scoreCriterion(c, null).possible;
  const blank: ScoredUnit = { cells: criteria.map(() => 'missing'), points: criteria.map(() => 0), submitted: 0 };
  for (const u of units) {
    if (u.status !== 'da_duyet') continue;
    const mine = input.scores.get(u.id) ?? blank;
    let total = 0;
    let metCount = 0;
    for (let i = 0; i < criteria.length; i++) {
      total += mine.points[i]!;
      if (mine.cells[i] === 'met') metCount++;
    }
    if (appraised) total = appraised.totals.get(u.id) ?? 0;
    total = Math.round(total * 100) / 100;
    const score100 = maxTotal === 0 ? 0 : Math.round((total / maxTotal) * 10000) / 100;
    if (input.visible(u.id)) heatmap.push({ unit: unitRef(u), cells: mine.cells });
    scored.push({ id: u.id, name: u.name, total, unit: u, metCount, score100 });
  }

  const groups = new Map<string, typeof scored>();
  for (const s of scored) {
    const key = peerGroupKey(s.unit);
    const list = groups.get(key);
    if (list) list.push(s);
    else groups.set(key, [s]);
  }
  const ranking: PeerGroup[] = [];
  for (const [key, list] of groups) {
    const rows = rankPeerGroup(list)
      .filter((r) => input.visible(r.entry.id))
      .map((r) => {
        const band = rate(r.entry.score100, year);
        return {
          unit: unitRef(r.entry.unit),
          metCount: r.entry.metCount,
          total: r.entry.total,
          score100: r.entry.score100,
          band: band.band,
          bandLabel: band.label,
          rank: r.rank,
          of: r.of,
          tied: r.tied,
          label: r.label,
        };
      });
    if (rows.length === 0) continue;
    const first = list[0]!.unit;
    ranking.push({ key, parent: { id: first.parentId, name: first.parentName }, kind: first.kind, size: list.length, rows });
  }

  const weights = weightsTable(criteria);
  const bands = rate(0, year).setting;
  return {
    year,
    criteria: weights.map((w) => ({ key: w.key, label: w.label })),
    progress,
    heatmap,
    ranking,
    formula: { text: scoringFormulaText(criteria), weights, bands: `Xếp loại theo điểm quy đổi thang 100 — ${describeThresholds(bands.thresholds)}. Căn cứ: ${bands.source}.` },
  };
}

