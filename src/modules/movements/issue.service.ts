import type { ServiceContext } from '../../http/context';
import { conflict, invalid } from '../../http/errors';
import { labelFor } from '../../http/field-labels';
import { cleanText } from '../../lib/text';
import { recordAudit } from '../audit/audit.queries';
import { staleRevision } from './drafts.service';
import { assertTransition } from './lifecycle';
import { projectMovement } from './movement-insert';
import { movementDetail } from './movement-detail';
import { lockedMovement, visibleMovement } from './movement-access';
import { planContentSchema, type PlanContent } from './model/plan-content.schema';
import { draftOf, numberTaken } from './movements.queries';
import { movementSnapshot } from './movements.presenter';
import type { IssueBody, MovementDetailDto, MovementStatus } from './movements.schema';
import { normalizePlan } from './normalize';
import { linkAndCheckParent } from './plan-links';

/** The draft with the number and date it is issued under, validated again as a whole (the period may now start on that date). */
function issuedContent(draft: PlanContent, body: IssueBody): PlanContent {
  const parsed = planContentSchema.safeParse({ ...draft, header: { ...draft.header, number: cleanText(body.number), issuedOn: body.issuedOn } });
  if (parsed.success) return normalizePlan(parsed.data);
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[['content', ...issue.path.map(String)].join('.')] ??= issue.message;
  const summary = Object.entries(fields)
    .map(([k, msg]) => `${labelFor(k.split('.'))}: ${msg}`)
    .join('; ');
  throw invalid(`Chưa thể ban hành kế hoạch — ${summary}`, fields);
}

/**
 * Ban hành: the draft becomes the version in force, with its number and date. The first issue moves
 * the movement from draft to issued; a later one is an amendment and keeps the stage it has reached.
 */
export async function issueMovement(ctx: ServiceContext, id: number, body: IssueBody): Promise<MovementDetailDto> {
  await ctx.db.transaction().execute(async (trx) => {
    const m = await lockedMovement(trx, ctx.actor, id, 'movements.issue');
    if (m.status === 'closed') throw conflict('Phong trào đã kết thúc, không thể ban hành thêm.', { status: 'Phong trào đã kết thúc' });
    const draft = await draftOf(trx, id);
    if (!draft) throw conflict('Không có bản dự thảo nào để ban hành. Muốn sửa kế hoạch đã ban hành, hãy tạo bản sửa đổi trước.', { draft: 'Không có dự thảo' });
    if (draft.revision !== body.revision) throw staleRevision(draft.revision, body.revision);
    const content = issuedContent(draft.content as PlanContent, body);
    const number = content.header.number!;
    const taken = await numberTaken(trx, m, number, body.issuedOn);
    if (taken) {
      throw conflict(`Số, ký hiệu «${number}» đã dùng cho kế hoạch «${taken.title}» của đơn vị trong năm ${body.issuedOn.slice(0, 4)}.`, {
        number: 'Số, ký hiệu đã được dùng',
      });
    }
    await linkAndCheckParent(trx, m, content, { link: true });
    const changeNote = body.changeNote ?? draft.change_note;
    await trx
      .updateTable('movement_versions')
      .set({ state: 'issued', content: JSON.stringify(content), change_note: changeNote, issued_by: ctx.actor.userId, issued_at: new Date(), updated_at: new Date() })
      .where('id', '=', draft.id)
      .where('state', '=', 'draft')
      .execute();
    const status: MovementStatus = m.status === 'draft' ? 'issued' : (m.status as MovementStatus);
    const updated = await trx
      .updateTable('movements')
      .set({ ...projectMovement(content), status, current_version_id: draft.id, updated_at: new Date() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: 'movement.issue',
      entity: 'movement',
      entityId: id,
      unitId: m.owner_unit_id,
      before: movementSnapshot(m),
      after: { ...movementSnapshot(updated), versionNo: draft.version_no, changeNote, content },
      requestId: ctx.requestId,
    });
  });
  return movementDetail(ctx.db, ctx.actor, await visibleMovement(ctx.db, ctx.actor, id));
}

export async function changeStatus(ctx: ServiceContext, id: number, to: MovementStatus): Promise<MovementDetailDto> {
  await ctx.db.transaction().execute(async (trx) => {
    const m = await lockedMovement(trx, ctx.actor, id, 'movements.issue');
    assertTransition(m.status as MovementStatus, to);
    const updated = await trx.updateTable('movements').set({ status: to, updated_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: 'movement.status',
      entity: 'movement',
      entityId: id,
      unitId: m.owner_unit_id,
      before: movementSnapshot(m),
      after: movementSnapshot(updated),
      requestId: ctx.requestId,
    });
  });
  return movementDetail(ctx.db, ctx.actor, await visibleMovement(ctx.db, ctx.actor, id));
}
