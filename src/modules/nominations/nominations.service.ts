import type { Db } from '../../db/database';
import type { ServiceContext } from '../../http/context';
import { conflict, invalid, notFound } from '../../http/errors';
import { recordAudit } from '../audit/audit.queries';
import { genderLabels } from '../people/person-fields';
import { chooseAward } from './award-choice';
import { assertEditable, assertProposer, assertStatus, assertVersion, lockedBatch, visibleNomination } from './batch-access';
import { planOf } from './batches.service';
import { evaluateNominee } from './eligibility';
import { findNomination, insertNomination, keepHistory, liveNominationOf, updateNomination } from './nominations.queries';
import type { AddNominationBody, EligibilityDto, NominationDto, UpdateNominationBody, WithdrawBody } from './nominations.schema';
import { presentNomination } from './presenter';
import { emptyReport, readReport, type Report } from './report.schema';

const isUniqueViolation = (err: unknown) => typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23505';

const alreadyNominated = (name: string, where?: { batch_title: string; year: number }) =>
  conflict(`«${name}» đã được đề nghị một hình thức khen thưởng trong phong trào này${where ? ` (đợt «${where.batch_title}», năm ${where.year})` : ''}: mỗi tập thể, cá nhân chỉ được đề nghị một hình thức trong một năm.`, {
    personId: 'Đã được đề nghị trong phong trào',
  });

async function nominationDto(db: Db, id: number): Promise<NominationDto> {
  const n = (await findNomination(db, id))!;
  const b = await db.selectFrom('nomination_batches').select(['year']).where('id', '=', n.batch_id).executeTakeFirstOrThrow();
  return presentNomination(n, await planOf(db, n.movement_id), b.year);
}

export async function getNomination(ctx: ServiceContext, id: number): Promise<NominationDto> {
  const { n } = await visibleNomination(ctx.db, ctx.actor, id);
  return nominationDto(ctx.db, n.id);
}

function prefilledReport(person: { full_name: string; gender: string | null; birth_year: number | null; position: string | null } | null, unitName: string): Report {
  const r = emptyReport();
  if (person) {
    r.profile.fullName = person.full_name;
    r.profile.gender = person.gender ? (genderLabels[person.gender as keyof typeof genderLabels] ?? null) : null;
    r.profile.birthDate = person.birth_year ? String(person.birth_year) : null;
    r.profile.position = person.position;
    r.profile.workplace = unitName;
  }
  return r;
}

/** Adds a collective or an individual of the proposing unit's subtree to a batch being prepared. */
export async function addNomination(ctx: ServiceContext, batchId: number, body: AddNominationBody): Promise<NominationDto> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    const b = await lockedBatch(trx, ctx.actor, batchId);
    assertProposer(ctx.actor, b);
    assertEditable(b);
    let unit: { id: number; name: string; path: string } | undefined;
    let person: { id: number; full_name: string; gender: string | null; birth_year: number | null; position: string | null } | null = null;
    if (body.subjectKind === 'individual') {
      if (body.personId === undefined) throw invalid('Chưa chọn cá nhân được đề nghị.', { personId: 'Chưa chọn cá nhân' });
      const p = await trx
        .selectFrom('people as p')
        .innerJoin('units as u', 'u.id', 'p.unit_id')
        .select(['p.id', 'p.full_name', 'p.gender', 'p.birth_year', 'p.position', 'p.active', 'u.id as unit_id', 'u.name as unit_name', 'u.path'])
        .where('p.id', '=', body.personId)
        .executeTakeFirst();
      if (!p || !p.path.startsWith(b.pu_path)) throw notFound('cá nhân trong đơn vị đề nghị');
      if (!p.active) throw invalid(`${p.full_name} không còn công tác (đã ngừng theo dõi): không đề nghị khen thưởng được.`, { personId: 'Cá nhân không còn công tác' });
      if (body.unitId !== undefined && body.unitId !== p.unit_id) throw invalid(`${p.full_name} không thuộc đơn vị đã chọn.`, { unitId: 'Không phải đơn vị của cá nhân' });
      person = p;
      unit = { id: p.unit_id, name: p.unit_name, path: p.path };
    } else {
      if (body.personId !== undefined) throw invalid('Đề nghị cho tập thể không kèm cá nhân.', { personId: 'Bỏ trống khi đề nghị tập thể' });
      if (body.unitId === undefined) throw invalid('Chưa chọn tập thể được đề nghị.', { unitId: 'Chưa chọn tập thể' });
      unit = await trx.selectFrom('units').select(['id', 'name', 'path']).where('id', '=', body.unitId).executeTakeFirst();
      if (!unit || !unit.path.startsWith(b.pu_path)) throw notFound('tập thể trong đơn vị đề nghị');
    }
    const content = await planOf(trx, b.movement_id);
    const choice = chooseAward(content, body.awardKey ?? null, body.catalogueCode ?? null, body.subjectKind, b.due_on ?? `${b.year}-12-31`);
    const nomineeName = person?.full_name ?? unit.name;
    const existing = await liveNominationOf(trx, { movementId: b.movement_id, year: b.year, subjectKind: body.subjectKind, unitId: unit.id, personId: person?.id ?? null });
    if (existing) throw alreadyNominated(nomineeName, existing);
    const report = body.report ?? prefilledReport(person, unit.name);
    let newId: number;
    try {
      newId = (
        await insertNomination(trx, {
          batch_id: b.id,
          movement_id: b.movement_id,
          award_key: choice.awardKey,
          catalogue_code: choice.catalogueCode,
          subject_kind: body.subjectKind,
          person_id: person?.id ?? null,
          unit_id: unit.id,
          nominee_name: nomineeName,
          report: JSON.stringify(report),
          created_by: ctx.actor.userId,
        })
      ).id;
    } catch (err) {
      if (isUniqueViolation(err)) throw alreadyNominated(nomineeName);
      throw err;
    }
    await keepHistory(trx, { nominationId: newId, batchId: b.id, action: 'add', oldStatus: null, newStatus: 'de_nghi', reason: null, userId: ctx.actor.userId });
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: 'nomination.create',
      entity: 'nomination',
      entityId: newId,
      unitId: b.proposing_unit_id,
      requestId: ctx.requestId,
      after: { batchId: b.id, subjectKind: body.subjectKind, unitId: unit.id, personId: person?.id ?? null, nomineeName, awardKey: choice.awardKey, catalogueCode: choice.catalogueCode },
    });
    return newId;
  });
  return nominationDto(ctx.db, id);
}

