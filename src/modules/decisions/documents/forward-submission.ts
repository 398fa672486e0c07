import { renderDocx } from '../../../documents/docx-render';
import type { Grantor } from '../../commendation/catalogue';
import type { ServiceContext } from '../../../http/context';
import { notFound } from '../../../http/errors';
import { todayInVietnam } from '../../units/unit-period';
import { requireReadPaths } from '../decision-access';
import { authorityAt, unitChain } from '../decision-authority';
import { prizeOf } from '../decision-rules';
import type { DecisionDto } from '../decisions.schema';
import { unitById } from '../decisions.queries';
import { awardNameOf, reportSummary } from '../award-names';
import { grantorTitleAt } from '../grantor-title';
import { submissionDocument } from './decision-document';
import { documentHeading, safeName, type RenderedFile } from './documents.service';

const levelOf = (kind: string): Grantor['level'] =>
  kind === 'xa' || kind === 'phuong' || kind === 'thi_tran' ? 'xa' : kind === 'huyen' || kind === 'thi_xa' ? 'huyen' : kind === 'tinh' ? 'tinh' : kind === 'so' ? 'so' : 'don_vi';

/**
 * The tờ trình of a dossier forwarded up (khen cao): from the unit that forwarded it to the grantor of
 * the upper level, with the list and the prize money at the date it was sent. Readable at both ends.
 */
export async function forwardedSubmissionDocx(ctx: ServiceContext, batchId: number): Promise<RenderedFile> {
  const paths = requireReadPaths(ctx.actor);
  const b = await ctx.db.selectFrom('nomination_batches').selectAll().where('id', '=', batchId).executeTakeFirst();
  const from = b ? await unitById(ctx.db, b.proposing_unit_id) : undefined;
  const to = b ? await unitById(ctx.db, b.addressed_unit_id) : undefined;
  if (!b || !from || !to || b.forwarded_from_batch_id === null || !paths.some((p) => from.path.startsWith(p) || to.path.startsWith(p))) {
    throw notFound('tờ trình chuyển cấp trên');
  }
  const date = b.submitted_at ? todayInVietnam(b.submitted_at) : todayInVietnam();
  const rows = await ctx.db
    .selectFrom('nominations as n')
    .innerJoin('units as u', 'u.id', 'n.unit_id')
    .select(['n.id', 'n.catalogue_code', 'n.subject_kind', 'n.person_id', 'n.unit_id', 'n.nominee_name', 'n.report', 'u.name as unit_name'])
    .where('n.batch_id', '=', b.id)
    .where('n.status', '<>', 'rut')
    .orderBy('n.id')
    .execute();
  const chain = await unitChain(ctx.db, to);
  const grantor = rows.map((n) => authorityAt(chain, n.catalogue_code, date)?.here).find((g) => g) ?? null;
  const items = rows.map((n, i) => {
    const prize = prizeOf(n.catalogue_code, date);
    return {
      nominationId: n.id,
      position: i + 1,
      nomineeName: n.nominee_name,
      subjectKind: n.subject_kind,
      personId: n.person_id,
      unit: { id: n.unit_id, name: n.unit_name },
      catalogueCode: n.catalogue_code,
      awardName: awardNameOf(n.catalogue_code, date),
      coefficient: prize.coefficient,
      prizeAmount: prize.amount,
      achievement: reportSummary(n.report),
      awardId: null,
    };
  });
  const decision: DecisionDto = {
    id: 0,
    unit: { id: to.id, name: to.name },
    movementId: b.movement_id,
    batchId: b.id,
    grantorCode: grantor?.code ?? '',
    grantorTitle: grantor ? grantorTitleAt(grantor, to.name) : to.name,
    status: 'du_thao',
    statusLabel: 'Dự thảo',
    title: b.title,
    number: null,
    signedOn: null,
    signerName: null,
    signerTitle: null,
    submissionNumber: b.submission_number,
    submissionDate: date,
    moneySource: '',
    baseSalary: null,
    totalAmount: items.reduce((s, i) => s + i.prizeAmount, 0),
    version: 1,
    items,
    can: { edit: false, sign: false },
  };
  const doc = submissionDocument({ decision, ...(await documentHeading(ctx.db, { name: from.name, parentId: from.parent_id }, levelOf(from.kind), b.movement_id)) }, { upward: true });
  return { fileName: safeName(`Tờ trình đề nghị khen thưởng cấp trên ${b.submission_number ?? b.id}.docx`), buffer: await renderDocx(doc) };
}
