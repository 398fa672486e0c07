import type { Db } from '../../db/database';
import { dateLine, upper } from '../../documents/nd30-format';
import type { Actor, ServiceContext } from '../../http/context';
import { conflict, notFound } from '../../http/errors';
import { can } from '../auth/scope';
import { isTitle } from '../decisions/award-names';
import { visibleDecision } from '../decisions/decision-access';
import { decisionById, type DecisionRow } from '../decisions/decisions.queries';
import { grantorByCode } from '../decisions/decisions.presenter';
import { decisionDocModel, safeName } from '../decisions/documents/documents.service';
import { headTitle } from '../decisions/grantor-title';
import type { CertificateModel } from './certificate-model';
import { renderCertificates } from './certificate-pdf';

type AwardRow = Awaited<ReturnType<typeof awardsOfDecision>>[number];

function awardsOfDecision(db: Db, decisionId: number, awardId?: number) {
  let q = db
    .selectFrom('awards as a')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .select(['a.id', 'a.catalogue_code', 'a.award_name', 'a.subject_kind', 'a.nominee_name', 'a.achievement', 'a.grantor_title', 'a.decision_number', 'a.decided_on', 'u.name as unit_name', 'u.path as unit_path'])
    .where('a.decision_id', '=', decisionId)
    .orderBy('a.id');
  if (awardId !== undefined) q = q.where('a.id', '=', awardId);
  return q.execute();
}

/** "GIẤY KHEN", "BẰNG KHEN"; a title prints its own name ("LAO ĐỘNG TIÊN TIẾN"). */
const awardTitleOf = (code: string, name: string) => (code.startsWith('giay_khen') ? 'GIẤY KHEN' : code.startsWith('bang_khen') ? 'BẰNG KHEN' : upper(name));

export function certificateModel(a: AwardRow, d: Pick<DecisionRow, 'grantor_code' | 'signer_title' | 'signer_name'>, place: string | null, movementTitle: string | null): CertificateModel {
  const head = headTitle({ level: grantorByCode(d.grantor_code)?.level ?? 'don_vi' });
  const signer = d.signer_title ?? head;
  const deputy = /^phó\s/i.test(signer.trim());
  const about = movementTitle ? ` trong ${movementTitle.charAt(0).toLocaleLowerCase('vi-VN')}${movementTitle.slice(1)}` : '';
  return {
    grantorLine: upper(a.grantor_title ?? head),
    verb: isTitle(a.catalogue_code, a.decided_on) ? 'CÔNG NHẬN DANH HIỆU' : 'TẶNG',
    awardTitle: awardTitleOf(a.catalogue_code, a.award_name),
    awardeeName: a.nominee_name,
    awardeeUnit: a.subject_kind === 'individual' ? a.unit_name : null,
    achievement: a.achievement ? `Đã có thành tích: ${a.achievement.replace(/\s+/g, ' ')}` : `Đã có thành tích xuất sắc${about}.`,
    placeDate: dateLine(place, a.decided_on),
    decisionLine: `Quyết định số ${a.decision_number ?? ''}`,
    signerLines: deputy ? [`KT. ${upper(head)}`, upper(signer)] : [upper(signer)],
    signerName: d.signer_name ?? '',
  };
}

async function models(db: Db, d: DecisionRow, actor: Actor, awardId?: number): Promise<CertificateModel[]> {
  const m = await decisionDocModel(db, d, actor);
  return (await awardsOfDecision(db, d.id, awardId)).map((a) => certificateModel(a, d, m.place, m.movement?.title ?? null));
}

/** The certificates of an issued decision as one PDF (no access check: the caller checks). */
export async function renderCertificatesOf(db: Db, d: DecisionRow, actor: Actor): Promise<Buffer> {
  return renderCertificates(await models(db, d, actor), `Quyết định ${d.number}`);
}

/** All certificates of an issued decision, one page each. */
export async function decisionCertificates(ctx: ServiceContext, decisionId: number): Promise<{ fileName: string; buffer: Buffer }> {
  const d = await visibleDecision(ctx.db, ctx.actor, decisionId);
  if (d.status !== 'da_ban_hanh') throw conflict('Quyết định chưa ban hành: chưa in được giấy khen, bằng khen.');
  return { fileName: safeName(`Giấy khen, bằng khen - Quyết định ${d.number}.pdf`), buffer: await renderCertificatesOf(ctx.db, d, ctx.actor) };
}

/** One award's certificate, for whoever may read the awardee's unit. */
export async function awardCertificate(ctx: ServiceContext, awardId: number): Promise<{ fileName: string; buffer: Buffer }> {
  const a = await ctx.db.selectFrom('awards as a').innerJoin('units as u', 'u.id', 'a.unit_id').select(['a.id', 'a.decision_id', 'a.nominee_name', 'u.path']).where('a.id', '=', awardId).executeTakeFirst();
  if (!a || a.decision_id === null || !can(ctx.actor, 'units.read', a.path)) throw notFound('khen thưởng');
  const d = await decisionById(ctx.db, a.decision_id);
  if (!d) throw notFound('quyết định khen thưởng');
  return { fileName: safeName(`Khen thưởng - ${a.nominee_name}.pdf`), buffer: await renderCertificates(await models(ctx.db, d, ctx.actor, a.id), a.nominee_name) };
}
