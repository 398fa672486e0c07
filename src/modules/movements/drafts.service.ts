import { z } from 'zod';
import type { ServiceContext } from '../../http/context';
import { conflict } from '../../http/errors';
import { recordAudit } from '../audit/audit.queries';
import { projectMovement } from './movement-insert';
import { movementDetail } from './movement-detail';
import { lockedMovement, visibleMovement } from './movement-access';
import type { PlanContent } from './model/plan-content.schema';
import { draftOf, nextVersionNo, versionById, type MovementWithOwner } from './movements.queries';
import { movementSnapshot } from './movements.presenter';
import type { MovementDetailDto, SaveDraftBody } from './movements.schema';
import { normalizePlan } from './normalize';
import { linkAndCheckParent } from './plan-links';

export const startAmendmentBody = z.strictObject({
  /** Why the plan is being amended; printed nowhere, kept with the version. */
  changeNote: z.string({ error: 'Lý do sửa đổi phải là văn bản' }).trim().max(2000, 'Lý do sửa đổi tối đa 2000 ký tự').nullable().default(null),
});
export type StartAmendmentBody = z.infer<typeof startAmendmentBody>;

/** A unique violation on the one-draft index: someone started an amendment at the same moment. */
const isUniqueViolation = (err: unknown) => typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23505';

export const issuedIsImmutable = (m: Pick<MovementWithOwner, 'title'>) =>
  conflict(
    `Kế hoạch «${m.title}» đã ban hành nên không được sửa. Muốn thay đổi, hãy tạo bản sửa đổi (dự thảo mới) rồi ban hành lại.`,
    { content: 'Kế hoạch đã ban hành không được sửa' },
  );

export const staleRevision = (current: number, sent: number) =>
  conflict(
    `Dự thảo đã được người khác lưu trong lúc bạn sửa (bạn mở lần lưu thứ ${sent}, hiện là lần thứ ${current}). Thay đổi của bạn chưa được lưu và dự thảo không thay đổi: hãy tải lại dự thảo rồi nhập lại phần sửa của mình.`,
    { revision: `Dự thảo đã được lưu lần thứ ${current}` },
  );

export async function saveDraft(ctx: ServiceContext, id: number, body: SaveDraftBody): Promise<MovementDetailDto> {
  const content = normalizePlan(body.content);
  await ctx.db.transaction().execute(async (trx) => {
    const m = await lockedMovement(trx, ctx.actor, id, 'movements.write');
    const draft = await draftOf(trx, id);
    if (!draft) throw issuedIsImmutable(m);
    if (draft.revision !== body.revision) throw staleRevision(draft.revision, body.revision);
    const neverIssued = m.status === 'draft';
    const saved = await trx
      .updateTable('movement_versions')
      .set({ content: JSON.stringify(content), revision: draft.revision + 1, updated_at: new Date() })
      .where('id', '=', draft.id)
      .where('state', '=', 'draft')
      .where('revision', '=', body.revision)
      .returning(['revision'])
      .executeTakeFirst();
    if (!saved) throw staleRevision(draft.revision + 1, body.revision);
    // Lists show the plan in force: a draft amendment changes nothing there until it is issued.
    const updated = await trx
      .updateTable('movements')
      .set({ ...(neverIssued ? projectMovement(content) : {}), updated_at: new Date() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await linkAndCheckParent(trx, updated, content, { link: neverIssued });
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: 'movement.draft.save',
      entity: 'movement',
      entityId: id,
      unitId: m.owner_unit_id,
      before: { versionNo: draft.version_no, revision: draft.revision, title: (draft.content as PlanContent).title },
      after: { versionNo: draft.version_no, revision: saved.revision, title: content.title },
      requestId: ctx.requestId,
    });
  });
  return movementDetail(ctx.db, ctx.actor, await visibleMovement(ctx.db, ctx.actor, id));
}

