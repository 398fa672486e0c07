import type { ServiceContext } from '../../../http/context';
import { visibleSession } from '../council-access';
import { renderMeetingMinutes, renderTallyMinutes } from './index';

/** The minutes of a session, for whoever sees the session (its standing office and its members). */
export async function minutesFile(ctx: ServiceContext, id: number, part: 'meeting' | 'tally'): Promise<{ fileName: string; buffer: Buffer }> {
  const s = await visibleSession(ctx.db, ctx.actor, id);
  const buffer = part === 'meeting' ? await renderMeetingMinutes(ctx.db, s.id) : await renderTallyMinutes(ctx.db, s.id);
  const name = part === 'meeting' ? 'Biên bản họp Hội đồng' : 'Biên bản kiểm phiếu';
  return { fileName: `${name} ${s.meeting_on.split('-').reverse().join('-')}.docx`.normalize('NFC'), buffer };
}
