import { heading, para, table, type DocBlock, type OfficialDocument } from '../../../documents/model';
import { upper } from '../../../documents/nd30-format';
import type { RecordedAward, Report } from '../report.schema';

/** What a báo cáo thành tích needs; the decisions module builds it too when it assembles a dossier. */
export interface AchievementReportModel {
  subjectKind: 'individual' | 'collective';
  nomineeName: string;
  /** "Giấy khen của Chủ tịch UBND xã" */
  awardName: string;
  year: number;
  /** The unit that reports (for an individual, where they work); printed as the issuer. */
  unitName: string;
  parentBody: string | null;
  place: string | null;
  report: Report;
  version: 'detailed' | 'summary';
}

const dots = '…';
const line = (label: string, value: string | null) => para(`- ${label}: ${value ?? dots}`, { indent: true });
const block = (text: string | null) => (text ?? dots).split(/\n+/).filter((t) => t.trim() !== '').map((t) => para(t));

function recordedTable(rows: RecordedAward[], what: string): DocBlock[] {
  if (rows.length === 0) return [para(`Chưa có ${what.toLowerCase()}.`, { indent: true })];
  return [
    table(
      [
        { header: 'Năm', widthMm: 20, align: 'center' },
        { header: what, widthMm: 65 },
        { header: 'Số, ngày, tháng, năm của quyết định; cơ quan ban hành', widthMm: 80 },
      ],
      rows.map((r) => [String(r.year), r.name, r.decision]),
    ),
  ];
}

function profileBlocks(m: AchievementReportModel): DocBlock[] {
  const p = m.report.profile;
  if (m.subjectKind === 'individual') {
    return [
      heading('I.', 'SƠ LƯỢC LÝ LỊCH'),
      line('Họ tên', p.fullName ?? m.nomineeName),
      line('Sinh ngày, tháng, năm', p.birthDate),
      line('Giới tính', p.gender),
      line('Quê quán', p.hometown),
      line('Trú quán', p.residence),
      line('Đơn vị công tác', p.workplace ?? m.unitName),
      line('Chức vụ (Đảng, chính quyền, đoàn thể)', p.position),
      line('Trình độ chuyên môn, nghiệp vụ', p.qualification),
    ];
  }
  const out: DocBlock[] = [heading('I.', 'SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH'), heading('1.', 'Đặc điểm, tình hình')];
  if (p.address) out.push(line('Địa điểm trụ sở chính', p.address));
  if (p.history) out.push(line('Quá trình thành lập và phát triển', p.history));
  out.push(...block(p.characteristics), heading('2.', 'Chức năng, nhiệm vụ'), ...block(p.functions));
  return out;
}

function achievementBlocks(m: AchievementReportModel): DocBlock[] {
  const a = m.report.achievements;
  if (m.version === 'summary') return [heading('II.', 'TÓM TẮT THÀNH TÍCH ĐẠT ĐƯỢC'), ...block(m.report.summary ?? a.results)];
  const out: DocBlock[] = [heading('II.', 'THÀNH TÍCH ĐẠT ĐƯỢC')];
  if (m.subjectKind === 'individual') out.push(heading('1.', 'Quyền hạn, nhiệm vụ được giao hoặc đảm nhận'), ...block(a.duties), heading('2.', 'Thành tích đạt được'), ...block(a.results));
  else out.push(heading('1.', 'Kết quả thực hiện nhiệm vụ được giao'), ...block(a.results));
  if (a.measures) out.push(heading(m.subjectKind === 'individual' ? '3.' : '2.', 'Biện pháp, nguyên nhân đạt được thành tích; sáng kiến'), ...block(a.measures));
  if (m.subjectKind === 'collective' && a.partyWork) out.push(heading(a.measures ? '3.' : '2.', 'Việc thực hiện chủ trương của Đảng, chính sách, pháp luật; hoạt động của tổ chức đảng, đoàn thể'), ...block(a.partyWork));
  return out;
}

/**
 * The báo cáo thành tích in the form of the Nghị định 98/2023 appendix (collective: I. Sơ lược đặc
 * điểm, tình hình; individual: I. Sơ lược lý lịch; both II. Thành tích đạt được and III. Các hình thức
 * đã được khen thưởng), detailed or summary (tóm tắt), laid out as Nghị định 30/2020 says.
 */
export function achievementReportDocument(m: AchievementReportModel): OfficialDocument<DocBlock> {
  const who = m.subjectKind === 'individual' ? 'Họ và tên' : 'Tên tập thể đề nghị';
  return {
    header: { parentBody: m.parentBody, issuerName: m.unitName, number: null, dateLine: { place: m.place, issuedOn: null } },
    typeName: m.version === 'summary' ? 'BÁO CÁO TÓM TẮT THÀNH TÍCH' : 'BÁO CÁO THÀNH TÍCH',
    summary: `Đề nghị tặng ${m.awardName} năm ${m.year}`,
    caption: null,
    body: [
      para([{ text: `${who}: ` }, { text: m.nomineeName, bold: true }], { align: 'center' }),
      ...profileBlocks(m),
      ...achievementBlocks(m),
      heading('III.', 'CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG'),
      heading('1.', 'Danh hiệu thi đua'),
      ...recordedTable(m.report.titles, 'Danh hiệu thi đua'),
      heading('2.', 'Hình thức khen thưởng'),
      ...recordedTable(m.report.awards, 'Hình thức khen thưởng'),
    ],
    signer:
      m.subjectKind === 'individual'
        ? { capacity: null, authority: null, title: 'NGƯỜI BÁO CÁO THÀNH TÍCH', name: m.report.profile.fullName ?? m.nomineeName }
        : { capacity: null, authority: null, title: upper('Thủ trưởng đơn vị'), name: null },
    recipients: [],
  };
}
