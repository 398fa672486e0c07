import type { Db } from '../../../db/database';
import { formatDay } from '../../units/unit-period';
import { planOf } from '../batches.service';
import { findBatch, findNomination, nominationsOf } from '../nominations.queries';
import { awardNameOf } from '../presenter';
import { readReport } from '../report.schema';
import type { AchievementReportModel } from './achievement-report';
import type { NomineeListModel } from './nominee-list';

async function unitWithParent(db: Db, id: number) {
  return db
    .selectFrom('units as u')
    .leftJoin('units as p', 'p.id', 'u.parent_id')
    .select(['u.name', 'p.name as parent_name'])
    .where('u.id', '=', id)
    .executeTakeFirstOrThrow();
}

/** The model of one nominee's báo cáo thành tích, read from the database (no access check: callers do it). */
export async function achievementReportModel(db: Db, nominationId: number, version: 'detailed' | 'summary'): Promise<AchievementReportModel> {
  const n = await findNomination(db, nominationId);
  const b = n ? await findBatch(db, n.batch_id) : undefined;
  if (!n || !b) throw new Error(`Không có đề nghị ${nominationId}`);
  const content = await planOf(db, n.movement_id);
  const unit = await unitWithParent(db, n.unit_id);
  return {
    subjectKind: n.subject_kind as 'individual' | 'collective',
    nomineeName: n.nominee_name,
    awardName: awardNameOf(content, n, b.year),
    year: b.year,
    unitName: unit.name,
    parentBody: unit.parent_name,
    place: null,
    report: readReport(n.report),
    version,
  };
}

/** The model of a batch's danh sách đề nghị (withdrawn nominees left out). */
export async function nomineeListModel(db: Db, batchId: number): Promise<NomineeListModel> {
  const b = await findBatch(db, batchId);
  if (!b) throw new Error(`Không có đợt đề nghị ${batchId}`);
  const content = await planOf(db, b.movement_id);
  const unit = await unitWithParent(db, b.proposing_unit_id);
  const rows = (await nominationsOf(db, [b.id])).filter((n) => n.status !== 'rut');
  const submitted = b.submitted_at ? new Date(b.submitted_at).toISOString().slice(0, 10) : null;
  return {
    issuerName: unit.name,
    parentBody: unit.parent_name,
    place: null,
    issuedOn: submitted,
    title: b.title,
    caption: b.submission_number ? `(Kèm theo Tờ trình số ${b.submission_number}${submitted ? ` ngày ${formatDay(submitted)}` : ''} của ${unit.name})` : null,
    rows: rows.map((n) => {
      const report = readReport(n.report);
      const positionUnit = n.subject_kind === 'individual' ? [n.person_position ?? report.profile.position, n.unit_name].filter(Boolean).join(', ') : null;
      return { subjectKind: n.subject_kind as 'individual' | 'collective', name: n.nominee_name, positionUnit: positionUnit || null, award: awardNameOf(content, n, b.year), summary: report.summary };
    }),
    signerTitle: 'THỦ TRƯỞNG ĐƠN VỊ',
    signerName: null,
  };
}
