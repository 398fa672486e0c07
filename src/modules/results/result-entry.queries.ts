import { CompiledQuery } from 'kysely';
import type { Db } from '../../db/database';
import { preparedStatement } from '../../db/prepared';
import type { ProjectedCell } from '../dashboards/dashboard-projection';
import type { MovementWithOwner } from '../movements/movements.queries';
import type { EvidenceRow, ResultWithUnit } from './results.queries';

/*
 * The statements of PUT /api/results, the busiest write: each request is one transaction of two
 * statements — everything the checks need (with the locks), then the write with its history, audit
 * row and projection cell, returning the row as the response shows it — instead of a dozen round
 * trips (bench/results-entry-cost.ts). Texts are fixed, so they are handed to the driver as they are
 * (no query building per request) and run as prepared statements (src/db/prepared.ts): PostgreSQL
 * plans them once per connection.
 */

export interface EntryKey {
  movementId: number;
  unitId: number;
  personId: number | null;
  criterionKey: string;
  period: string;
}

export type EntryContext = Pick<MovementWithOwner, 'id' | 'status' | 'title' | 'current_version_id' | 'year_from' | 'year_to' | 'owner_path'> & {
  /** The unit the result is for (null: no such unit). */
  u_id: number | null;
  u_name: string | null;
  u_path: string | null;
  /** Its registration for the movement. */
  g_status: string | null;
  /** The person (a person's result only). */
  p_unit_id: number | null;
  p_full_name: string | null;
  /** The person is an entry of the unit's registration. */
  p_registered: boolean;
  /** 'on' when a unit result claimed the movement's projection row (null: no row yet, or a person's result). */
  claimed: string | null;
  /** The result already there, locked until the transaction ends. */
  existing: { id: number; revision: number } | null;
};

// A unit result holds a key-share lock on the projection row and marks its writes projected
// (dashboard-projection.ts claimProjection); the result row is locked FOR UPDATE, as before a change.
const CONTEXT = preparedStatement(
  'results.entry_context',
  `
select m.id, m.status, m.title, m.current_version_id, m.year_from, m.year_to, o.path as owner_path,
  u.id as u_id, u.name as u_name, u.path as u_path, g.status as g_status, p.unit_id as p_unit_id, p.full_name as p_full_name,
  exists (select 1 from registration_entries e where e.registration_id = g.id and e.person_id = $3::int) as p_registered,
  (select set_config('thidua.projected', 'on', true) from dashboard_projections dp
    where dp.movement_id = m.id and $3::int is null for key share) as claimed,
  (select json_build_object('id', r.id, 'revision', r.revision) from results r
    where r.movement_id = m.id and r.unit_id = $2::int and coalesce(r.person_id, 0) = coalesce($3::int, 0)
      and r.criterion_key = $4::text and r.period = $5::text
    for update) as existing
from movements m
join units o on o.id = m.owner_unit_id
left join units u on u.id = $2::int
left join registrations g on g.movement_id = m.id and g.unit_id = $2::int
left join people p on p.id = $3::int
where m.id = $1::int`,
);

/** The movement (null: none), the unit, registration, person and existing result in one round trip. */
export async function entryContext(trx: Db, k: EntryKey): Promise<EntryContext | undefined> {
  const { rows } = await trx.executeQuery<EntryContext>(CompiledQuery.raw(CONTEXT, [k.movementId, k.unitId, k.personId, k.criterionKey, k.period]));
  return rows[0];
}

// The projection cell ($c1 position, $c2 state, $c3 points, $c4 a new row's states, $c5 its points),
// written only for a unit result on a dashboard criterion (position not null), exactly as projectResult does.
const cellUpsert = (p: number) => `
  c as (
    insert into dashboard_cells as d (movement_id, unit_id, period, states, points)
    select r.movement_id, r.unit_id, r.period, $${p + 3}::text, $${p + 4}::float8[] from r where $${p}::int is not null
    on conflict (movement_id, unit_id, period) do update
      set states = overlay(d.states placing $${p + 1}::text from $${p}::int for 1), points[$${p}::int] = $${p + 2}::float8
  )`;

const RETURNED = 'id, movement_id, unit_id, person_id, criterion_key, period, value, note, revision, updated_by, updated_at';
const READ_BACK = `
select r.id, r.movement_id, r.unit_id, r.person_id, r.criterion_key, r.period, r.value, r.note, r.revision, r.updated_by, r.updated_at,
  u.code as unit_code, u.name as unit_name, u.kind as unit_kind, u.path as unit_path, p.full_name as person_name, ub.full_name as updated_by_name`;
