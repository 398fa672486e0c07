import type { ParentPlace } from '../src/modules/units/unit-insert';
import { insertUnit, HISTORY_ORIGIN } from '../src/modules/units/unit-insert';
import { insertPeople, personColumns, type NewPersonInput } from '../src/modules/people/person-insert';
import { cleanText, searchKey } from '../src/lib/text';
import type { BenchDatabase, RawSql } from './engines';
import { peopleOfUnit, type GenUnit, type Org } from './generate-org';

/**
 * Bulk load through the app's own insert path (insertUnit, insertPeople — what the Excel import uses)
 * and through the same statements written by hand, interleaved chunk by chunk on the same database so
 * both meet the same table and index sizes. Even chunks go through the app, odd chunks by hand.
 */
export const UNITS_PER_TRANSACTION = 500;
/** One Excel file of 20,000 people is the import the app promises; each is one transaction. */
export const PEOPLE_PER_TRANSACTION = 20_000;

export interface PathTiming {
  rows: number;
  ms: number;
}

export interface LoadResult {
  units: { app: PathTiming; hand: PathTiming };
  people: { app: PathTiming; hand: PathTiming };
  /** id of each generated unit, by its index. */
  unitIds: number[];
  unitPaths: string[];
}

type Progress = (message: string) => void;

export async function loadOrg(target: BenchDatabase, org: Org, progress: Progress): Promise<LoadResult> {
  const placed: ParentPlace[] = new Array(org.units.length);
  const unitIds: number[] = new Array(org.units.length);
  const units = { app: { rows: 0, ms: 0 }, hand: { rows: 0, ms: 0 } };
  const unitChunk = chunkSize(org.units.length, UNITS_PER_TRANSACTION);
  for (let start = 0, chunk = 0; start < org.units.length; start += unitChunk, chunk++) {
    const slice = org.units.slice(start, start + unitChunk);
    const byApp = chunk % 2 === 0;
    const t0 = performance.now();
    const place = (u: GenUnit, row: { id: number; path: string; depth: number }) => {
      // Children in the same chunk need their parent's id and path right away.
      unitIds[u.index] = row.id;
      placed[u.index] = { path: row.path, depth: row.depth };
    };
    if (byApp) {
      await target.db.transaction().execute(async (trx) => {
        for (const u of slice) place(u, await insertUnit(trx, unitInput(u, unitIds), parentOf(u, placed)));
      });
    } else {
      await target.raw.transaction(async (q) => {
        for (const u of slice) place(u, await insertUnitByHand(q, u, unitIds, parentOf(u, placed)));
      });
    }
    const timing = byApp ? units.app : units.hand;
    timing.ms += performance.now() - t0;
    timing.rows += slice.length;
  }
  progress(`  ${org.units.length.toLocaleString('vi-VN')} đơn vị đã nạp`);

  const people = { app: { rows: 0, ms: 0 }, hand: { rows: 0, ms: 0 } };
  const peopleChunk = chunkSize(org.scale.people, PEOPLE_PER_TRANSACTION);
  let buffer: NewPersonInput[] = [];
  let chunk = 0;
  let loaded = 0;
  const flush = async () => {
    const byApp = chunk % 2 === 0;
    const t0 = performance.now();
    if (byApp) await target.db.transaction().execute((trx) => insertPeople(trx, buffer));
    else await target.raw.transaction((q) => insertPeopleByHand(q, buffer));
    const timing = byApp ? people.app : people.hand;
    timing.ms += performance.now() - t0;
    timing.rows += buffer.length;
    loaded += buffer.length;
    chunk++;
    buffer = [];
    if (chunk % 10 === 0) progress(`  ${loaded.toLocaleString('vi-VN')} người đã nạp`);
  };
  for (const unit of org.units) {
    for (const p of peopleOfUnit(org, unit)) {
      buffer.push({
        fullName: p.fullName,
        gender: p.gender,
        birthYear: p.birthYear,
        unitId: unitIds[unit.index] as number,
        position: p.position,
        category: p.category,
        isUnitHead: p.isUnitHead,
      });
      if (buffer.length === peopleChunk) await flush();
    }
  }
  if (buffer.length > 0) await flush();
  return { units, people, unitIds, unitPaths: placed.map((p) => p.path) };
}

/** At small scales, smaller transactions so that both paths still get a share of ten or more chunks. */
function chunkSize(rows: number, max: number): number {
  return Math.max(1, Math.min(max, Math.ceil(rows / 10)));
}

function unitInput(u: GenUnit, unitIds: number[]) {
  return {
    code: u.code,
    name: u.name,
    kind: u.kind,
    parentId: u.parent === null ? null : (unitIds[u.parent] as number),
    validFrom: '2025-07-01',
  };
}

function parentOf(u: GenUnit, placed: ParentPlace[]): ParentPlace | null {
  return u.parent === null ? null : (placed[u.parent] as ParentPlace);
}

/** insertUnit's three statements, by hand. */
async function insertUnitByHand(q: RawSql, u: GenUnit, unitIds: number[], parent: ParentPlace | null) {
  const input = unitInput(u, unitIds);
  const name = cleanText(input.name);
  const [inserted] = await q.query<{ id: number }>(
    `insert into units (code, name, short_name, kind, parent_id, path, depth, valid_from, valid_to, search_key)
     values ($1, $2, null, $3, $4, 'pending', $5, $6, null, $7) returning id`,
    [cleanText(input.code), name, input.kind, input.parentId, parent ? parent.depth + 1 : 0, input.validFrom, searchKey(name)],
  );
  const id = (inserted as { id: number }).id;
  const [unit] = await q.query<{ id: number; path: string; depth: number; parent_id: number | null }>(
    'update units set path = $1 where id = $2 returning *',
    [`${parent?.path ?? '/'}${id}/`, id],
  );
  const row = unit as { id: number; path: string; depth: number; parent_id: number | null };
  await q.query('insert into unit_parent_history (unit_id, parent_id, valid_from, valid_to) values ($1, $2, $3, null)', [
    row.id,
    row.parent_id,
    input.validFrom ?? HISTORY_ORIGIN,
  ]);
  return row;
}

// Same batch size as insertPeople, so both send the same statements.
const HAND_BATCH = 2_000;
const PERSON_COLUMNS = ['full_name', 'gender', 'birth_year', 'position', 'category', 'is_unit_head', 'search_key', 'unit_id'];

async function insertPeopleByHand(q: RawSql, inputs: NewPersonInput[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < inputs.length; i += HAND_BATCH) {
    const batch = inputs.slice(i, i + HAND_BATCH);
    const params: unknown[] = [];
    const tuples = batch.map((input) => {
      const c = personColumns(input);
      const base = params.length;
      params.push(c.full_name, c.gender, c.birth_year, c.position, c.category, c.is_unit_head, c.search_key, input.unitId);
      return `(${PERSON_COLUMNS.map((_, k) => `$${base + k + 1}`).join(', ')})`;
    });
    const rows = await q.query<{ id: number }>(
      `insert into people (${PERSON_COLUMNS.join(', ')}) values ${tuples.join(', ')} returning id`,
      params,
    );
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}