/** An amendment starts as a draft copy of the version in force; that version itself never changes. */
export async function startAmendment(ctx: ServiceContext, id: number, body: StartAmendmentBody): Promise<MovementDetailDto> {
  await ctx.db
    .transaction()
    .execute(async (trx) => {
      const m = await lockedMovement(trx, ctx.actor, id, 'movements.write');
      if (m.status === 'draft') throw conflict('Kế hoạch chưa ban hành: hãy sửa trực tiếp bản dự thảo.', { status: 'Kế hoạch chưa ban hành' });
      if (m.status === 'closed') throw conflict('Phong trào đã kết thúc, không thể sửa đổi kế hoạch.', { status: 'Phong trào đã kết thúc' });
      const existing = await draftOf(trx, id);
      if (existing) {
        throw conflict(`Đã có bản sửa đổi đang soạn (phiên bản ${existing.version_no}). Hãy tiếp tục sửa hoặc hủy bản đó trước khi tạo bản mới.`, {
          draft: 'Đã có bản sửa đổi đang soạn',
        });
      }
      const current = await versionById(trx, m.current_version_id!);
      const versionNo = await nextVersionNo(trx, id);
      await trx
        .insertInto('movement_versions')
        .values({
          movement_id: id,
          version_no: versionNo,
          state: 'draft',
          content: JSON.stringify(current!.content),
          based_on_version_id: current!.id,
          change_note: body.changeNote,
          created_by: ctx.actor.userId,
        })
        .execute();
      await recordAudit(trx, {
        userId: ctx.actor.userId,
        action: 'movement.amend',
        entity: 'movement',
        entityId: id,
        unitId: m.owner_unit_id,
        after: { versionNo, basedOnVersionNo: current!.version_no, changeNote: body.changeNote },
        requestId: ctx.requestId,
      });
    })
    .catch((err: unknown) => {
      throw isUniqueViolation(err) ? conflict('Đã có bản sửa đổi đang soạn. Hãy tải lại trang.') : err;
    });
  return movementDetail(ctx.db, ctx.actor, await visibleMovement(ctx.db, ctx.actor, id));
}

/**
 * Discards the draft. A movement never issued goes with it (nothing of it was ever in force); the
 * audit row keeps the whole plan so the discarded text can still be recovered.
 */
export async function discardDraft(ctx: ServiceContext, id: number): Promise<{ movementDeleted: boolean; movement: MovementDetailDto | null }> {
  const deleted = await ctx.db.transaction().execute(async (trx) => {
    const m = await lockedMovement(trx, ctx.actor, id, 'movements.write');
    const draft = await draftOf(trx, id);
    if (!draft) throw conflict('Phong trào không có bản dự thảo nào để hủy; kế hoạch đã ban hành không thể xóa.', { draft: 'Không có dự thảo' });
    const neverIssued = m.status === 'draft';
    if (neverIssued) {
      const children = await trx.selectFrom('movements').select('id').where('parent_movement_id', '=', id).executeTakeFirst();
      if (children) throw conflict('Đã có kế hoạch cấp dưới căn cứ vào dự thảo này, không thể hủy.');
      await trx.updateTable('movements').set({ current_version_id: null }).where('id', '=', id).execute();
    }
    await trx.deleteFrom('movement_versions').where('id', '=', draft.id).where('state', '=', 'draft').execute();
    if (neverIssued) await trx.deleteFrom('movements').where('id', '=', id).execute();
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: neverIssued ? 'movement.delete' : 'movement.draft.discard',
      entity: 'movement',
      entityId: id,
      unitId: m.owner_unit_id,
      before: { ...movementSnapshot(m), versionNo: draft.version_no, revision: draft.revision, changeNote: draft.change_note, content: draft.content },
      requestId: ctx.requestId,
    });
    return neverIssued;
  });
  if (deleted) return { movementDeleted: true, movement: null };
  return { movementDeleted: false, movement: await movementDetail(ctx.db, ctx.actor, await visibleMovement(ctx.db, ctx.actor, id)) };
}
