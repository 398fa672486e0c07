import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { ServiceContext } from '../../http/context';
import { AppError, conflict } from '../../http/errors';
import { recordAudit } from '../audit/audit.queries';
import { entryFor } from '../commendation/catalogue';
import type { PlanContent } from '../movements/model/plan-content.schema';
import { formatDay, todayInVietnam } from '../units/unit-period';
import { assertProposer, assertStatus, assertVersion, lockedBatch } from './batch-access';
import { planOf, presentBatchDetail } from './batches.service';
import { evaluateNominee } from './eligibility';
import { findBatch, keepHistory, nominationsOf, quotaBase, quotaUsers, titleHolders, updateBatch, updateNomination, type BatchRow } from './nominations.queries';
import type { BatchDetailDto, ClauseDto, SubmitBody } from './nominations.schema';
import { countByOffer, legalQuotaProblem, offerCap, quotaProblem, type SubjectKind } from './quota-rules';
import { nominationSettings } from './settings';

type Live = Awaited<ReturnType<typeof nominationsOf>>[number];

/** Plan quotas per award offer and the law's own shares, over every batch the same unit considers. */
async function quotaProblems(trx: Db, b: BatchRow, content: PlanContent, live: Live[]): Promise<string[]> {
  const users = await quotaUsers(trx, { movementId: b.movement_id, year: b.year, addressedUnitId: b.addressed_unit_id, batchId: b.id });
  const counted = users.map((u) => ({ awardKey: u.award_key, catalogueCode: u.catalogue_code, subjectKind: u.subject_kind as SubjectKind }));
  const counts = countByOffer(counted);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const n of live) {
    const k = `${n.award_key}|${n.subject_kind}`;
    if (n.award_key === null || seen.has(k)) continue;
    seen.add(k);
    const offer = content.awards.find((a) => a.key === n.award_key);
    if (!offer) continue;
    const subject = n.subject_kind as SubjectKind;
    const base = offer.quota.percent !== null ? await quotaBase(trx, b.au_path, subject) : null;
    const p = quotaProblem(offer.name, subject, offerCap(offer.quota, subject, base), counts.get(k) ?? 0);
    if (p) problems.push(p);
  }
  const date = `${b.year}-12-31`;
  for (const code of new Set(live.map((n) => n.catalogue_code))) {
    const entry = entryFor(code, date);
    if (!entry?.quota) continue;
    const used = users.filter((u) => u.catalogue_code === code).length;
    // CSTĐCS is a share of the LĐTT: those already holding it this year and those proposed for it.
    const holders = await titleHolders(trx, b.au_path, 'ldtt', b.year);
    for (const u of users) if (u.catalogue_code === 'ldtt' && u.person_id !== null) holders.add(u.person_id);
    const p = legalQuotaProblem(entry.name, entry.quota.percent, entry.quota.percentOf, holders.size, used);
    if (p) problems.push(p);
  }
  return problems;
}

const flat = (t: ClauseDto[]): ClauseDto[] => t.flatMap((c) => [c, ...flat(c.children)]);
/** The clause to name in the refusal: a proven failure before missing data. */
function firstProblem(trace: ClauseDto[]): ClauseDto | undefined {
  const leaves = flat(trace).filter((c) => c.children.length === 0);
  return leaves.find((c) => c.status === 'fail') ?? leaves.find((c) => c.status === 'missing');
}

/**
 * Sends a batch (gửi đợt đề nghị): in one transaction, refused with nothing changed when past the
 * deadline, over a quota, or when a nominee the standards engine finds ineligible has no recorded
 * reason. Each nominee's verdict and trace is stored as evidence of what was checked.
 */
export async function submitBatch(ctx: ServiceContext, id: number, body: SubmitBody): Promise<BatchDetailDto> {
  await ctx.db.transaction().execute(async (trx) => {
    const b = await lockedBatch(trx, ctx.actor, id);
    assertProposer(ctx.actor, b);
    assertStatus(b, ['nhap', 'tra_lai'], 'gửi đợt đề nghị');
    assertVersion(b.version, body.version);
    const today = todayInVietnam();
    if (b.due_on !== null && today > b.due_on)
      throw new AppError('deadline_passed', `Đã quá hạn gửi đề nghị khen thưởng: hạn cuối là ngày ${formatDay(b.due_on)}.`, { dueOn: `Hết hạn sau ngày ${formatDay(b.due_on)}` });
    const live = (await nominationsOf(trx, [b.id])).filter((n) => n.status === 'de_nghi');
    if (live.length === 0) throw conflict(`Đợt đề nghị «${b.title}» chưa có tập thể, cá nhân nào: chưa gửi được.`, { nominations: 'Chưa có người được đề nghị' });

    // Batches sent to the same unit for the same movement queue up here, so two cannot both take the last place.
    await sql`select pg_advisory_xact_lock(${b.movement_id}::integer, ${b.addressed_unit_id}::integer)`.execute(trx);
    const content = await planOf(trx, b.movement_id);
    const quota = await quotaProblems(trx, b, content, live);
    if (quota.length > 0) throw conflict(quota.join(' '), { nominations: 'Vượt số lượng được đề nghị' });

    const blocked: string[] = [];
    for (const n of live) {
      const ev = await evaluateNominee(trx, n, b.year, content);
      await updateNomination(trx, n.id, { eligibility: JSON.stringify(ev), eligible: ev.eligible });
      const reasoned = (n.override_reason ?? '').trim().length >= nominationSettings.overrideReasonMin;
      if (ev.eligible === false && !reasoned) {
        const why = firstProblem(ev.trace);
        blocked.push(`«${n.nominee_name}»${why ? ` (${why.sentence || why.text})` : ''}`);
      }
    }
    if (blocked.length > 0)
      throw conflict(`Chưa đủ tiêu chuẩn khen thưởng, cần ghi lý do đề nghị (ít nhất ${nominationSettings.overrideReasonMin} ký tự) trước khi gửi: ${blocked.join('; ')}.`, {
        overrideReason: 'Cần lý do cho người chưa đủ tiêu chuẩn',
      });

    for (const n of live) {
      const reason = n.override_reason && n.eligible !== true ? n.override_reason : null;
      await keepHistory(trx, { nominationId: n.id, batchId: b.id, action: b.status === 'tra_lai' ? 'resubmit' : 'submit', oldStatus: n.status, newStatus: n.status, reason, userId: ctx.actor.userId });
    }
    await updateBatch(trx, b.id, { status: 'da_gui', submitted_at: new Date(), submitted_by: ctx.actor.userId, submission_number: body.submissionNumber ?? b.submission_number });
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: 'nomination_batch.submit',
      entity: 'nomination_batch',
      entityId: b.id,
      unitId: b.proposing_unit_id,
      requestId: ctx.requestId,
      before: { status: b.status },
      after: { status: 'da_gui', nominationIds: live.map((n) => n.id), submissionNumber: body.submissionNumber },
    });
  });
  return presentBatchDetail(ctx.db, ctx, (await findBatch(ctx.db, id))!);
}
