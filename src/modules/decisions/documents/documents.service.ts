import type { Db } from '../../../db/database';
import type { Grantor } from '../../commendation/catalogue';
import { renderDocx } from '../../../documents/docx-render';
import type { ServiceContext } from '../../../http/context';
import { committeeName, headTitle } from '../grantor-title';
import { grantorByCode, toDecisionDto } from '../decisions.presenter';
import { decisionItems, unitById, type DecisionRow } from '../decisions.queries';
import { visibleDecision } from '../decision-access';
import { decisionDocument, decisionListDocument, isCommittee, placeOf, submissionDocument, type DecisionDocModel } from './decision-document';
import { appendDocx } from './docx-append';
import type { Actor } from '../../../http/context';

export interface RenderedFile {
  fileName: string;
  buffer: Buffer;
}

const committeeKinds = new Set(['xa', 'phuong', 'thi_tran', 'huyen', 'thi_xa', 'tinh']);
export const safeName = (s: string) => s.replace(/[/\\:*?"<>|]/g, '-').normalize('NFC');

/** Everything the decision's documents print, read from the database. */
export async function decisionDocModel(db: Db, d: DecisionRow, actor: Actor): Promise<DecisionDocModel> {
  const dto = toDecisionDto(d, await decisionItems(db, d.id), actor);
  const grantor = grantorByCode(d.grantor_code);
  const level = grantor?.level ?? 'don_vi';
  return { decision: dto, ...(await documentHeading(db, { name: d.unit_name, parentId: d.unit_parent_id }, level, d.movement_id)) };
}

/**
 * The heading every document of a unit prints: who issues it (a People's Committee or an agency under
 * its parent body), the place of the date line and the movement it answers. Shared by the decision's
 * documents and the tờ trình forwarded up.
 */
export async function documentHeading(db: Db, unit: { name: string; parentId: number | null }, level: Grantor['level'], movementId: number): Promise<Omit<DecisionDocModel, 'decision'>> {
  const parent = unit.parentId ? await unitById(db, unit.parentId) : undefined;
  const movement = await db
    .selectFrom('movements as m')
    .innerJoin('units as o', 'o.id', 'm.owner_unit_id')
    .select(['m.title', 'm.number', 'm.issued_on', 'o.name as owner_name', 'o.kind as owner_kind'])
    .where('m.id', '=', movementId)
    .executeTakeFirst();
  const committee = isCommittee(level);
  return {
    grantorLevel: level,
    headTitle: headTitle({ level }),
    unitName: unit.name,
    parentBody: committee || !parent ? null : committeeKinds.has(parent.kind) ? committeeName(parent.name) : parent.name,
    place: committee ? placeOf(unit.name) : placeOf(parent?.name ?? null),
    movement: movement
      ? { title: movement.title, number: movement.number, issuedOn: movement.issued_on, ownerName: committeeKinds.has(movement.owner_kind) ? committeeName(movement.owner_name) : movement.owner_name }
      : null,
  };
}

const label = (d: DecisionRow, what: string, ext: string) => safeName(`${what} ${d.number ?? d.submission_number ?? `dự thảo ${d.id}`}.${ext}`);

/** Quyết định khen thưởng with its danh sách appended on a new page. */
export async function renderDecision(m: DecisionDocModel): Promise<Buffer> {
  return appendDocx(await renderDocx(decisionDocument(m)), await renderDocx(decisionListDocument(m)));
}
export const renderSubmission = (m: DecisionDocModel): Promise<Buffer> => renderDocx(submissionDocument(m));

export async function decisionDocx(ctx: ServiceContext, id: number): Promise<RenderedFile> {
  const d = await visibleDecision(ctx.db, ctx.actor, id);
  return { fileName: label(d, 'Quyết định khen thưởng', 'docx'), buffer: await renderDecision(await decisionDocModel(ctx.db, d, ctx.actor)) };
}

export async function submissionDocx(ctx: ServiceContext, id: number): Promise<RenderedFile> {
  const d = await visibleDecision(ctx.db, ctx.actor, id);
  const buffer = await renderSubmission(await decisionDocModel(ctx.db, d, ctx.actor));
  return { fileName: safeName(`Tờ trình đề nghị khen thưởng ${d.submission_number ?? d.id}.docx`), buffer };
}
