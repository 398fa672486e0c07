/**
 * The council's minutes as .docx (Nghị định 30/2020 layout), for the download routes and for the
 * modules that assemble a nomination's dossier. No permission check here: callers check first.
 */
import type { Db } from '../../../db/database';
import { renderDocx } from '../../../documents/docx-render';
import { meetingMinutesDocument } from './meeting-minutes';
import { loadMinutesData } from './minutes-data';
import { tallyMinutesDocument } from './tally-minutes';

export { meetingMinutesDocument } from './meeting-minutes';
export { tallyMinutesDocument } from './tally-minutes';
export { loadMinutesData, type MinutesData } from './minutes-data';

/** The closed session whose council decided a nomination (the latest, if it went to more than one), or null. */
export async function closedSessionFor(db: Db, nominationId: number): Promise<number | null> {
  const row = await db
    .selectFrom('council_session_items as ci')
    .innerJoin('council_sessions as s', 's.id', 'ci.session_id')
    .select('s.id')
    .where('ci.nomination_id', '=', nominationId)
    .where('s.status', '=', 'da_dong')
    .orderBy('s.closed_at', 'desc')
    .orderBy('s.id', 'desc')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Biên bản họp Hội đồng Thi đua – Khen thưởng of a session. */
export async function renderMeetingMinutes(db: Db, sessionId: number): Promise<Buffer> {
  return renderDocx(meetingMinutesDocument(await loadMinutesData(db, sessionId)));
}

/** Biên bản kiểm phiếu of a closed session (409 before it is closed). */
export async function renderTallyMinutes(db: Db, sessionId: number): Promise<Buffer> {
  return renderDocx(tallyMinutesDocument(await loadMinutesData(db, sessionId)));
}
