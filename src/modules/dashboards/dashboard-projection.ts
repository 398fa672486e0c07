import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { escapeLike } from '../../lib/text';
import type { PlanContent } from '../movements/model/plan-content.schema';
import { defaultScoringSettings, scoreCriterion, type ResultValue, type ScoringCriterion } from '../scoring';
import type { CellState, ScoredUnit } from './dashboard-builder';

/**
 * The dashboard projection (migration 007): per movement, unit and period, one character per unit
 * criterion of the plan version in force — 1 met, 0 not met, x cannot be judged, space no value — and
 * the points. Reading 3,300 short rows replaces scoring ~130k JSON values on every dashboard read.
 *
 * Freshness: a trigger on results counts every change of a unit's result (result_changes); the app
 * counts the changes it projected (projected_changes) in the same transaction. Equal counts and the
 * same plan version = fresh; otherwise (a direct insert, a seed, a new plan version) the projection of
 * the movement is rebuilt from the results before it is read.
 */
const silent = { ...defaultScoringSettings, explain: false };
const NO_VALUE = ' ';

/** Unit criteria as the dashboard scores them (not those for individuals only), in the plan's order. */
export function unitCriteria(content: PlanContent): ScoringCriterion[] {
  return content.criteria
    .filter((c) => c.appliesTo !== 'individual')
    .map((c) => ({ key: c.key, label: c.label, indicator: c.indicator, target: c.target, weight: c.weight, maxPoints: c.maxPoints }));
}

function cell(c: ScoringCriterion, value: ResultValue): { state: string; points: number } {
  const s = scoreCriterion(c, value, silent);
  return { state: s.missing ? 'x' : s.met ? '1' : '0', points: s.points };
}

const pgArray = (points: readonly number[]) => `{${points.join(',')}}`;

/**
 * Call in a result's transaction BEFORE writing a unit's result, then projectResult after it. When
 * the movement has a projection, this marks the transaction's result writes as projected (the
 * trigger then leaves the counters alone: no row every writer queues on) and holds a key-share lock
 * on the projection row, which a rebuild's FOR UPDATE waits for — and which waits for a rebuild — so
 * no projected write slips between a rebuild's read of the results and its rewrite of the cells.
 * The movement's first write creates the (unbuilt) row; the first read builds it.
 */
export async function claimProjection(trx: Db, movementId: number): Promise<void> {
  const claim = () => sql`select set_config('thidua.projected', 'on', true) from dashboard_projections where movement_id = ${movementId} for key share`.execute(trx);
  if ((await claim()).rows.length > 0) return;
  // The movement's first unit result: a projection row not built yet (version null), so the first
  // read still rebuilds once; from now on writes claim it.
  await sql`insert into dashboard_projections (movement_id) values (${movementId}) on conflict (movement_id) do nothing`.execute(trx);
  await claim();
}

/** The cell one unit result makes: its criterion's position (1-based), state and points, and a fresh row's states and points. */
export interface ProjectedCell {
  position: number;
  state: string;
  points: number;
  rowStates: string;
  rowPoints: string;
}

// Issued plan contents are shared, immutable copies (issued-content.ts): their unit criteria are worked out once.
const criteriaOf = new WeakMap<PlanContent, ScoringCriterion[]>();

/** The projection cell of a result; null for a person's result or a criterion not on the dashboards. */
export function projectedCell(content: PlanContent, r: { personId: number | null; criterionKey: string; value: unknown }): ProjectedCell | null {
  if (r.personId !== null) return null;
  let criteria = criteriaOf.get(content);
  if (!criteria) criteriaOf.set(content, (criteria = unitCriteria(content)));
  const i = criteria.findIndex((c) => c.key === r.criterionKey);
  if (i < 0) return null;
  const { state, points } = cell(criteria[i]!, r.value as ResultValue);
  return {
    position: i + 1,
    state,
    points,
    rowStates: criteria.map((_, j) => (j === i ? state : NO_VALUE)).join(''),
    rowPoints: pgArray(criteria.map((_, j) => (j === i ? points : 0))),
  };
}

/**
 * Projects one result just written (call inside the result's transaction, after the insert/update,
 * having called claimProjection before it).
 * A person's result is not on the dashboards, and the trigger did not count it either.
 */
export async function projectResult(
  trx: Db,
  content: PlanContent,
  r: { movementId: number; unitId: number; personId: number | null; criterionKey: string; period: string; value: unknown },
): Promise<void> {
  const c = projectedCell(content, r);
  if (c === null) return;
  await sql`
    insert into dashboard_cells as d (movement_id, unit_id, period, states, points)
    values (${r.movementId}, ${r.unitId}, ${r.period}, ${c.rowStates}, ${c.rowPoints}::float8[])
    on conflict (movement_id, unit_id, period) do update
      set states = overlay(d.states placing ${c.state} from ${c.position} for 1), points[${c.position}] = ${c.points}::float8`.execute(trx);
}

