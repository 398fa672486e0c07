import type { Db } from '../../db/database';
import type { Actor, ServiceContext } from '../../http/context';
import { conflict, invalid, notFound } from '../../http/errors';
import { labelFor } from '../../http/field-labels';
import { recordAudit } from '../audit/audit.queries';
import { can, scopePaths } from '../auth/scope';
import { contentInForce } from '../movements/cascade/cascade.queries';
import type { PlanContent } from '../movements/model/plan-content.schema';
import { visibleMovement } from '../movements/movement-access';
import { lockMovement, type MovementWithOwner } from '../movements/movements.queries';
import { findUnit } from '../units/units.queries';
import type { RegistrationStatus } from './registration-labels';
import { entryErrors, nextStatus, transitionError, type PersonFacts, type RegistrationAction } from './registration-rules';
import { assertMayDecide, assertMayRegister, assertMaySubmit, assertOpenForRegistration, expectedRegistrants, visibleRegistration } from './registration-access';
import { presentListItem, presentRegistration, presentUnit, registrationSnapshot } from './registrations.presenter';
import {
  entriesOf,
  insertRegistration,
  lockRegistration,
  peopleByIds,
  registrationOf,
  registrationsOfMovement,
  replaceEntries,
  updateRegistration,
  type EntryWithPerson,
  type NewEntry,
  type RegistrationWithUnit,
} from './registrations.queries';
import type { RegistrationDto, RegistrationListResponse, SaveRegistrationBody } from './registrations.schema';

function permissionsOn(actor: Actor, r: RegistrationWithUnit, m: MovementWithOwner): RegistrationDto['can'] {
  const open = m.status === 'issued' || m.status === 'in_progress';
  const submitter = can(actor, 'registrations.submit', r.unit_path);
  const status = r.status as RegistrationStatus;
  return {
    edit: open && submitter && nextStatus(status, 'save') !== null,
    submit: open && submitter && nextStatus(status, 'submit') !== null,
    decide: m.status !== 'closed' && can(actor, 'registrations.approve', m.owner_path) && nextStatus(status, 'approve') !== null,
  };
}

async function detail(db: Db, actor: Actor, id: number): Promise<RegistrationDto> {
  const { r, m } = await visibleRegistration(db, actor, id);
  return presentRegistration(r, await entriesOf(db, [r.id]), permissionsOn(actor, r, m));
}

export const getRegistration = (ctx: ServiceContext, id: number) => detail(ctx.db, ctx.actor, id);

/**
 * The registrations of a movement the reader may see, and the expected units that have not started
 * one (status chưa gửi, registration null), in tree order.
 */
export async function listRegistrations(ctx: ServiceContext, movementId: number): Promise<RegistrationListResponse> {
  const m = await visibleMovement(ctx.db, ctx.actor, movementId);
  const readable = scopePaths(ctx.actor, 'movements.read');
  const [rows, expected] = await Promise.all([registrationsOfMovement(ctx.db, m.id, readable), expectedRegistrants(ctx.db, m, readable)]);
  const registered = new Set(rows.map((r) => r.unit_id));
  const items = [
    ...rows.map((r) => ({ path: r.unit_path, item: presentListItem(r) })),
    ...expected
      .filter((u) => !registered.has(u.id))
      .map((u) => ({ path: u.path, item: { unit: presentUnit({ unit_id: u.id, unit_code: u.code, unit_name: u.name, unit_kind: u.kind }), status: 'chua_gui' as const, registration: null } })),
  ]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((x) => x.item);
  const count = (s: RegistrationStatus) => items.filter((i) => i.status === s).length;
  return {
    movementId: m.id,
    items,
    summary: { total: items.length, chua_gui: count('chua_gui'), cho_duyet: count('cho_duyet'), tra_lai: count('tra_lai'), da_duyet: count('da_duyet') },
    can: { decide: m.status !== 'closed' && can(ctx.actor, 'registrations.approve', m.owner_path) },
  };
}

function assertTransition(status: string, action: RegistrationAction): RegistrationStatus {
  const to = nextStatus(status as RegistrationStatus, action);
  if (to === null) throw conflict(transitionError(status as RegistrationStatus, action), { status: transitionError(status as RegistrationStatus, action) });
  return to;
}

/** Every entry checked against the unit's people and the plan's subjects; a Vietnamese message naming each wrong field. */
async function assertEntries(trx: Db, entries: NewEntry[], unit: { id: number; name: string }, content: PlanContent): Promise<void> {
  const ids = entries.flatMap((e) => (e.personId === null ? [] : [e.personId]));
  const people = new Map<number, PersonFacts>(
    (await peopleByIds(trx, ids)).map((p) => [p.id, { id: p.id, unitId: p.unit_id, active: p.active, category: p.category, fullName: p.full_name }]),
  );
  const errors = entryErrors(entries as Parameters<typeof entryErrors>[0], {
    unitId: unit.id,
    unitName: unit.name,
    people,
    personCategories: content.subjects.individual?.personCategories ?? [],
  });
  const keys = Object.keys(errors);
  if (keys.length === 0) return;
  const summary = keys
    .slice(0, 5)
    .map((k) => `${labelFor(k.split('.'))}: ${errors[k]}`)
    .join('; ');
  throw invalid(`Danh sách đăng ký chưa hợp lệ — ${summary}${keys.length > 5 ? `; và ${keys.length - 5} lỗi khác` : ''}`, errors);
}

