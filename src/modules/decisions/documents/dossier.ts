import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ServiceContext } from '../../../http/context';
import { renderMeetingMinutes, renderTallyMinutes } from '../../council/documents';
import { achievementReportModel, nomineeListModel, renderAchievementReport, renderNomineeList } from '../../nominations/documents';
import { renderCertificatesOf } from '../../certificates/certificates.service';
import { visibleDecision } from '../decision-access';
import { decisionDocModel, renderDecision, renderSubmission, safeName, type RenderedFile } from './documents.service';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The whole dossier of a decision as one zip (hồ sơ khen thưởng): tờ trình, the danh sách đề nghị of
 * each batch, the minutes of each council session that considered the nominees (biên bản họp, biên
 * bản kiểm phiếu once closed), each nominee's báo cáo thành tích, the quyết định, and the
 * certificates once issued. Every reader of the decision may download it.
 */
export async function decisionDossier(ctx: ServiceContext, id: number): Promise<RenderedFile> {
  const d = await visibleDecision(ctx.db, ctx.actor, id);
  const model = await decisionDocModel(ctx.db, d, ctx.actor);
  const items = model.decision.items;
  const files: Zippable = {};
  // A name is cleaned of '/' ("45/TTr-UBND"); only the reports go in a folder.
  const add = (name: string, data: Buffer, folder?: string) => (files[`${folder ? `${safeName(folder)}/` : ''}${safeName(name)}`] = new Uint8Array(data));

  add(`01 Tờ trình ${d.submission_number ?? ''}.docx`.replace(' .docx', '.docx'), await renderSubmission(model));
  const batchIds = [...new Set((await ctx.db.selectFrom('nominations').select('batch_id').where('id', 'in', items.map((i) => i.nominationId)).execute()).map((r) => r.batch_id))];
  for (const [n, batchId] of batchIds.entries()) add(`02 Danh sách đề nghị khen thưởng${batchIds.length > 1 ? ` ${n + 1}` : ''}.docx`, await renderNomineeList(await nomineeListModel(ctx.db, batchId)));
  const sessions = await ctx.db
    .selectFrom('council_session_items as i')
    .innerJoin('council_sessions as s', 's.id', 'i.session_id')
    .select(['s.id', 's.status', 's.meeting_on'])
    .distinct()
    .where('i.nomination_id', 'in', items.map((i) => i.nominationId))
    .orderBy('s.meeting_on')
    .orderBy('s.id')
    .execute();
  for (const [n, s] of sessions.entries()) {
    const suffix = sessions.length > 1 ? ` ${n + 1}` : '';
    add(`03 Biên bản họp Hội đồng${suffix}.docx`, await renderMeetingMinutes(ctx.db, s.id));
    if (s.status === 'da_dong') add(`04 Biên bản kiểm phiếu${suffix}.docx`, await renderTallyMinutes(ctx.db, s.id));
  }
  for (const i of items) add(`${pad(i.position)} ${i.nomineeName}.docx`, await renderAchievementReport(await achievementReportModel(ctx.db, i.nominationId, 'detailed')), '05 Báo cáo thành tích');
  add(`06 Quyết định khen thưởng ${d.number ?? '(dự thảo)'}.docx`, await renderDecision(model));
  if (d.status === 'da_ban_hanh') add('07 Giấy khen, bằng khen.pdf', await renderCertificatesOf(ctx.db, d, ctx.actor));
  files[safeName('Mục lục.txt')] = strToU8(Object.keys(files).map((f, n) => `${n + 1}. ${f}`).join('\r\n'));
  return { fileName: safeName(`Hồ sơ khen thưởng ${d.number ?? d.submission_number ?? d.id}.zip`), buffer: Buffer.from(zipSync(files, { level: 6 })) };
}