/** Rebuilds a movement's projection from its results, scored against the plan version in force. */
async function rebuild(db: Db, movementId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const state = await sql<{ version_id: number | null; current: number | null; result_changes: string; projected_changes: string; content: unknown }>`
      select p.version_id, m.current_version_id as current, p.result_changes::text, p.projected_changes::text, v.content
      from dashboard_projections p join movements m on m.id = p.movement_id left join movement_versions v on v.id = m.current_version_id
      where p.movement_id = ${movementId} for update of p`.execute(trx);
    const s = state.rows[0];
    if (!s || s.current === null || (s.version_id === s.current && s.result_changes === s.projected_changes)) return;
    const criteria = unitCriteria(s.content as PlanContent);
    const index = new Map(criteria.map((c, i) => [c.key, i]));
    const { rows } = await sql<{ j: string }>`
      select coalesce(json_agg(json_build_array(unit_id, period, criterion_key, value)), '[]')::text as j
      from results where movement_id = ${movementId} and person_id is null`.execute(trx);
    const cells = new Map<string, { unitId: number; period: string; states: string[]; points: number[] }>();
    for (const [unitId, period, key, value] of JSON.parse(rows[0]!.j) as [number, string, string, ResultValue][]) {
      const i = index.get(key);
      if (i === undefined) continue;
      const id = `${unitId}|${period}`;
      let row = cells.get(id);
      if (!row) cells.set(id, (row = { unitId, period, states: criteria.map(() => NO_VALUE), points: criteria.map(() => 0) }));
      const c = cell(criteria[i]!, value);
      row.states[i] = c.state;
      row.points[i] = c.points;
    }
    await sql`delete from dashboard_cells where movement_id = ${movementId}`.execute(trx);
    const list = [...cells.values()];
    for (let k = 0; k < list.length; k += 1000) {
      const values = list.slice(k, k + 1000).map((c) => sql`(${movementId}, ${c.unitId}, ${c.period}, ${c.states.join('')}, ${pgArray(c.points)}::float8[])`);
      await sql`insert into dashboard_cells (movement_id, unit_id, period, states, points) values ${sql.join(values)}`.execute(trx);
    }
    await sql`update dashboard_projections set version_id = ${s.current}, projected_changes = result_changes where movement_id = ${movementId}`.execute(trx);
  });
}

async function isFresh(db: Db, movementId: number): Promise<boolean> {
  // No projection row: the movement never had a unit result, nothing to show. A row never built
  // (version null, made by the trigger on the first result) is not fresh.
  const { rows } = await sql<{ fresh: boolean }>`
    select p.movement_id is null or coalesce(p.version_id = m.current_version_id and p.result_changes = p.projected_changes, false) as fresh
    from movements m left join dashboard_projections p on p.movement_id = m.id where m.id = ${movementId}`.execute(db);
  return rows[0]?.fresh !== false;
}

const states: Record<string, CellState> = { '1': 'met', '0': 'not_met', x: 'missing', ' ': 'missing' };

/**
 * Each unit's criteria for the year from the projection: per criterion the latest period of the year
 * with a value ("2024-Q4" beats "2024-Q1"), exactly as scoreUnits judges the raw results.
 */
export async function projectedScores(db: Db, movementId: number, year: number, criteriaCount: number): Promise<Map<number, ScoredUnit>> {
  if (!(await isFresh(db, movementId))) await rebuild(db, movementId);
  const { rows } = await sql<{ t: string | null }>`
    select string_agg(unit_id || ';' || period || ';' || states || ';' || array_to_string(points, ','), '|') as t
    from dashboard_cells where movement_id = ${movementId} and period like ${`${escapeLike(String(year))}%`}`.execute(db);
  const best = new Map<number, { periods: string[]; cells: CellState[]; points: number[] }>();
  for (const line of rows[0]?.t ? rows[0].t.split('|') : []) {
    const [u, period, st, pts] = line.split(';') as [string, string, string, string];
    if (st.length !== criteriaCount) continue;
    const unitId = Number(u);
    let b = best.get(unitId);
    if (!b) best.set(unitId, (b = { periods: new Array<string>(criteriaCount).fill(''), cells: new Array<CellState>(criteriaCount).fill('missing'), points: new Array<number>(criteriaCount).fill(0) }));
    const p = pts.split(',');
    for (let i = 0; i < criteriaCount; i++) {
      const ch = st[i]!;
      if (ch === NO_VALUE || b.periods[i]! >= period) continue;
      b.periods[i] = period;
      b.cells[i] = states[ch]!;
      b.points[i] = Number(p[i]);
    }
  }
  const out = new Map<number, ScoredUnit>();
  for (const [unitId, b] of best) out.set(unitId, { cells: b.cells, points: b.points, submitted: b.periods.reduce((n, p) => n + (p === '' ? 0 : 1), 0) });
  return out;
}
