import { heading, para, table, type DocBlock, type OfficialDocument } from '../../../documents/model';

export interface NomineeListRow {
  subjectKind: 'individual' | 'collective';
  name: string;
  /** "Chuyên viên, Văn phòng UBND xã"; for a collective its unit above, or null. */
  positionUnit: string | null;
  award: string;
  summary: string | null;
}

/** The danh sách đề nghị khen thưởng of one batch (sent with the tờ trình). */
export interface NomineeListModel {
  issuerName: string;
  parentBody: string | null;
  place: string | null;
  issuedOn: string | null;
  /** "Đề nghị khen thưởng năm 2025 của Xã An Lạc" */
  title: string;
  /** "(Kèm theo Tờ trình số 12/TTr-UBND ngày …)"; null when the tờ trình has no number yet. */
  caption: string | null;
  rows: NomineeListRow[];
  signerTitle: string;
  signerName: string | null;
}

const columns = [
  { header: 'STT', widthMm: 12, align: 'center' as const },
  { header: 'Tên tập thể, cá nhân', widthMm: 38 },
  { header: 'Chức vụ, đơn vị', widthMm: 35 },
  { header: 'Hình thức đề nghị', widthMm: 30 },
  { header: 'Tóm tắt thành tích', widthMm: 50 },
];

function part(rows: NomineeListRow[]): DocBlock[] {
  if (rows.length === 0) return [para('Không có.', { indent: true })];
  return [table(columns, rows.map((r, i) => [String(i + 1), r.name, r.positionUnit, r.award, r.summary]))];
}

export function nomineeListDocument(m: NomineeListModel): OfficialDocument<DocBlock> {
  const collectives = m.rows.filter((r) => r.subjectKind === 'collective');
  const individuals = m.rows.filter((r) => r.subjectKind === 'individual');
  return {
    header: { parentBody: m.parentBody, issuerName: m.issuerName, number: null, dateLine: { place: m.place, issuedOn: m.issuedOn } },
    typeName: 'DANH SÁCH',
    summary: m.title,
    caption: m.caption,
    body: [heading('I.', `TẬP THỂ (${collectives.length})`), ...part(collectives), heading('II.', `CÁ NHÂN (${individuals.length})`), ...part(individuals)],
    signer: { capacity: null, authority: null, title: m.signerTitle, name: m.signerName },
    recipients: [],
  };
}
