import type { ServiceContext } from '../../http/context';
import { AppError, conflict, invalid } from '../../http/errors';
import { recordAudit } from '../audit/audit.queries';
import { assertCan } from '../auth/scope';
import { formatDay } from '../units/unit-period';
import { holdsSigningPower, visibleDecision } from './decision-access';
import { authorityAt, noPowerMessage, unitChain } from './decision-authority';
import { prizeOf, settledBatchStatus } from './decision-rules';
import type { DecisionDto, SignBody } from './decisions.schema';
import { batchCounts, decisionItems } from './decisions.queries';
import { grantorByCode } from './decisions.presenter';
import { awardNameOf, reportSummary } from './award-names';
import { grantorTitleAt } from './grantor-title';
import { getDecision } from './decisions.service';

/**
 * Ký ban hành: the head of the grantor unit signs (number, date, name, chức danh). The prize of each
 * awardee is fixed at the base salary in force on the signing date; every awardee gets an award row
 * (their history), the nominations become 'khen_thuong' and their batches settle. Immutable after.
 */
export async function signDecision(ctx: ServiceContext, id: number, body: SignBody): Promise<DecisionDto> {
  await ctx.db.transaction().execute(async (trx) => {
    const d = await visibleDecision(trx, ctx.actor, id, true);
    assertCan(ctx.actor, 'decisions.sign', d.unit_path);
    const grantor = grantorByCode(d.grantor_code);
    const grantorTitle = grantor ? grantorTitleAt(grantor, d.unit_name) : d.grantor_code;
    if (!holdsSigningPower(ctx.actor, { id: d.unit_id, path: d.unit_path })) {
      throw new AppError('forbidden', `Bạn không có thẩm quyền ký quyết định khen thưởng này: thẩm quyền thuộc ${grantorTitle}.`);
    }
    if (d.status !== 'du_thao') throw conflict(`Quyết định số ${d.number} đã ban hành, không thể ký lại.`);
    if (d.submission_date && body.signedOn < d.submission_date) {
      throw invalid(`Ngày ký không được trước ngày tờ trình (${formatDay(d.submission_date)}).`, { signedOn: `Ngày ký phải từ ${formatDay(d.submission_date)} trở đi` });
    }
    const taken = await trx.selectFrom('award_decisions').select('id').where('unit_id', '=', d.unit_id).where('number', '=', body.number).executeTakeFirst();
    if (taken) throw conflict(`Số quyết định ${body.number} đã được dùng cho một quyết định khác của ${d.unit_name}.`, { number: 'Số quyết định đã được dùng' });

    const items = await decisionItems(trx, d.id);
    const chain = await unitChain(trx, { id: d.unit_id, name: d.unit_name, kind: d.unit_kind, path: d.unit_path, parent_id: d.unit_parent_id });
    const lost = items
      .map((i) => ({ i, a: authorityAt(chain, i.catalogue_code, body.signedOn) }))
      .filter(({ a }) => a?.here?.code !== d.grantor_code)
      .map(({ i, a }) => `${i.nominee_name} — ${noPowerMessage(chain, i.catalogue_code, body.signedOn, a)}`);
    if (lost.length > 0) {
      throw new AppError('forbidden', `Không có thẩm quyền tặng vào ngày ký ${formatDay(body.signedOn)}: ${lost.join('; ')}.`, { signedOn: lost.join('; ') });
    }
    const notAgreed = items.filter((i) => i.status !== 'dong_y');
    if (notAgreed.length > 0) throw conflict(`Đề nghị không còn ở trạng thái được Hội đồng đồng ý: ${notAgreed.map((i) => i.nominee_name).join(', ')}.`);

    const batchYears = new Map(
      (await trx.selectFrom('nomination_batches').select(['id', 'year']).where('id', 'in', [...new Set(items.map((i) => i.batch_id))]).execute()).map((b) => [b.id, b.year]),
    );
    let total = 0;
    let base: number | null = null;
    for (const i of items) {
      const prize = prizeOf(i.catalogue_code, body.signedOn);
      total += prize.amount;
      base ??= prize.baseSalary;
      await trx.updateTable('award_decision_items').set({ coefficient: prize.coefficient, prize_amount: prize.amount }).where('decision_id', '=', d.id).where('nomination_id', '=', i.nomination_id).execute();
      await trx
        .insertInto('awards')
        .values({
          decision_id: d.id,
          nomination_id: i.nomination_id,
          movement_id: d.movement_id,
          catalogue_code: i.catalogue_code,
          award_name: awardNameOf(i.catalogue_code, body.signedOn),
          subject_kind: i.subject_kind,
          person_id: i.person_id,
          unit_id: i.unit_id,
          nominee_name: i.nominee_name,
          year: batchYears.get(i.batch_id) ?? Number(body.signedOn.slice(0, 4)),
          decided_on: body.signedOn,
          decision_number: body.number,
          grantor_title: grantorTitle,
          coefficient: prize.coefficient,
          prize_amount: prize.amount,
          achievement: reportSummary(i.report),
        })
        .execute();
      await trx.updateTable('nominations').set((eb) => ({ status: 'khen_thuong', version: eb('version', '+', 1), updated_at: new Date() })).where('id', '=', i.nomination_id).execute();
      await trx
        .insertInto('nomination_history')
        .values({ nomination_id: i.nomination_id, batch_id: i.batch_id, action: 'khen_thuong', old_status: 'dong_y', new_status: 'khen_thuong', reason: `Quyết định số ${body.number} ngày ${formatDay(body.signedOn)}`, by_user: ctx.actor.userId })
        .execute();
    }
    for (const batchId of new Set(items.map((i) => i.batch_id))) {
      const b = await trx.selectFrom('nomination_batches').select('status').where('id', '=', batchId).executeTakeFirstOrThrow();
      const next = settledBatchStatus(b.status, await batchCounts(trx, batchId));
      if (next !== b.status) await trx.updateTable('nomination_batches').set((eb) => ({ status: next, version: eb('version', '+', 1), updated_at: new Date() })).where('id', '=', batchId).execute();
    }
    await trx
      .updateTable('award_decisions')
      .set({ status: 'da_ban_hanh', number: body.number, signed_on: body.signedOn, signer_name: body.signerName, signer_title: body.signerTitle, base_salary: base, total_amount: total, version: d.version + 1, updated_at: new Date() })
      .where('id', '=', d.id)
      .execute();
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: 'decision.sign',
      entity: 'award_decision',
      entityId: d.id,
      unitId: d.unit_id,
      before: { status: 'du_thao' },
      after: { status: 'da_ban_hanh', ...body, totalAmount: total, awardees: items.length },
      requestId: ctx.requestId,
    });
  });
  return getDecision(ctx, id);
}
