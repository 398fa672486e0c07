import type { ServiceContext } from '../../../http/context';
import { visibleBatch, visibleNomination } from '../batch-access';
import { achievementReportModel, nomineeListModel, renderAchievementReport, renderNomineeList } from './index';

export interface RenderedFile {
  fileName: string;
  buffer: Buffer;
}

const safe = (s: string) => s.replace(/[/\\:*?"<>|]/g, '-').normalize('NFC');

export async function achievementReportFile(ctx: ServiceContext, id: number, version: 'detailed' | 'summary'): Promise<RenderedFile> {
  const { n } = await visibleNomination(ctx.db, ctx.actor, id);
  const buffer = await renderAchievementReport(await achievementReportModel(ctx.db, n.id, version));
  return { fileName: safe(`${version === 'summary' ? 'Báo cáo tóm tắt thành tích' : 'Báo cáo thành tích'} - ${n.nominee_name}.docx`), buffer };
}

export async function nomineeListFile(ctx: ServiceContext, id: number): Promise<RenderedFile> {
  const b = await visibleBatch(ctx.db, ctx.actor, id);
  const buffer = await renderNomineeList(await nomineeListModel(ctx.db, b.id));
  return { fileName: safe(`Danh sách đề nghị khen thưởng - ${b.pu_name} - ${b.year}.docx`), buffer };
}
