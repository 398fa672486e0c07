import type { Db } from '../../db/database';
import type { DisciplineRecordRow } from '../../db/types';
import type { ServiceContext } from '../../http/context';
import { forbidden, notFound } from '../../http/errors';
import { recordAudit } from '../audit/audit.queries';
import { can, scopePaths } from '../auth/scope';
import { todayInVietnam } from '../units/unit-period';
import { resolvePeriod, ruleEffectTo } from './discipline-period';
import {
  deleteDiscipline,
  findDiscipline,
  insertDiscipline,
  listDiscipline,
  updateDiscipline,
  type DisciplineValues,
  type DisciplineVisibility,
  type DisciplineWithSubject,
} from './discipline.queries';
import type { DisciplineBody, DisciplineDto, DisciplineListResponse } from './discipline.schema';
import { assertWriter, listFilter, writableSubject, within, type ListQuery, type ListFilter, type Subject } from './subjects';
import { disciplineFormLabels, disciplineKindLabels, pendingKindLabels, type DisciplineForm, type DisciplineKind, type PendingKind } from './vocab';

/**
 * Discipline is sensitive: it is read by standing agencies and leaders (discipline.read) in their
 * subtrees, and by a person about themselves; nobody else learns that a record exists (403 for
 * a list, 404 for one record).
 */
export function disciplineVisibility(ctx: ServiceContext): DisciplineVisibility {
  const subtrees = scopePaths(ctx.actor, 'discipline.read');
  if (subtrees.length === 0 && ctx.actor.personId === null) throw forbidden('Bạn không có quyền xem thông tin kỷ luật.');
  return { subtrees, ownPersonId: ctx.actor.personId };
}

const visible = (v: DisciplineVisibility, r: { unit_path: string; person_id: number | null }) =>
  within(v.subtrees, r.unit_path) || (r.person_id !== null && r.person_id === v.ownPersonId);

export const assertDisciplineWriter = (ctx: ServiceContext) => assertWriter(ctx.actor, 'discipline.write', 'Bạn không có quyền ghi thông tin kỷ luật.');

export function presentDiscipline(r: DisciplineWithSubject, editable: boolean, today = todayInVietnam()): DisciplineDto {
  const form = r.form as DisciplineForm | null;
  const pending = r.pending_kind as PendingKind | null;
  return {
    id: r.id,
    subject: {
      kind: r.person_id === null ? 'unit' : 'person',
      person: r.person_id === null ? null : { id: r.person_id, fullName: r.person_name ?? '' },
      unit: { id: r.unit_id, code: r.unit_code, name: r.unit_name },
    },
    kind: r.kind as DisciplineKind,
    kindName: disciplineKindLabels[r.kind as DisciplineKind],
    form,
    formName: form ? disciplineFormLabels[form] : null,
    pendingKind: pending,
    pendingKindName: pending ? pendingKindLabels[pending] : null,
    decisionNumber: r.decision_number,
    decisionDate: r.decision_date,
    effectiveFrom: r.effective_from,
    effectiveTo: r.effective_to,
    ruleEffectTo: form ? ruleEffectTo(form, r.effective_from) : null,
    periodOverrideReason: r.period_override_reason,
    note: r.note,
    activeToday: r.effective_from <= today && (r.effective_to === null || r.effective_to >= today),
    editable,
  };
}

export const disciplineAudit = (r: DisciplineRecordRow) => ({
  subjectKind: r.subject_kind,
  personId: r.person_id,
  unitId: r.unit_id,
  kind: r.kind,
  form: r.form,
  pendingKind: r.pending_kind,
  decisionNumber: r.decision_number,
  decisionDate: r.decision_date,
  effectiveFrom: r.effective_from,
  effectiveTo: r.effective_to,
  periodOverrideReason: r.period_override_reason,
});

export async function disciplineFilter(ctx: ServiceContext, v: DisciplineVisibility, q: ListQuery): Promise<ListFilter> {
  // Anyone may ask about themselves; any other person or unit must lie in a discipline.read subtree.
  const own = q.personId !== undefined && q.personId === v.ownPersonId;
  const f = await listFilter(ctx.db, v.subtrees, { ...q, personId: own ? undefined : q.personId });
  return own ? { ...f, personId: q.personId } : f;
}

