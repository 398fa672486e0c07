import type { Db } from '../../src/db/database';

/**
 * Award history written straight into the tables of migration 010, as the decisions module will write
 * it when a decision is issued: these tests are about reading it (facts, honour board), not issuing it.
 */
export async function insertDecision(
  db: Db,
  d: { unitId: number; movementId: number; number: string | null; signedOn: string | null; issued?: boolean; grantorCode?: string },
): Promise<number> {
  const issued = d.issued ?? true;
  const row = await db
    .insertInto('award_decisions')
    .values({
      unit_id: d.unitId,
      movement_id: d.movementId,
      grantor_code: d.grantorCode ?? 'chu_tich_ubnd_huyen',
      status: issued ? 'da_ban_hanh' : 'du_thao',
      number: d.number,
      signed_on: d.signedOn,
      signer_name: issued ? 'Nguyễn Văn Ký' : null,
      signer_title: issued ? 'Chủ tịch' : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface AwardInput {
  decisionId: number | null;
  movementId?: number | null;
  catalogueCode: string;
  awardName: string;
  person?: { id: number; name: string } | null;
  unit: { id: number; name: string };
  year: number;
  decidedOn: string;
  decisionNumber: string | null;
  achievement?: string | null;
  public?: boolean;
}

export async function insertAward(db: Db, a: AwardInput): Promise<number> {
  const row = await db
    .insertInto('awards')
    .values({
      decision_id: a.decisionId,
      movement_id: a.movementId ?? null,
      catalogue_code: a.catalogueCode,
      award_name: a.awardName,
      subject_kind: a.person ? 'individual' : 'collective',
      person_id: a.person?.id ?? null,
      unit_id: a.unit.id,
      nominee_name: a.person?.name ?? a.unit.name,
      year: a.year,
      decided_on: a.decidedOn,
      decision_number: a.decisionNumber,
      achievement: a.achievement ?? null,
      public: a.public ?? true,
      prize_amount: 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A batch of one year with one nomination of a person (or of the unit when person is null). */
export async function insertNomination(
  db: Db,
  n: { movementId: number; year: number; unitId: number; person: { id: number; name: string } | null; unitName: string; catalogueCode: string; status?: string; submissionNumber?: string | null },
): Promise<number> {
  const batch = await db
    .insertInto('nomination_batches')
    .values({ movement_id: n.movementId, year: n.year, proposing_unit_id: n.unitId, addressed_unit_id: n.unitId, title: `Đề nghị khen thưởng năm ${n.year}`, submission_number: n.submissionNumber ?? null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const row = await db
    .insertInto('nominations')
    .values({
      batch_id: batch.id,
      movement_id: n.movementId,
      catalogue_code: n.catalogueCode,
      subject_kind: n.person ? 'individual' : 'collective',
      person_id: n.person?.id ?? null,
      unit_id: n.unitId,
      nominee_name: n.person?.name ?? n.unitName,
      status: n.status ?? 'de_nghi',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
