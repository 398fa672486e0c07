// Documents of the nominations step, for routes here and for the decisions module's dossier zip.
import { renderDocx } from '../../../documents/docx-render';
import { achievementReportDocument, type AchievementReportModel } from './achievement-report';
import { nomineeListDocument, type NomineeListModel } from './nominee-list';

export { achievementReportDocument, nomineeListDocument, type AchievementReportModel, type NomineeListModel };
export type { NomineeListRow } from './nominee-list';
export { achievementReportModel, nomineeListModel } from './models';

/** A báo cáo thành tích (detailed or summary) as .docx. */
export const renderAchievementReport = (model: AchievementReportModel): Promise<Buffer> => renderDocx(achievementReportDocument(model));

/** A batch's danh sách đề nghị khen thưởng as .docx. */
export const renderNomineeList = (model: NomineeListModel): Promise<Buffer> => renderDocx(nomineeListDocument(model));
