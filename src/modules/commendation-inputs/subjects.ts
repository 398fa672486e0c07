import { z } from 'zod';
import type { Db } from '../../db/database';
import type { Actor } from '../../http/context';
import { forbidden, notFound } from '../../http/errors';
import { escapeLike } from '../../lib/text';
import type { Permission } from '../auth/roles';
import { can, scopePaths } from '../auth/scope';
import type { SubjectKind } from './vocab';

/** The unit a record belongs to, and the person when the subject is one. */
export interface Subject {
  kind: SubjectKind;
  person: { id: number; fullName: string } | null;
  unit: { id: number; code: string; name: string; path: string };
}

export const subjectDto = z.object({
  kind: z.enum(['person', 'unit']),
  person: z.object({ id: z.number(), fullName: z.string() }).nullable(),
  unit: z.object({ id: z.number(), code: z.string(), name: z.string() }),
});
export type SubjectDto = z.infer<typeof subjectDto>;

export const presentSubject = (s: Subject): SubjectDto => ({
  kind: s.kind,
  person: s.person,
  unit: { id: s.unit.id, code: s.unit.code, name: s.unit.name },
});

export const within = (paths: readonly string[], path: string) => paths.some((p) => path.startsWith(p));

/** Prefix patterns for `like`: the actor's subtrees as SQL patterns. */
export const likePatterns = (paths: readonly string[]) => paths.map((p) => `${escapeLike(p)}%`);

export async function findPersonRef(db: Db, id: number) {
  return db
    .selectFrom('people as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select(['p.id', 'p.full_name', 'u.id as unit_id', 'u.code', 'u.name', 'u.path'])
    .where('p.id', '=', id)
    .executeTakeFirst();
}

export async function findUnitRef(db: Db, id: number) {
  return db.selectFrom('units').select(['id', 'code', 'name', 'path']).where('id', '=', id).executeTakeFirst();
}

/**
 * The subject a body names, when the actor may see it (404 otherwise: its existence is not
 * disclosed), then 403 when visible but outside the subtrees where the actor may write.
 */
export async function writableSubject(
  db: Db,
  actor: Actor,
  access: { read: readonly string[]; write: Permission; what: string },
  target: { kind: SubjectKind; personId: number | null; unitId: number | null },
): Promise<Subject> {
  let subject: Subject;
  if (target.kind === 'person') {
    const p = target.personId === null ? undefined : await findPersonRef(db, target.personId);
    if (!p || !within(access.read, p.path)) throw notFound('cá nhân');
    subject = { kind: 'person', person: { id: p.id, fullName: p.full_name }, unit: { id: p.unit_id, code: p.code, name: p.name, path: p.path } };
  } else {
    const u = target.unitId === null ? undefined : await findUnitRef(db, target.unitId);
    if (!u || !within(access.read, u.path)) throw notFound('đơn vị');
    subject = { kind: 'unit', person: null, unit: u };
  }
  if (!can(actor, access.write, subject.unit.path)) {
    const name = subject.person?.fullName ?? subject.unit.name;
    throw forbidden(`Bạn không có quyền ghi ${access.what} của «${name}».`);
  }
  return subject;
}

/** 403 before anything is read for users who may not write this kind of record anywhere. */
export function assertWriter(actor: Actor, permission: Permission, message: string): void {
  if (scopePaths(actor, permission).length === 0) throw forbidden(message);
}

/** Filters of every list: a unit (its subtree), a year, a person. */
export interface ListFilter {
  underPath?: string;
  year?: number;
  personId?: number;
}

/** Resolves the list's unitId/personId filters against what the actor may read (404 outside). */
export async function listFilter(db: Db, read: readonly string[], q: { unitId?: number; personId?: number; year?: number }): Promise<ListFilter> {
  const out: ListFilter = { year: q.year };
  if (q.unitId !== undefined) {
    const u = await findUnitRef(db, q.unitId);
    if (!u || !within(read, u.path)) throw notFound('đơn vị');
    out.underPath = u.path;
  }
  if (q.personId !== undefined) {
    const p = await findPersonRef(db, q.personId);
    if (!p || !within(read, p.path)) throw notFound('cá nhân');
    out.personId = p.id;
  }
  return out;
}

const id = (what: string) => z.coerce.number({ error: `${what} phải là số` }).int(`${what} phải là số nguyên`).positive(`${what} phải là số dương`);

export const listQuery = z.strictObject({
  unitId: id('Mã đơn vị').optional(),
  personId: id('Mã cá nhân').optional(),
  year: z.coerce.number({ error: 'Năm phải là số' }).int('Năm phải là số nguyên').min(2000, 'Năm phải từ 2000').max(2100, 'Năm không được quá 2100').optional(),
});
export type ListQuery = z.infer<typeof listQuery>;

export const idParam = z.strictObject({ id: id('Mã bản ghi') });

export const yearField = z.number({ error: 'Năm phải là số' }).int('Năm phải là số nguyên').min(2000, 'Năm phải từ 2000').max(2100, 'Năm không được quá 2100');
export const isoDate = (what: string) =>
  z
    .string({ error: `${what} phải có dạng YYYY-MM-DD` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${what} phải có dạng YYYY-MM-DD`)
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, `${what} không tồn tại trên lịch`);
export const optionalText = (what: string, max: number) =>
  z
    .string({ error: `${what} phải là văn bản` })
    .trim()
    .max(max, `${what} tối đa ${max} ký tự`)
    .transform((s) => (s ? s.normalize('NFC') : null))
    .nullable()
    .default(null);
export const subjectFields = {
  subjectKind: z.enum(['person', 'unit'], { error: 'Đối tượng phải là Cá nhân hoặc Tập thể' }),
  personId: z.number({ error: 'Chưa chọn cá nhân' }).int().positive().nullable().default(null),
  unitId: z.number({ error: 'Chưa chọn đơn vị' }).int().positive().nullable().default(null),
};

/** The id the subject kind needs must be there; the other must not. */
export function subjectProblems(b: { subjectKind: SubjectKind; personId: number | null; unitId: number | null }): { field: string; message: string }[] {
  if (b.subjectKind === 'person' && b.personId === null) return [{ field: 'personId', message: 'Chưa chọn cá nhân' }];
  if (b.subjectKind === 'unit' && b.unitId === null) return [{ field: 'unitId', message: 'Chưa chọn đơn vị (tập thể)' }];
  return [];
}