const READ_BACK_JOINS = `
from r
join units u on u.id = r.unit_id
left join people p on p.id = r.person_id
left join users ub on ub.id = r.updated_by`;

const CREATE = preparedStatement(
  'results.entry_create',
  `
with r as (
  insert into results (movement_id, unit_id, person_id, criterion_key, period, value, note, created_by, updated_by)
  values ($1::int, $2::int, $3::int, $4::text, $5::text, $6::jsonb, $7::text, $8::int, $8::int)
  on conflict (movement_id, unit_id, (coalesce(person_id, 0)), criterion_key, period) do nothing
  returning ${RETURNED}
), a as (
  insert into audit_log (user_id, action, entity, entity_id, unit_id, after, request_id)
  select $8::int, 'result.create', 'result', r.id::text, r.unit_id, $9::jsonb, $10::text from r
), ${cellUpsert(11)}
${READ_BACK} ${READ_BACK_JOINS}`,
);

// The history row and the audit row's "before" come from the row as it was: every part of one
// statement reads the same snapshot, taken before the update.
const CHANGE = preparedStatement(
  'results.entry_change',
  `
with h as (
  insert into result_history (result_id, revision, old_value, old_note, changed_by)
  select id, revision, value, note, $4::int from results where id = $1::int
  returning old_value, old_note, revision
), r as (
  update results set value = $2::jsonb, note = $3::text, updated_by = $4::int, updated_at = now(), revision = revision + 1
  where id = $1::int
  returning ${RETURNED}
), a as (
  insert into audit_log (user_id, action, entity, entity_id, unit_id, before, after, request_id)
  select $4::int, 'result.update', 'result', r.id::text, r.unit_id,
    jsonb_build_object('value', h.old_value, 'note', h.old_note, 'revision', h.revision), $5::jsonb, $6::text
  from r, h
), ${cellUpsert(7)}
${READ_BACK},
  (select coalesce(json_agg(json_build_object('result_id', re.result_id, 'file_id', re.file_id, 'file_name', re.file_name,
      'uploaded_at', re.uploaded_at, 'uploaded_by', re.uploaded_by, 'uploaded_by_name', us.full_name,
      'size', f.size, 'mime', f.mime, 'sha256', f.sha256) order by re.uploaded_at, re.id), '[]')
    from result_evidence re join evidence_files f on f.id = re.file_id left join users us on us.id = re.uploaded_by
    where re.result_id = r.id) as evidence
${READ_BACK_JOINS}`,
);

const cellParams = (c: ProjectedCell | null) => (c === null ? [null, null, null, null, null] : [c.position, c.state, c.points, c.rowStates, c.rowPoints]);

interface Write {
  value: unknown;
  note: string | null;
  userId: number;
  requestId: string;
  /** The audit row's "after". */
  after: unknown;
  cell: ProjectedCell | null;
}

/** Inserts a new result with its audit row and projection cell; undefined when another request inserted the same one first. */
export async function createResult(trx: Db, k: EntryKey, w: Write): Promise<ResultWithUnit | undefined> {
  const params = [k.movementId, k.unitId, k.personId, k.criterionKey, k.period, JSON.stringify(w.value), w.note, w.userId, JSON.stringify(w.after), w.requestId, ...cellParams(w.cell)];
  return (await trx.executeQuery<ResultWithUnit>(CompiledQuery.raw(CREATE, params))).rows[0];
}

/** Keeps the old value in result_history and changes the result (revision + 1), with its audit row and projection cell. */
export async function changeResult(trx: Db, id: number, w: Write): Promise<{ row: ResultWithUnit; evidence: EvidenceRow[] }> {
  const params = [id, JSON.stringify(w.value), w.note, w.userId, JSON.stringify(w.after), w.requestId, ...cellParams(w.cell)];
  const { rows } = await trx.executeQuery<ResultWithUnit & { evidence: (Omit<EvidenceRow, 'uploaded_at'> & { uploaded_at: string })[] }>(CompiledQuery.raw(CHANGE, params));
  const { evidence, ...row } = rows[0]!;
  return { row, evidence: evidence.map((e) => ({ ...e, uploaded_at: new Date(e.uploaded_at) })) };
}
