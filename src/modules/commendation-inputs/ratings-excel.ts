import type { ServiceContext } from '../../http/context';
import type { ColumnSpec } from '../imports/columns';
import type { XlsxFile } from '../imports/exports.service';
import { buildWorkbook, type CellInput, type SheetSpec } from '../imports/workbook-write';
import { todayInVietnam } from '../units/unit-period';
import { listRatings, type RatingWithSubject } from './ratings.queries';
import { ratingReadScope } from './ratings.service';
import { listFilter, type ListQuery } from './subjects';
import { ratingCodes, ratingLabels, subjectKindLabels, type RatingCode } from './vocab';

/** One column list for the template, the export and the importer: an exported file imports again. */
export type RatingColumnKey = 'subjectKind' | 'personId' | 'fullName' | 'unitCode' | 'unitName' | 'year' | 'rating' | 'source';

export const ratingColumns: ColumnSpec<RatingColumnKey>[] = [
  { key: 'subjectKind', label: 'Đối tượng', required: true, width: 12, help: 'Cá nhân hoặc Tập thể.' },
  { key: 'personId', label: 'Mã cá nhân', required: false, width: 13, text: true, help: 'Bắt buộc với cá nhân: mã như trong tệp xuất danh sách cá nhân. Để trống với tập thể.' },
  { key: 'fullName', label: 'Họ và tên', required: false, width: 30, help: 'Chỉ để dễ đọc; cá nhân được xác định theo mã.' },
  { key: 'unitCode', label: 'Mã đơn vị', required: false, width: 18, text: true, help: 'Bắt buộc với tập thể: mã của đơn vị được xếp loại. Với cá nhân chỉ để dễ đọc.' },
  { key: 'unitName', label: 'Tên đơn vị', required: false, width: 36, help: 'Chỉ để dễ đọc.' },
  { key: 'year', label: 'Năm', required: true, width: 9, help: 'Năm được đánh giá, xếp loại, ví dụ 2024.' },
  { key: 'rating', label: 'Xếp loại', required: true, width: 34, help: 'Chọn trong danh sách: Hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ (có thể ghi tắt HTXSNV, HTTNV, HTNV, KHTNV).' },
  { key: 'source', label: 'Căn cứ', required: false, width: 44, help: 'Quyết định, văn bản xếp loại, ví dụ Quyết định số 12/QĐ-UBND ngày 20/12/2024.' },
];

export function ratingSheet(): SheetSpec<RatingColumnKey> {
  return {
    sheetName: 'Xếp loại',
    title: 'HƯỚNG DẪN NHẬP KẾT QUẢ XẾP LOẠI HẰNG NĂM',
    columns: ratingColumns,
    lists: { subjectKind: Object.values(subjectKindLabels), rating: ratingCodes.map((c) => ratingLabels[c]) },
    wholeNumbers: { year: [2000, 2100] },
    notes: [
      'Nhập vào trang "Xếp loại", mỗi dòng là kết quả đánh giá, xếp loại của một cá nhân hoặc một tập thể trong một năm, bắt đầu từ dòng 2. Giữ nguyên dòng tiêu đề; có thể đổi thứ tự các cột.',
      'Cột có dấu * là bắt buộc. Kết quả đã có của cùng đối tượng và năm sẽ được thay bằng dòng trong tệp.',
      'Hệ thống kiểm tra tất cả các dòng trước khi ghi. Nếu có lỗi ở bất kỳ dòng nào thì không dòng nào được ghi; danh sách lỗi ghi rõ dòng, cột và lý do.',
      'Chỉ nhập được kết quả của cá nhân, đơn vị thuộc phạm vi được phân quyền. Lưu tệp dưới dạng Excel Workbook (.xlsx).',
      'Căn cứ: Nghị định 90/2020/NĐ-CP, Nghị định 48/2023/NĐ-CP về đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức.',
    ],
    example: {
      subjectKind: subjectKindLabels.person,
      personId: '125',
      fullName: 'Nguyễn Văn An',
      unitCode: 'XA-TRALAM',
      unitName: 'Ủy ban nhân dân xã Trà Lâm',
      year: 2024,
      rating: ratingLabels.HTXSNV,
      source: 'Quyết định số 12/QĐ-UBND ngày 20/12/2024',
    },
  };
}

export function ratingExportRow(r: RatingWithSubject): Record<RatingColumnKey, CellInput> {
  return {
    subjectKind: subjectKindLabels[r.person_id === null ? 'unit' : 'person'],
    personId: r.person_id === null ? null : String(r.person_id),
    fullName: r.person_name,
    unitCode: r.unit_code,
    unitName: r.unit_name,
    year: r.year,
    rating: ratingLabels[r.rating as RatingCode],
    source: r.source,
  };
}

export async function ratingTemplate(): Promise<XlsxFile> {
  return { fileName: 'mau-nhap-xep-loai.xlsx', content: await buildWorkbook(ratingSheet(), []) };
}

export async function exportRatings(ctx: ServiceContext, q: ListQuery): Promise<XlsxFile> {
  const read = ratingReadScope(ctx);
  const rows = await listRatings(ctx.db, read, await listFilter(ctx.db, read, q));
  return { fileName: `xep-loai-${todayInVietnam()}.xlsx`, content: await buildWorkbook(ratingSheet(), rows.map(ratingExportRow)) };
}