/** Edits the report, the award or the override reason while the batch is being prepared (optimistic version). */
export async function editNomination(ctx: ServiceContext, id: number, body: UpdateNominationBody): Promise<NominationDto> {
  await ctx.db.transaction().execute(async (trx) => {
    const { n: seen } = await visibleNomination(trx, ctx.actor, id);
    const b = await lockedBatch(trx, ctx.actor, seen.batch_id);
    const n = (await findNomination(trx, id))!;
    assertProposer(ctx.actor, b);
    assertEditable(b);
    if (n.status !== 'de_nghi') throw conflict(`Đề nghị cho «${n.nominee_name}» đã rút: không sửa được nữa.`, { status: 'Đã rút' });
    assertVersion(n.version, body.version);
    const change: Parameters<typeof updateNomination>[2] = {};
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    if (body.report !== undefined) {
      change.report = JSON.stringify(body.report);
      before.report = readReport(n.report);
      after.report = body.report;
    }
    if (body.awardKey !== undefined || body.catalogueCode !== undefined) {
      const content = await planOf(trx, b.movement_id);
      const awardKey = body.awardKey === undefined ? n.award_key : body.awardKey;
      const choice = chooseAward(content, awardKey, body.catalogueCode ?? (body.awardKey !== undefined ? null : n.catalogue_code), n.subject_kind as 'individual' | 'collective', b.due_on ?? `${b.year}-12-31`);
      Object.assign(change, { award_key: choice.awardKey, catalogue_code: choice.catalogueCode, eligibility: null, eligible: null });
      Object.assign(before, { awardKey: n.award_key, catalogueCode: n.catalogue_code });
      Object.assign(after, { awardKey: choice.awardKey, catalogueCode: choice.catalogueCode });
    }
    if (body.overrideReason !== undefined) {
      change.override_reason = body.overrideReason;
      before.overrideReason = n.override_reason;
      after.overrideReason = body.overrideReason;
    }
    await updateNomination(trx, n.id, change);
    if (body.overrideReason !== undefined && body.overrideReason !== n.override_reason)
      await keepHistory(trx, { nominationId: n.id, batchId: b.id, action: 'override', oldStatus: n.status, newStatus: n.status, reason: body.overrideReason, userId: ctx.actor.userId });
    await keepHistory(trx, { nominationId: n.id, batchId: b.id, action: 'edit', oldStatus: n.status, newStatus: n.status, reason: null, userId: ctx.actor.userId });
    await recordAudit(trx, { userId: ctx.actor.userId, action: 'nomination.update', entity: 'nomination', entityId: n.id, unitId: b.proposing_unit_id, requestId: ctx.requestId, before, after });
  });
  return nominationDto(ctx.db, id);
}

/** Withdraws a nominee (rút) before the council considers it: frees the nominee for another form. */
export async function withdrawNomination(ctx: ServiceContext, id: number, body: WithdrawBody): Promise<NominationDto> {
  await ctx.db.transaction().execute(async (trx) => {
    const { n: seen } = await visibleNomination(trx, ctx.actor, id);
    const b = await lockedBatch(trx, ctx.actor, seen.batch_id);
    const n = (await findNomination(trx, id))!;
    assertProposer(ctx.actor, b);
    assertStatus(b, ['nhap', 'tra_lai', 'da_gui', 'cong_khai'], 'rút đề nghị');
    if (n.status !== 'de_nghi') throw conflict(`Đề nghị cho «${n.nominee_name}» không còn ở trạng thái đề nghị: không rút được.`, { status: 'Không rút được' });
    assertVersion(n.version, body.version);
    await updateNomination(trx, n.id, { status: 'rut' });
    await keepHistory(trx, { nominationId: n.id, batchId: b.id, action: 'withdraw', oldStatus: n.status, newStatus: 'rut', reason: body.reason, userId: ctx.actor.userId });
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: 'nomination.withdraw',
      entity: 'nomination',
      entityId: n.id,
      unitId: b.proposing_unit_id,
      requestId: ctx.requestId,
      before: { status: n.status },
      after: { status: 'rut', reason: body.reason },
    });
  });
  return nominationDto(ctx.db, id);
}

/** The standards engine's verdict and trace now, without storing it (shown before the batch is sent). */
export async function eligibilityPreview(ctx: ServiceContext, id: number): Promise<EligibilityDto> {
  const { n, b } = await visibleNomination(ctx.db, ctx.actor, id);
  return evaluateNominee(ctx.db, n, b.year, await planOf(ctx.db, n.movement_id));
}