export async function listDisciplineOf(ctx: ServiceContext, q: ListQuery): Promise<DisciplineListResponse> {
  const v = disciplineVisibility(ctx);
  const rows = await listDiscipline(ctx.db, v, await disciplineFilter(ctx, v, q));
  const today = todayInVietnam();
  return { items: rows.map((r) => presentDiscipline(r, can(ctx.actor, 'discipline.write', r.unit_path), today)) };
}

/** The stored row of a body; the period was checked by the schema, resolved again here to store it. */
export function disciplineValues(b: DisciplineBody, s: Subject): DisciplineValues {
  const base = { subject_kind: s.kind, person_id: s.person?.id ?? null, unit_id: s.unit.id, kind: b.recordKind, decision_number: b.decisionNumber, decision_date: b.decisionDate, note: b.note };
  if (b.recordKind === 'pending') {
    return { ...base, form: null, pending_kind: b.pendingKind, effective_from: b.effectiveFrom!, effective_to: b.effectiveTo ?? null, period_override_reason: null };
  }
  const from = b.effectiveFrom ?? b.decisionDate!;
  const period = resolvePeriod({ form: b.disciplineForm!, effectiveFrom: from, effectiveTo: b.effectiveTo, overrideReason: b.overrideReason });
  if (!period.ok) throw new Error(period.message); // unreachable: the schema refused it
  return { ...base, form: b.disciplineForm, pending_kind: null, effective_from: from, effective_to: period.effectiveTo, period_override_reason: period.overrideReason };
}

const access = (v: DisciplineVisibility) => ({ read: scopeForWrites(v), write: 'discipline.write' as const, what: 'thông tin kỷ luật' });
// Writers hold discipline.read wherever they hold discipline.write (standing, admin).
const scopeForWrites = (v: DisciplineVisibility) => v.subtrees;

async function loadEditable(trx: Db, ctx: ServiceContext, v: DisciplineVisibility, id: number): Promise<DisciplineWithSubject> {
  const row = await findDiscipline(trx, id);
  if (!row || !visible(v, row)) throw notFound('bản ghi kỷ luật');
  if (!can(ctx.actor, 'discipline.write', row.unit_path)) throw forbidden('Bạn không có quyền sửa bản ghi kỷ luật này.');
  return row;
}

export async function createDiscipline(ctx: ServiceContext, body: DisciplineBody): Promise<DisciplineDto> {
  assertDisciplineWriter(ctx);
  const v = disciplineVisibility(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const s = await writableSubject(trx, ctx.actor, access(v), { kind: body.subjectKind, personId: body.personId, unitId: body.unitId });
    const row = await insertDiscipline(trx, disciplineValues(body, s), ctx.actor.userId);
    await recordAudit(trx, { userId: ctx.actor.userId, action: 'discipline.create', entity: 'discipline_record', entityId: row.id, unitId: row.unit_id, after: disciplineAudit(row), requestId: ctx.requestId });
    return presentDiscipline((await findDiscipline(trx, row.id))!, true);
  });
}

export async function editDiscipline(ctx: ServiceContext, id: number, body: DisciplineBody): Promise<DisciplineDto> {
  assertDisciplineWriter(ctx);
  const v = disciplineVisibility(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await loadEditable(trx, ctx, v, id);
    const s = await writableSubject(trx, ctx.actor, access(v), { kind: body.subjectKind, personId: body.personId, unitId: body.unitId });
    // A person's record stays with the unit it was written in unless the subject changes.
    const values = disciplineValues(body, s);
    if (body.subjectKind === 'person' && body.personId === before.person_id) values.unit_id = before.unit_id;
    const row = await updateDiscipline(trx, id, values);
    await recordAudit(trx, { userId: ctx.actor.userId, action: 'discipline.update', entity: 'discipline_record', entityId: id, unitId: row.unit_id, before: disciplineAudit(before), after: disciplineAudit(row), requestId: ctx.requestId });
    return presentDiscipline((await findDiscipline(trx, id))!, true);
  });
}

export async function removeDiscipline(ctx: ServiceContext, id: number): Promise<{ deleted: true }> {
  assertDisciplineWriter(ctx);
  const v = disciplineVisibility(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await loadEditable(trx, ctx, v, id);
    await deleteDiscipline(trx, id);
    await recordAudit(trx, { userId: ctx.actor.userId, action: 'discipline.delete', entity: 'discipline_record', entityId: id, unitId: before.unit_id, before: disciplineAudit(before), requestId: ctx.requestId });
    return { deleted: true as const };
  });
}
