import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { UnitRow } from '../../db/types';
import type { KnownPerson, KnownUnitRef } from './person-rows';
import type { KnownUnit } from './unit-rows';

/** Rows per multi-row statement: 1,000 rows × ≤ 10 columns stays far below PostgreSQL's 65,535 parameters. */
export const BATCH_ROWS = 1_000;
// Lookups send one parameter per key.
const LOOKUP_CHUNK = 5_000;

export function chunks<T>(items: readonly T[], size: number = BATCH_ROWS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

// Merged or closed units take no new children and no new people.
const isActive = sql<boolean>`(u.merged_into_id is null and (u.valid_to is null or u.valid_to > current_date))`;

const unitSelection = [
  'u.id',
  'u.code',
  'u.name',
  'u.short_name',
  'u.kind',
  'u.parent_id',
  'u.path',
  'u.depth',
  'u.valid_from',
] as const;

type UnitLookupRow = Pick<UnitRow, 'id' | 'code' | 'name' | 'short_name' | 'kind' | 'parent_id' | 'path' | 'depth' | 'valid_from'> & {
  active: boolean;
};

const toKnownUnit = (r: UnitLookupRow): KnownUnit => ({
  id: r.id,
  code: r.code,
  name: r.name,
  shortName: r.short_name,
  kind: r.kind,
  parentId: r.parent_id,
  path: r.path,
  depth: r.depth,
  validFrom: r.valid_from,
  active: r.active,
});

export async function unitsByCodes(db: Db, codes: readonly string[]): Promise<KnownUnit[]> {
  const out: KnownUnit[] = [];
  for (const part of chunks([...new Set(codes)], LOOKUP_CHUNK)) {
    const rows = await db
      .selectFrom('units as u')
      .select([...unitSelection, isActive.as('active')])
      .where('u.code', 'in', part)
      .execute();
    out.push(...rows.map(toKnownUnit));
  }
  return out;
}

export async function unitsByIds(db: Db, ids: readonly number[]): Promise<KnownUnit[]> {
  const out: KnownUnit[] = [];
  for (const part of chunks([...new Set(ids)], LOOKUP_CHUNK)) {
    const rows = await db
      .selectFrom('units as u')
      .select([...unitSelection, isActive.as('active')])
      .where('u.id', 'in', part)
      .execute();
    out.push(...rows.map(toKnownUnit));
  }
  return out;
}

export async function unitRefsByCodes(db: Db, codes: readonly string[]): Promise<KnownUnitRef[]> {
  return (await unitsByCodes(db, codes)).map((u) => ({ id: u.id, code: u.code, path: u.path, active: u.active }));
}

export async function peopleByIds(db: Db, ids: readonly number[]): Promise<KnownPerson[]> {
  const out: KnownPerson[] = [];
  for (const part of chunks([...new Set(ids)], LOOKUP_CHUNK)) {
    const rows = await db
      .selectFrom('people as p')
      .innerJoin('units as u', 'u.id', 'p.unit_id')
      .select([
        'p.id',
        'p.full_name',
        'p.gender',
        'p.birth_year',
        'p.unit_id',
        'p.position',
        'p.category',
        'p.is_unit_head',
        'u.path',
      ])
      .where('p.id', 'in', part)
      .execute();
    out.push(
      ...rows.map((r) => ({
        id: r.id,
        fullName: r.full_name,
        gender: r.gender,
        birthYear: r.birth_year,
        unitId: r.unit_id,
        position: r.position,
        category: r.category,
        isUnitHead: r.is_unit_head,
        unitPath: r.path,
      })),
    );
  }
  return out;
}

/** Reserves identity values up front, so rows can be inserted with known ids (and paths) in batches. */
export async function reserveIds(trx: Db, table: 'units' | 'people', count: number): Promise<number[]> {
  if (count === 0) return [];
  const { rows } = await sql<{ id: number }>`
    select nextval(pg_get_serial_sequence(${table}, 'id'))::integer as id from generate_series(1, ${count}::integer)
  `.execute(trx);
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

export interface AuditRow {
  userId: number;
  action: string;
  entity: string;
  entityId: number | string;
  unitId: number | null;
  before: unknown;
  after: unknown;
  requestId: string;
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

/** The per-row audit of an import: same columns as recordAudit, many rows per statement. */
export async function insertAuditRows(trx: Db, rows: readonly AuditRow[]): Promise<void> {
  for (const part of chunks(rows)) {
    await trx
      .insertInto('audit_log')
      .values(
        part.map((e) => ({
          user_id: e.userId,
          action: e.action,
          entity: e.entity,
          entity_id: String(e.entityId),
          unit_id: e.unitId,
          before: json(e.before),
          after: json(e.after),
          request_id: e.requestId,
        })),
      )
      .execute();
  }
}
