import { sql, type ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/database';
import type { Database, MovementVersionRow } from '../../db/types';
import { escapeLike, searchKey } from '../../lib/text';
import { levelKinds, type MovementLevel } from './level';
import type { MovementStatus } from './movements.schema';

type Eb = ExpressionBuilder<Database & { m: Database['movements']; u: Database['units'] }, 'm' | 'u'>;

/** Who sees which movements: any in their subtrees, and issued ones of the units above them. */
export interface MovementVisibility {
  subtrees: string[];
  ancestors: string[];
}

const visible = (v: MovementVisibility) => (eb: Eb) =>
  eb.or([
    ...v.subtrees.map((p) => eb('u.path', 'like', `${p}%`)),
    ...(v.ancestors.length ? [eb.and([eb('m.status', '<>', 'draft'), eb('u.path', 'in', v.ancestors)])] : []),
  ]);

/** The level of the owner unit in SQL, from the same table as movementLevel(). */
function levelIs(eb: Eb, level: MovementLevel) {
  const { byLevel, provincialAtRoot } = levelKinds();
  const atRoot = eb.and([eb('u.kind', 'in', provincialAtRoot), eb('u.depth', '=', 0)]);
  if (level === 'tinh') return eb.or([eb('u.kind', 'in', byLevel.tinh), atRoot]);
  if (level !== 'co_so') return eb.and([eb('u.kind', 'in', byLevel[level]), eb.not(atRoot)]);
  const ranked = [...byLevel.tinh, ...byLevel.so_huyen, ...byLevel.xa];
  return eb.and([eb('u.kind', 'not in', ranked), eb.not(atRoot)]);
}

const ownerColumns = ['u.code as owner_code', 'u.name as owner_name', 'u.kind as owner_kind', 'u.path as owner_path', 'u.depth as owner_depth'] as const;

export interface MovementFilter {
  q?: string;
  level?: MovementLevel;
  year?: number;
  status?: MovementStatus;
  /** Owner inside this unit's subtree. */
  unitPath?: string;
}

function filtered(db: Db, v: MovementVisibility, f: MovementFilter) {
  let q = db.selectFrom('movements as m').innerJoin('units as u', 'u.id', 'm.owner_unit_id').where(visible(v));
  const key = f.q ? searchKey(f.q) : '';
  if (key) q = q.where('m.search_key', 'ilike', `%${escapeLike(key)}%`);
  if (f.level) {
    const level = f.level;
    q = q.where((eb) => levelIs(eb, level));
  }
  if (f.year !== undefined) q = q.where('m.year_from', '<=', f.year).where(sql<number>`coalesce(m.year_to, m.year_from)`, '>=', f.year);
  if (f.status) q = q.where('m.status', '=', f.status);
  if (f.unitPath) q = q.where('u.path', 'like', `${f.unitPath}%`);
  return q;
}

export async function listMovements(db: Db, v: MovementVisibility, f: MovementFilter, page: { limit: number; offset: number }) {
  const [rows, count] = await Promise.all([
    filtered(db, v, f)
      .selectAll('m')
      .select(ownerColumns)
      .select((eb) => [
        eb.selectFrom('movement_versions as iv').select((s) => s.fn.countAll<string>().as('n')).whereRef('iv.movement_id', '=', 'm.id').where('iv.state', '=', 'issued').as('issued_count'),
        eb.exists(eb.selectFrom('movement_versions as dv').select('dv.id').whereRef('dv.movement_id', '=', 'm.id').where('dv.state', '=', 'draft')).as('has_draft'),
      ])
      .orderBy(sql`m.issued_on desc nulls last`)
      .orderBy('m.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    filtered(db, v, f)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map((r) => ({ ...r, issued_count: Number(r.issued_count ?? 0), has_draft: Boolean(r.has_draft) })), total: Number(count.n) };
}
export type MovementListRow = Awaited<ReturnType<typeof listMovements>>['rows'][number];

export function findMovement(db: Db, id: number) {
  return db.selectFrom('movements as m').innerJoin('units as u', 'u.id', 'm.owner_unit_id').selectAll('m').select(ownerColumns).where('m.id', '=', id).executeTakeFirst();
}
export type MovementWithOwner = NonNullable<Awaited<ReturnType<typeof findMovement>>>;

/** Locks the movement row until the transaction ends: saves, issues and status changes of one movement queue up. */
export async function lockMovement(trx: Db, id: number): Promise<boolean> {
  return (await trx.selectFrom('movements').select('id').where('id', '=', id).forUpdate().executeTakeFirst()) !== undefined;
}

/** Movements (with owner) among ids, e.g. the parent and children of one movement. */
export function movementsWithOwner(db: Db, where: { ids?: number[]; parentId?: number }) {
  let q = db.selectFrom('movements as m').innerJoin('units as u', 'u.id', 'm.owner_unit_id').selectAll('m').select(ownerColumns);
  if (where.ids) q = q.where('m.id', 'in', where.ids.length ? where.ids : [0]);
  if (where.parentId !== undefined) q = q.where('m.parent_movement_id', '=', where.parentId);
  return q.orderBy('u.path').orderBy('m.id').execute();
}

export type VersionWithIssuer = MovementVersionRow & { issued_by_name: string | null };

const versionQuery = (db: Db) =>
  db.selectFrom('movement_versions as v').leftJoin('users as iu', 'iu.id', 'v.issued_by').selectAll('v').select('iu.full_name as issued_by_name');

export function versionsOf(db: Db, movementId: number): Promise<VersionWithIssuer[]> {
  return versionQuery(db).where('v.movement_id', '=', movementId).orderBy('v.version_no').execute();
}

export function versionByNo(db: Db, movementId: number, versionNo: number): Promise<VersionWithIssuer | undefined> {
  return versionQuery(db).where('v.movement_id', '=', movementId).where('v.version_no', '=', versionNo).executeTakeFirst();
}

export function draftOf(db: Db, movementId: number): Promise<MovementVersionRow | undefined> {
  return db.selectFrom('movement_versions').selectAll().where('movement_id', '=', movementId).where('state', '=', 'draft').executeTakeFirst();
}

export function versionById(db: Db, id: number): Promise<MovementVersionRow | undefined> {
  return db.selectFrom('movement_versions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function nextVersionNo(trx: Db, movementId: number): Promise<number> {
  const row = await trx.selectFrom('movement_versions').select((eb) => eb.fn.max('version_no').as('n')).where('movement_id', '=', movementId).executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

/** Issued movements of the given dates, with what a citation is matched on (number, date, issuer). */
export function issuedOnDates(db: Db, dates: string[]) {
  if (dates.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('movements as m')
    .innerJoin('units as u', 'u.id', 'm.owner_unit_id')
    .innerJoin('movement_versions as v', 'v.id', 'm.current_version_id')
    .select(['m.id', 'm.title', 'm.number', 'm.issued_on', 'm.status', 'u.name as owner_name', 'u.path as owner_path'])
    .select(sql<string | null>`v.content->'header'->>'issuerName'`.as('issuer_name'))
    .where('m.status', '<>', 'draft')
    .where('m.issued_on', 'in', dates)
    .orderBy('m.id')
    .execute();
}

/** Another plan of the same issuer already carries this number in this year (a number is unique per issuer and year). */
export function numberTaken(trx: Db, m: { id: number; owner_unit_id: number }, number: string, issuedOn: string) {
  return trx
    .selectFrom('movements')
    .select(['id', 'title'])
    .where('owner_unit_id', '=', m.owner_unit_id)
    .where('id', '<>', m.id)
    .where('number', '=', number)
    .where(sql<number>`extract(year from issued_on)`, '=', Number(issuedOn.slice(0, 4)))
    .where('status', '<>', 'draft')
    .executeTakeFirst();
}
