import type { ServiceContext } from '../../http/context';
import { formatDmy } from '../imports/cell-values';
import type { ColumnSpec } from '../imports/columns';
import type { XlsxFile } from '../imports/exports.service';
import { buildWorkbook, type CellInput, type SheetSpec } from '../imports/workbook-write';
import { todayInVietnam } from '../units/unit-period';
import { authorsOf, listInitiatives, type AuthorRow, type InitiativeWithUnit } from './initiatives.queries';
import { initiativeReadScope } from './initiatives.service';
import { listFilter, type ListQuery } from './subjects';
import { recognitionLevelLabels, recognitionLevels, type RecognitionLevel } from './vocab';

export type InitiativeColumnKey =
  | 'initiativeId'
  | 'unitCode'
  | 'unitName'
  | 'title'
  | 'summary'
  | 'year'
  | 'level'
  | 'councilName'
  | 'decisionNumber'
  | 'decisionDate'
  | 'authors'
  | 'authorNames';

export const initiativeColumns: ColumnSpec<InitiativeColumnKey>[] = [
  { key: 'initiativeId', label: 'Mã sáng kiến', required: false, width: 13, text: true, help: 'Để trống khi thêm sáng kiến mới; ghi mã (như trong tệp xuất ra) để cập nhật sáng kiến đó.' },
  { key: 'unitCode', label: 'Mã đơn vị', required: true, width: 18, text: true, help: 'Mã của đơn vị có sáng kiến (nơi áp dụng), trong phạm vi của bạn.' },
  { key: 'unitName', label: 'Tên đơn vị', required: false, width: 32, help: 'Chỉ để dễ đọc.' },
  { key: 'title', label: 'Tên sáng kiến', required: true, width: 44, help: 'Tên đầy đủ của sáng kiến.' },
  { key: 'summary', label: 'Tóm tắt', required: false, width: 44, help: 'Nội dung, kết quả áp dụng, hiệu quả (không bắt buộc).' },
  { key: 'year', label: 'Năm', required: true, width: 9, help: 'Năm sáng kiến được công nhận, áp dụng (năm tính thành tích), ví dụ 2024.' },
  { key: 'level', label: 'Cấp công nhận', required: false, width: 20, help: 'Cấp cơ sở, Cấp tỉnh (bộ, ngành) hoặc Toàn quốc; để trống nếu chưa được công nhận.' },
  { key: 'councilName', label: 'Hội đồng công nhận', required: false, width: 32, help: 'Ví dụ Hội đồng sáng kiến cơ sở Sở Lao động - Thương binh và Xã hội.' },
  { key: 'decisionNumber', label: 'Số quyết định', required: false, width: 20, text: true, help: 'Số, ký hiệu quyết định hoặc giấy chứng nhận công nhận (bắt buộc khi có cấp công nhận).' },
  { key: 'decisionDate', label: 'Ngày công nhận', suffix: '(dd/mm/yyyy)', required: false, width: 18, text: true, help: 'Ngày của quyết định công nhận (bắt buộc khi có cấp công nhận).' },
  { key: 'authors', label: 'Tác giả', suffix: '(mã cá nhân: tỷ lệ %)', required: true, width: 30, text: true,
    help: 'Mã cá nhân của các tác giả, cách nhau bởi dấu chấm phẩy, kèm tỷ lệ đóng góp, ví dụ "125: 60; 126: 40". Không ghi tỷ lệ thì chia đều. Tổng tỷ lệ là 100%.' },
  { key: 'authorNames', label: 'Họ tên tác giả', required: false, width: 36, help: 'Chỉ để dễ đọc; tác giả được xác định theo mã.' },
];

const shareText = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

export function initiativeSheet(): SheetSpec<InitiativeColumnKey> {
  return {
    sheetName: 'Sáng kiến',
    title: 'HƯỚNG DẪN NHẬP DANH SÁCH SÁNG KIẾN',
    columns: initiativeColumns,
    lists: { level: recognitionLevels.map((l) => recognitionLevelLabels[l]) },
    wholeNumbers: { year: [2000, 2100] },
    notes: [
      'Nhập vào trang "Sáng kiến", mỗi dòng là một sáng kiến, bắt đầu từ dòng 2. Giữ nguyên dòng tiêu đề; có thể đổi thứ tự các cột.',
      'Cột có dấu * là bắt buộc. Dòng có Mã sáng kiến thì cập nhật sáng kiến đó (thay cả danh sách tác giả); dòng không có mã thì thêm mới.',
      'Hệ thống kiểm tra tất cả các dòng trước khi ghi. Nếu có lỗi ở bất kỳ dòng nào thì không dòng nào được ghi; danh sách lỗi ghi rõ dòng, cột và lý do.',
      'Sáng kiến được Hội đồng sáng kiến công nhận theo Luật Thi đua, khen thưởng 2022 (Điều 3) và Điều lệ Sáng kiến (Nghị định 13/2012/NĐ-CP); là điều kiện của danh hiệu Chiến sĩ thi đua cơ sở và nhiều tiêu chuẩn thi đua CCHC.',
      'Lưu tệp dưới dạng Excel Workbook (.xlsx).',
    ],
    example: {
      initiativeId: null,
      unitCode: 'XA-TRALAM',
      unitName: 'Ủy ban nhân dân xã Trà Lâm',
      title: 'Rút ngắn thời gian giải quyết thủ tục chứng thực bằng lịch hẹn trực tuyến',
      summary: 'Áp dụng tại bộ phận một cửa từ tháng 3/2024; giảm 30% thời gian chờ.',
      year: 2024,
      level: recognitionLevelLabels.co_so,
      councilName: 'Hội đồng sáng kiến cơ sở UBND xã Trà Lâm',
      decisionNumber: '45/QĐ-UBND',
      decisionDate: '15/11/2024',
      authors: '125: 60; 126: 40',
      authorNames: 'Nguyễn Văn An; Trần Thị Bình',
    },
  };
}

export function initiativeExportRow(r: InitiativeWithUnit, authors: AuthorRow[]): Record<InitiativeColumnKey, CellInput> {
  return {
    initiativeId: String(r.id),
    unitCode: r.unit_code,
    unitName: r.unit_name,
    title: r.title,
    summary: r.summary,
    year: r.year,
    level: r.recognition_level ? recognitionLevelLabels[r.recognition_level as RecognitionLevel] : null,
    councilName: r.council_name,
    decisionNumber: r.decision_number,
    decisionDate: r.decision_date ? formatDmy(r.decision_date) : null,
    authors: authors.map((a) => `${a.person_id}: ${shareText(a.share)}`).join('; '),
    authorNames: authors.map((a) => a.full_name).join('; '),
  };
}

export async function initiativeTemplate(): Promise<XlsxFile> {
  return { fileName: 'mau-nhap-sang-kien.xlsx', content: await buildWorkbook(initiativeSheet(), []) };
}

export async function exportInitiatives(ctx: ServiceContext, q: ListQuery): Promise<XlsxFile> {
  const read = initiativeReadScope(ctx);
  const rows = await listInitiatives(ctx.db, read, await listFilter(ctx.db, read, q));
  const authors = await authorsOf(ctx.db, rows.map((r) => r.id));
  return { fileName: `sang-kien-${todayInVietnam()}.xlsx`, content: await buildWorkbook(initiativeSheet(), rows.map((r) => initiativeExportRow(r, authors.get(r.id) ?? []))) };
}
