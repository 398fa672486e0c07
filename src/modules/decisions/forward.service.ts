import type { ServiceContext } from '../../http/context';
import { invalid } from '../../http/errors';
import { recordAudit } from '../audit/audit.queries';
import { unitFor } from './decisions.service';
import { contentInForce } from '../movements/cascade/cascade.queries';
import type { PlanContent } from '../movements/model/plan-content.schema';
import { formatDay, todayInVietnam } from '../units/unit-period';
import { requireReadPaths } from './decision-access';
import { authorityAt, noPowerMessage, planGrantorUnits, unitChain } from './decision-authority';
import { forwardDueOn, isOverdue, settledBatchStatus } from './decision-rules';
import type { ForwardBody } from './decisions.schema';
import { batchCounts, inboxBatches, nominationsWithBatch } from './decisions.queries';
import { grantorTitleAt } from './grantor-title';

const vnDay = (t: Date | null) => (t === null ? null : todayInVietnam(t));

/**
 * Dossiers addressed to units in the reader's subtrees, with due date and overdue flag. By default the
 * worklist: sent, under public notice, and considered by the council but not yet decided or forwarded.
 */
export async function inbox(ctx: ServiceContext, status?: string) {
  const today = todayInVietnam();
  const rows = await inboxBatches(ctx.db, requireReadPaths(ctx.actor), status ? [status] : ['da_gui', 'cong_khai', 'da_xet']);
  return {
    today,
    items: rows.map((b) => ({
      batchId: b.id,
      title: b.title,
      movementId: b.movement_id,
      year: b.year,
      status: b.status,
      proposingUnit: { id: b.pu_id, name: b.pu_name },
      addressedUnit: { id: b.au_id, name: b.au_name },
      forwardedFromBatchId: b.forwarded_from_batch_id,
      submissionNumber: b.submission_number,
      submittedOn: vnDay(b.submitted_at),
      dueOn: b.due_on,
      overdue: isOverdue(b.due_on, vnDay(b.submitted_at), today),
      nominationCount: Number(b.nomination_count ?? 0),
    })),
  };
}

/**
 * Chuyển cấp trên (khen cao): agreed nominations this unit may not grant go, per source batch, in a new
 * batch addressed to the nearest ancestor holding the power, sent at once, due by the plan's deadline
 * for this level. They start again there as 'de_nghi' (its council, then its decision).
 */
export async function forwardNominations(ctx: ServiceContext, body: ForwardBody) {
  const unit = await unitFor(ctx, body.unitId, 'decisions.draft');
  const chain = await unitChain(ctx.db, unit);
  const today = todayInVietnam();
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await nominationsWithBatch(trx, body.nominationIds, true);
    // A nomination addressed elsewhere is not named: it may belong to a unit the reader cannot see.
    if (rows.length !== body.nominationIds.length || rows.some((n) => n.addressed_unit_id !== unit.id)) {
      throw invalid(`Có đề nghị không tồn tại hoặc không thuộc hồ sơ gửi ${unit.name}.`, { nominationIds: `Có đề nghị không thuộc hồ sơ gửi ${unit.name}` });
    }
    const planUnit = await planGrantorUnits(trx, rows);
    const problems: string[] = [];
    const groups = new Map<string, { batch: (typeof rows)[number]; target: { id: number; name: string }; grantorTitle: string; ids: number[] }>();
    for (const n of rows) {
      const a = authorityAt(chain, n.catalogue_code, today, planUnit(n));
      if (n.status !== 'dong_y') problems.push(`${n.nominee_name}: chưa được Hội đồng đồng ý`);
      else if (n.in_decision) problems.push(`${n.nominee_name}: đã có trong dự thảo quyết định`);
      else if (a?.here) problems.push(`${n.nominee_name}: ${unit.name} có thẩm quyền tặng, hãy lập quyết định tại cấp này`);
      else if (!a?.holder) problems.push(`${n.nominee_name} — ${noPowerMessage(chain, n.catalogue_code, today, a)}: không có cấp trên nào trong hệ thống có thẩm quyền`);
      else {
        const key = `${n.batch_id}:${a.holder.unit.id}`;
        const g = groups.get(key) ?? { batch: n, target: a.holder.unit, grantorTitle: grantorTitleAt(a.holder.grantor, a.holder.unit.name), ids: [] };
        g.ids.push(n.id);
        groups.set(key, g);
      }
    }
    if (problems.length > 0) throw invalid(`Không thể chuyển cấp trên: ${problems.join('; ')}.`, { nominationIds: problems.join('; ') });

    const created: { id: number; addressedUnit: { id: number; name: string }; dueOn: string; nominationIds: number[] }[] = [];
    const oldBatches = new Set<number>();
    for (const g of groups.values()) {
      const plan = (await contentInForce(trx, g.batch.movement_id)) as PlanContent;
      const dueOn = forwardDueOn(plan.deadlines ?? [], unit, g.batch.year, today);
      const batch = await trx
        .insertInto('nomination_batches')
        .values({
          movement_id: g.batch.movement_id,
          year: g.batch.year,
          proposing_unit_id: unit.id,
          addressed_unit_id: g.target.id,
          forwarded_from_batch_id: g.batch.batch_id,
          title: `Đề nghị ${g.grantorTitle} khen thưởng: ${g.batch.batch_title}`.slice(0, 500),
          status: 'da_gui',
          due_on: dueOn,
          submission_number: body.submissionNumber ?? null,
          submitted_at: new Date(),
          submitted_by: ctx.actor.userId,
          created_by: ctx.actor.userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.updateTable('nominations').set((eb) => ({ batch_id: batch.id, status: 'de_nghi', version: eb('version', '+', 1), updated_at: new Date() })).where('id', 'in', g.ids).execute();
      await trx
        .insertInto('nomination_history')
        .values(
          g.ids.map((nid) => ({
            nomination_id: nid,
            batch_id: batch.id,
            action: 'chuyen_cap_tren',
            old_status: 'dong_y',
            new_status: 'de_nghi',
            reason: `Chuyển từ đợt đề nghị #${g.batch.batch_id} sang đợt #${batch.id} gửi ${g.target.name} (hạn ${formatDay(dueOn)})`,
            by_user: ctx.actor.userId,
          })),
        )
        .execute();
      oldBatches.add(g.batch.batch_id);
      created.push({ id: batch.id, addressedUnit: g.target, dueOn, nominationIds: g.ids });
    }
    for (const batchId of oldBatches) {
      const b = await trx.selectFrom('nomination_batches').select('status').where('id', '=', batchId).executeTakeFirstOrThrow();
      const next = settledBatchStatus(b.status, await batchCounts(trx, batchId));
      if (next !== b.status) await trx.updateTable('nomination_batches').set((eb) => ({ status: next, version: eb('version', '+', 1), updated_at: new Date() })).where('id', '=', batchId).execute();
    }
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: 'nominations.forward',
      entity: 'nomination_batch',
      entityId: created.map((c) => c.id).join(','),
      unitId: unit.id,
      after: { batches: created },
      requestId: ctx.requestId,
    });
    return { batches: created };
  });
}
