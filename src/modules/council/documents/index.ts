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

/** Biên bản họp Hội đồng Thi đua – Khen thưởng of a session. */
export async function renderMeetingMinutes(db: Db, sessionId: number): Promise<Buffer> {
  return renderDocx(meetingMinutesDocument(await loadMinutesData(db, sessionId)));
}

/** Biên bản kiểm phiếu of a closed session (409 before it is closed). */
export async function renderTallyMinutes(db: Db, sessionId: number): Promise<Buffer> {
  return renderDocx(tallyMinutesDocument(await loadMinutesData(db, sessionId)));
}
