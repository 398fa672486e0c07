import type { Db } from '../../db/database';
import type { InitiativeRow } from '../../db/types';
import type { ServiceContext } from '../../http/context';
import { forbidden, invalid, notFound } from '../../http/errors';
import { recordAudit } from '../audit/audit.queries';
import { can, requireScope } from '../auth/scope';
import {
  authorsOf,
  deleteInitiative,
  findInitiative,
  insertInitiative,
  listInitiatives,
  replaceAuthors,
  updateInitiative,
  type AuthorRow,
  type InitiativeValues,
  type InitiativeWithUnit,
} from './initiatives.queries';
import type { InitiativeBody, InitiativeDto, InitiativeListResponse } from './initiatives.schema';
import { assertWriter, findPersonRef, listFilter, writableSubject, within, type ListQuery } from './subjects';
import { recognitionLevelLabels, type RecognitionLevel } from './vocab';

export const initiativeReadScope = (ctx: ServiceContext) => requireScope(ctx.actor, 'people.read');
export const assertInitiativeWriter = (ctx: ServiceContext) => assertWriter(ctx.actor, 'initiatives.write', 'Bạn không có quyền ghi sáng kiến.');

export function presentInitiative(r: InitiativeWithUnit, authors: AuthorRow[], editable: boolean): InitiativeDto {
  const level = r.recognition_level as RecognitionLevel | null;
  return {
    id: r.id,
    unit: { id: r.unit_id, code: r.unit_code, name: r.unit_name },
    title: r.title,
    summary: r.summary,
    year: r.year,
    recognitionLevel: level,
    recognitionLevelName: level ? recognitionLevelLabels[level] : null,
    councilName: r.council_name,
    decisionNumber: r.decision_number,
    decisionDate: r.decision_date,
    authors: authors.map((a) => ({ personId: a.person_id, fullName: a.full_name, unitName: a.unit_name, share: a.share })),
    updatedAt: new Date(r.updated_at).toISOString(),
    editable,
  };
}

export const initiativeAudit = (r: InitiativeRow, authors: { personId: number; share: number }[]) => ({
  unitId: r.unit_id,
  title: r.title,
  summary: r.summary,
  year: r.year,
  recognitionLevel: r.recognition_level,
  councilName: r.council_name,
  decisionNumber: r.decision_number,
  decisionDate: r.decision_date,
  authors,
});

export async function listInitiativesOf(ctx: ServiceContext, q: ListQuery): Promise<InitiativeListResponse> {
  const read = initiativeReadScope(ctx);
  const rows = await listInitiatives(ctx.db, read, await listFilter(ctx.db, read, q));
  const authors = await authorsOf(ctx.db, rows.map((r) => r.id));
  return { items: rows.map((r) => presentInitiative(r, authors.get(r.id) ?? [], can(ctx.actor, 'initiatives.write', r.unit_path))) };
}

export const valuesOf = (b: InitiativeBody): InitiativeValues => ({
  unit_id: b.unitId,
  title: b.title.normalize('NFC'),
  summary: b.summary,
  year: b.year,
  recognition_level: b.recognitionLevel,
  council_name: b.councilName,
  decision_number: b.decisionNumber,
  decision_date: b.decisionDate,
});

/** Every author must be a person the actor can see; a stranger's id reads as unknown. */
async function checkAuthors(db: Db, read: readonly string[], authors: InitiativeBody['authors']): Promise<void> {
  for (const [i, a] of authors.entries()) {
    const p = await findPersonRef(db, a.personId);
    if (!p || !within(read, p.path)) throw invalid(`Không tìm thấy tác giả thứ ${i + 1} (mã ${a.personId}) trong phạm vi của bạn.`, { authors: `Không tìm thấy tác giả mã ${a.personId}` });
  }
}

const access = (read: readonly string[]) => ({ read, write: 'initiatives.write' as const, what: 'sáng kiến' });

async function loadEditable(trx: Db, ctx: ServiceContext, read: readonly string[], id: number): Promise<InitiativeWithUnit> {
  const row = await findInitiative(trx, id);
  if (!row || !within(read, row.unit_path)) throw notFound('sáng kiến');
  if (!can(ctx.actor, 'initiatives.write', row.unit_path)) throw forbidden(`Bạn không có quyền sửa sáng kiến của «${row.unit_name}».`);
  return row;
}

async function present(trx: Db, id: number): Promise<InitiativeDto> {
  const row = (await findInitiative(trx, id))!;
  return presentInitiative(row, (await authorsOf(trx, [id])).get(id) ?? [], true);
}

export async function createInitiative(ctx: ServiceContext, body: InitiativeBody): Promise<InitiativeDto> {
  assertInitiativeWriter(ctx);
  const read = initiativeReadScope(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    await writableSubject(trx, ctx.actor, access(read), { kind: 'unit', personId: null, unitId: body.unitId });
    await checkAuthors(trx, read, body.authors);
    const row = await insertInitiative(trx, valuesOf(body), ctx.actor.userId);
    await replaceAuthors(trx, row.id, body.authors);
    await recordAudit(trx, { userId: ctx.actor.userId, action: 'initiative.create', entity: 'initiative', entityId: row.id, unitId: row.unit_id, after: initiativeAudit(row, body.authors), requestId: ctx.requestId });
    return present(trx, row.id);
  });
}

export async function editInitiative(ctx: ServiceContext, id: number, body: InitiativeBody): Promise<InitiativeDto> {
  assertInitiativeWriter(ctx);
  const read = initiativeReadScope(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await loadEditable(trx, ctx, read, id);
    const beforeAuthors = ((await authorsOf(trx, [id])).get(id) ?? []).map((a) => ({ personId: a.person_id, share: a.share }));
    if (body.unitId !== before.unit_id) await writableSubject(trx, ctx.actor, access(read), { kind: 'unit', personId: null, unitId: body.unitId });
    await checkAuthors(trx, read, body.authors);
    const row = await updateInitiative(trx, id, valuesOf(body));
    await replaceAuthors(trx, id, body.authors);
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: 'initiative.update',
      entity: 'initiative',
      entityId: id,
      unitId: row.unit_id,
      before: initiativeAudit(before, beforeAuthors),
      after: initiativeAudit(row, body.authors),
      requestId: ctx.requestId,
    });
    return present(trx, id);
  });
}

export async function removeInitiative(ctx: ServiceContext, id: number): Promise<{ deleted: true }> {
  assertInitiativeWriter(ctx);
  const read = initiativeReadScope(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await loadEditable(trx, ctx, read, id);
    const authors = ((await authorsOf(trx, [id])).get(id) ?? []).map((a) => ({ personId: a.person_id, share: a.share }));
    await deleteInitiative(trx, id);
    await recordAudit(trx, { userId: ctx.actor.userId, action: 'initiative.delete', entity: 'initiative', entityId: id, unitId: before.unit_id, before: initiativeAudit(before, authors), requestId: ctx.requestId });
    return { deleted: true as const };
  });
}
