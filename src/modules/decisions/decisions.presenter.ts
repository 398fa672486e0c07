import type { Actor } from '../../http/context';
import { can } from '../auth/scope';
import { grantors, type Grantor } from '../commendation/catalogue';
import { decisionStatusLabels, type AwardDto, type DecisionDto, type DecisionItemDto } from './decisions.schema';
import type { AwardWithUnit, DecisionItemRow, DecisionRow } from './decisions.queries';
import { holdsSigningPower } from './decision-access';
import { defaultMoneySource, grantorTitleAt } from './grantor-title';
import { awardNameOf, reportSummary } from './award-names';

export const grantorByCode = (code: string): Grantor | null => Object.values(grantors).find((g) => g.code === code) ?? null;

const num = (v: string | number | null) => (v === null ? null : Number(v));

export function decisionTitle(d: Pick<DecisionRow, 'title'>): string {
  return d.title ?? 'Về việc khen thưởng';
}

export function toItemDto(r: DecisionItemRow, date: string): DecisionItemDto {
  return {
    nominationId: r.nomination_id,
    position: r.position,
    nomineeName: r.nominee_name,
    subjectKind: r.subject_kind,
    personId: r.person_id,
    unit: { id: r.unit_id, name: r.unit_name },
    catalogueCode: r.catalogue_code,
    awardName: r.award_name ?? awardNameOf(r.catalogue_code, date),
    coefficient: num(r.coefficient),
    prizeAmount: Number(r.prize_amount),
    achievement: r.achievement ?? reportSummary(r.report),
    awardId: r.award_id,
  };
}

export function toDecisionBase(d: DecisionRow, actor: Actor): Omit<DecisionDto, 'items'> {
  const grantor = grantorByCode(d.grantor_code);
  const draft = d.status === 'du_thao';
  const unit = { id: d.unit_id, path: d.unit_path };
  return {
    id: d.id,
    unit: { id: d.unit_id, name: d.unit_name },
    movementId: d.movement_id,
    batchId: d.batch_id,
    grantorCode: d.grantor_code,
    grantorTitle: grantor ? grantorTitleAt(grantor, d.unit_name) : d.grantor_code,
    status: d.status as DecisionDto['status'],
    statusLabel: decisionStatusLabels[d.status as DecisionDto['status']] ?? d.status,
    title: decisionTitle(d),
    number: d.number,
    signedOn: d.signed_on,
    signerName: d.signer_name,
    signerTitle: d.signer_title,
    submissionNumber: d.submission_number,
    submissionDate: d.submission_date,
    moneySource: d.money_source ?? (grantor ? defaultMoneySource(grantor, d.unit_name) : ''),
    baseSalary: d.base_salary === null ? null : Number(d.base_salary),
    totalAmount: Number(d.total_amount),
    version: d.version,
    can: { edit: draft && can(actor, 'decisions.draft', d.unit_path), sign: draft && holdsSigningPower(actor, unit) },
  };
}

export const toDecisionDto = (d: DecisionRow, items: DecisionItemRow[], actor: Actor): DecisionDto => ({
  ...toDecisionBase(d, actor),
  items: items.map((i) => toItemDto(i, d.signed_on ?? d.submission_date ?? d.created_at.toISOString().slice(0, 10))),
});

export function toAwardDto(a: AwardWithUnit): AwardDto {
  return {
    id: a.id,
    decisionId: a.decision_id,
    movementId: a.movement_id,
    catalogueCode: a.catalogue_code,
    awardName: a.award_name,
    subjectKind: a.subject_kind,
    personId: a.person_id,
    unit: { id: a.unit_id, name: a.unit_name },
    nomineeName: a.nominee_name,
    year: a.year,
    decidedOn: a.decided_on,
    decisionNumber: a.decision_number,
    grantorTitle: a.grantor_title,
    coefficient: num(a.coefficient),
    prizeAmount: Number(a.prize_amount),
    achievement: a.achievement,
  };
}
