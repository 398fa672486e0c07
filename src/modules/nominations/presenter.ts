import type { Actor } from '../../http/context';
import { todayInVietnam } from '../units/unit-period';
import type { PlanContent } from '../movements/model/plan-content.schema';
import { entryFor } from '../commendation/catalogue';
import { mayPropose, mayReview, noticeOpen } from './batch-access';
import { batchStatusLabels, editableBatch, nominationStatusLabels, type BatchStatus, type NominationStatus } from './labels';
import type { BatchSummaryDto, CommentDto, EligibilityDto, NominationDto } from './nominations.schema';
import type { BatchRow, NominationRowFull } from './nominations.queries';
import { readReport } from './report.schema';

const iso = (d: Date | string | null) => (d === null ? null : d instanceof Date ? d.toISOString() : String(d));
const unitRef = (b: BatchRow, a: 'pu' | 'au') => ({ id: a === 'pu' ? b.proposing_unit_id : b.addressed_unit_id, code: b[`${a}_code`], name: b[`${a}_name`], kind: b[`${a}_kind`] });

export function presentBatch(b: BatchRow, actor: Actor, today = todayInVietnam()): BatchSummaryDto {
  return {
    id: b.id,
    movement: { id: b.movement_id, title: b.movement_title },
    year: b.year,
    proposingUnit: unitRef(b, 'pu'),
    addressedUnit: unitRef(b, 'au'),
    forwardedFromBatchId: b.forwarded_from_batch_id,
    title: b.title,
    status: b.status as BatchStatus,
    statusLabel: batchStatusLabels[b.status as BatchStatus] ?? b.status,
    dueOn: b.due_on,
    submissionNumber: b.submission_number,
    submittedAt: iso(b.submitted_at),
    noticeFrom: b.notice_from,
    noticeTo: b.notice_to,
    returnReason: b.return_reason,
    nominationCount: Number(b.nomination_count ?? 0),
    version: b.version,
    can: {
      edit: editableBatch(b.status) && mayPropose(actor, b),
      submit: editableBatch(b.status) && mayPropose(actor, b),
      review: (b.status === 'da_gui' || b.status === 'cong_khai') && mayReview(actor, b),
      comment: noticeOpen(b, today),
    },
  };
}

/** The award's name as the plan gives it, else the catalogue's. */
export function awardNameOf(content: Pick<PlanContent, 'awards'>, n: { award_key: string | null; catalogue_code: string }, year: number): string {
  const offer = n.award_key ? content.awards.find((a) => a.key === n.award_key) : undefined;
  if (offer) return offer.name;
  return entryFor(n.catalogue_code, `${year}-12-31`)?.name ?? n.catalogue_code;
}

export function presentNomination(n: NominationRowFull, content: Pick<PlanContent, 'awards'>, year: number): NominationDto {
  const raw = n.eligibility;
  const eligibility = (typeof raw === 'string' ? JSON.parse(raw) : raw) as EligibilityDto | null;
  return {
    id: n.id,
    batchId: n.batch_id,
    movementId: n.movement_id,
    awardKey: n.award_key,
    awardName: awardNameOf(content, n, year),
    catalogueCode: n.catalogue_code,
    subjectKind: n.subject_kind as 'collective' | 'individual',
    unit: { id: n.unit_id, name: n.unit_name },
    person: n.person_id === null ? null : { id: n.person_id, fullName: n.person_name ?? n.nominee_name, position: n.person_position },
    nomineeName: n.nominee_name,
    report: readReport(n.report),
    eligible: n.eligible,
    eligibility: eligibility ?? null,
    overrideReason: n.override_reason,
    status: n.status as NominationStatus,
    statusLabel: nominationStatusLabels[n.status as NominationStatus] ?? n.status,
    version: n.version,
  };
}

export function presentComment(c: { id: number; batch_id: number; nomination_id: number | null; author_name: string; body: string; created_at: Date | string }): CommentDto {
  return { id: c.id, batchId: c.batch_id, nominationId: c.nomination_id, authorName: c.author_name, body: c.body, createdAt: iso(c.created_at)! };
}