const toEntries = (body: SaveRegistrationBody): NewEntry[] =>
  body.entries.map((e) => ({ subject: e.subject, personId: e.personId, targetTitle: e.targetTitle, commitment: e.commitment || null }));
const fromRows = (rows: EntryWithPerson[]): NewEntry[] =>
  rows.map((e) => ({ subject: e.subject, personId: e.person_id, targetTitle: e.target_title, commitment: e.commitment }));

/** Creates the unit's registration or saves it again, while it is not sent (or after it came back). */
export async function saveRegistration(ctx: ServiceContext, body: SaveRegistrationBody): Promise<RegistrationDto> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    const m = await visibleMovement(trx, ctx.actor, body.movementId);
    const unit = await findUnit(trx, body.unitId);
    if (!unit || !can(ctx.actor, 'movements.read', unit.path)) throw notFound('đơn vị');
    assertMaySubmit(ctx.actor, unit);
    assertOpenForRegistration(m);
    const content = (await contentInForce(trx, m.id)) as PlanContent;
    assertMayRegister(m, unit, content);
    // Queues the saves of one movement, so two first saves of one unit do not both insert.
    await lockMovement(trx, m.id);

    const existing = await registrationOf(trx, m.id, unit.id);
    if (existing) {
      assertTransition(existing.status, 'save');
      if (body.revision !== existing.revision)
        throw conflict(`Bản đăng ký của «${unit.name}» đã được lưu bởi người khác (lần lưu ${existing.revision}). Tải lại rồi sửa tiếp.`, {
          revision: 'Bản đăng ký đã thay đổi, cần tải lại',
        });
    }
    const entries = toEntries(body);
    await assertEntries(trx, entries, unit, content);

    const before = existing ? registrationSnapshot(existing, fromRows(await entriesOf(trx, [existing.id]))) : null;
    const regId = existing ? existing.id : await insertRegistration(trx, { movementId: m.id, unitId: unit.id, commitments: body.commitments, createdBy: ctx.actor.userId });
    if (existing) await updateRegistration(trx, regId, { commitments: body.commitments });
    await replaceEntries(trx, regId, entries);
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: existing ? 'registration.update' : 'registration.create',
      entity: 'registration',
      entityId: regId,
      unitId: unit.id,
      before,
      after: { movementId: m.id, ...registrationSnapshot({ status: existing?.status ?? 'chua_gui', commitments: body.commitments, return_reason: existing?.return_reason }, entries) },
      requestId: ctx.requestId,
    });
    return regId;
  });
  return detail(ctx.db, ctx.actor, id);
}

type Decision = { action: 'submit' } | { action: 'return'; reason: string } | { action: 'approve' };

/** Sends a registration for approval, returns it with a reason, or approves it: one transition, one audit row. */
export async function decideRegistration(ctx: ServiceContext, id: number, d: Decision): Promise<RegistrationDto> {
  await ctx.db.transaction().execute(async (trx) => {
    const seen = await visibleRegistration(trx, ctx.actor, id);
    if (d.action === 'submit') assertMaySubmit(ctx.actor, { path: seen.r.unit_path, name: seen.r.unit_name });
    else assertMayDecide(ctx.actor, seen.m);
    await lockRegistration(trx, id);
    const { r, m } = await visibleRegistration(trx, ctx.actor, id);
    if (d.action === 'submit') assertOpenForRegistration(m);
    else if (m.status === 'closed') throw conflict(`Phong trào «${m.title}» đã kết thúc: không duyệt hoặc trả lại bản đăng ký.`);
    const to = assertTransition(r.status, d.action);

    if (d.action === 'submit') {
      const entries = fromRows(await entriesOf(trx, [r.id]));
      if (entries.length === 0) throw invalid('Chưa đăng ký danh hiệu nào: thêm danh hiệu cho tập thể hoặc cá nhân rồi gửi.', { entries: 'Chưa có danh hiệu đăng ký' });
      // People may have moved or left since the save: the list is checked again as it is sent.
      await assertEntries(trx, entries, { id: r.unit_id, name: r.unit_name }, (await contentInForce(trx, m.id)) as PlanContent);
      await updateRegistration(trx, r.id, { status: to, submittedBy: ctx.actor.userId });
    } else if (d.action === 'return') {
      await updateRegistration(trx, r.id, { status: to, returnReason: d.reason, decidedBy: ctx.actor.userId });
    } else {
      await updateRegistration(trx, r.id, { status: to, decidedBy: ctx.actor.userId });
    }
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: `registration.${d.action}`,
      entity: 'registration',
      entityId: r.id,
      unitId: r.unit_id,
      before: { status: r.status, revision: r.revision },
      after: { status: to, movementId: m.id, ...(d.action === 'return' ? { returnReason: d.reason } : {}) },
      requestId: ctx.requestId,
    });
  });
  return detail(ctx.db, ctx.actor, id);
}
