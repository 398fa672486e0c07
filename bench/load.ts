import { BATCH_ROWS, reserveIds } from '../src/modules/imports/imports.queries';
import type { UnitCreate } from '../src/modules/imports/unit-plan';
import { insertUnits } from '../src/modules/imports/unit-writes.queries';
import { insertPeople, personColumns, type NewPersonInput } from '../src/modules/people/people.queries';
import { HISTORY_ORIGIN } from '../src/modules/units/units.queries';
import { cleanText, searchKey } from '../src/lib/text';
import type { BenchDatabase, RawSql } from './engines';
import { peopleOfUnit, type GenUnit, type Org } from './generate-org';

/**
 * Bulk load through the app's own writers — units as the Excel import writes them (reserveIds, then
 * insertUnits: 1,000 rows per statement), people with insertPeople (the writer shared by the import,
 * the seed and the people service) — and through the same statements written by hand, interleaved
 * chunk by chunk on the same database so both meet the same table and index sizes. Even chunks go
 * through the app, odd chunks by hand.
 */
export const UNITS_PER_TRANSACTION = 2_000;
const VALID_FROM = '2025-07-01';
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
  const unitIds: number[] = new Array(org.units.length);
  const unitPaths: string[] = new Array(org.units.length);
  const units = { app: { rows: 0, ms: 0 }, hand: { rows: 0, ms: 0 } };
  const unitChunk = chunkSize(org.units.length, UNITS_PER_TRANSACTION);
  for (let start = 0, chunk = 0; start < org.units.length; start += unitChunk, chunk++) {
    const slice = org.units.slice(start, start + unitChunk);
    const byApp = chunk % 2 === 0;
    const t0 = performance.now();
    // Like the Excel import: ids reserved first, so every row carries its final path; level by level.
    const write = async (reserve: (n: number) => Promise<number[]>, insert: (rows: UnitCreate[]) => Promise<void>) => {
      const ids = await reserve(slice.length);
      slice.forEach((u, i) => {
        unitIds[u.index] = ids[i] as number;
        unitPaths[u.index] = `${u.parent === null ? '/' : unitPaths[u.parent]}${ids[i]}/`;
      });
      for (const depth of new Set(slice.map((u) => u.depth))) {
        await insert(slice.filter((u) => u.depth === depth).map((u) => unitCreate(u, unitIds, unitPaths)));
      }
    };
    if (byApp) {
      await target.db.transaction().execute((trx) =>
        write((n) => reserveIds(trx, 'units', n), (rows) => insertUnits(trx, rows)),
      );
    } else {
      await target.raw.transaction((q) => write((n) => reserveIdsByHand(q, n), (rows) => insertUnitsByHand(q, rows)));
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
  return { units, people, unitIds, unitPaths };
}

/** At small scales, smaller transactions so that both paths still get a share of ten or more chunks. */
function chunkSize(rows: number, max: number): number {
  return Math.max(1, Math.min(max, Math.ceil(rows / 10)));
}

function unitCreate(u: GenUnit, unitIds: number[], unitPaths: string[]): UnitCreate {
  const name = cleanText(u.name);
  return {
    id: unitIds[u.index] as number,
    code: u.code,
    name,
    shortName: null,
    kind: u.kind,
    validFrom: VALID_FROM,
    parentId: u.parent === null ? null : (unitIds[u.parent] as number),
    path: unitPaths[u.index] as string,
    depth: u.depth,
    searchKey: searchKey(name),
  };
}

async function reserveIdsByHand(q: RawSql, count: number): Promise<number[]> {
  const rows = await q.query<{ id: number }>(
    "select nextval(pg_get_serial_sequence('units', 'id'))::integer as id from generate_series(1, $1::integer)",
    [count],
  );
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

/** The import's two statements per 1,000 units (units, then their first parent-history rows), by hand. */
async function insertUnitsByHand(q: RawSql, creates: UnitCreate[]): Promise<void> {
  for (let i = 0; i < creates.length; i += BATCH_ROWS) {
    const part = creates.slice(i, i + BATCH_ROWS);
    const params: unknown[] = [];
    const tuples = part.map((c) => {
      const n = params.push(c.id, c.code, c.name, c.shortName, c.kind, c.parentId, c.path, c.depth, c.validFrom, c.searchKey);
      const $ = (k: number) => `$${n - 10 + k}`;
      return `(${$(1)}::integer, ${$(2)}::text, ${$(3)}::text, ${$(4)}::text, ${$(5)}::text, ${$(6)}::integer, ${$(7)}::text, ${$(8)}::integer, ${$(9)}::date, ${$(10)}::text)`;
    });
    await q.query(
      `insert into units (id, code, name, short_name, kind, parent_id, path, depth, valid_from, search_key)
       overriding system value values ${tuples.join(', ')}`,
      params,
    );
    const history: unknown[] = [];
    const historyTuples = part.map((c) => {
      const n = history.push(c.id, c.parentId, c.validFrom ?? HISTORY_ORIGIN);
      return `($${n - 2}, $${n - 1}, $${n}, null)`;
    });
    await q.query(
      `insert into unit_parent_history (unit_id, parent_id, valid_from, valid_to) values ${historyTuples.join(', ')}`,
      history,
    );
  }
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
