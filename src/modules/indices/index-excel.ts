import type { ServiceContext } from '../../http/context';
import type { XlsxFile } from '../imports/exports.service';
import type { ColumnSpec } from '../imports/columns';
import { buildWorkbook, type CellInput, type SheetSpec } from '../imports/workbook-write';
import { todayInVietnam } from '../units/unit-period';
import { indexCodes, indexRules, type IndexCode } from './index-rules';
import { listScores, type IndexScoreWithUnit } from './indices.queries';
import type { IndexListQuery } from './indices.schema';
import { indexVisibility, readableUnit } from './indices.service';

/**
 * The one column list of the index-score spreadsheet: the template, the export and the importer all
 * read it, so an exported file imports again unchanged.
 */
export type IndexColumnKey = 'unitCode' | 'unitName' | 'year' | 'index' | 'score' | 'rank' | 'rankOf' | 'band' | 'source';

export const indexColumns: ColumnSpec<IndexColumnKey>[] = [
  { key: 'unitCode', label: 'Mã đơn vị', required: true, width: 18, text: true, help: 'Mã của đơn vị có kết quả, trong phạm vi của bạn (xem trang Đơn vị hoặc tệp xuất danh sách đơn vị).' },
  { key: 'unitName', label: 'Tên đơn vị', required: false, width: 40, help: 'Chỉ để dễ đọc; khi nhập, đơn vị được xác định theo mã.' },
  { key: 'year', label: 'Năm', required: true, width: 9, help: 'Năm đánh giá (năm của kết quả, không phải năm công bố), ví dụ 2024.' },
  { key: 'index', label: 'Chỉ số', required: true, width: 16, help: 'Chọn trong danh sách: PAR Index, SIPAS, PAPI, PCI, ICT Index, Chỉ số CCHC.' },
  { key: 'score', label: 'Điểm', required: false, width: 10,
    help: 'Số, dùng dấu phẩy hoặc dấu chấm thập phân. PAR Index, SIPAS (%), PCI, Chỉ số CCHC: 0–100; PAPI: 0–80; ICT Index: ghi như nơi công bố (0–1 hoặc 0–100). Không định dạng ô kiểu phần trăm.' },
  { key: 'rank', label: 'Thứ hạng', required: false, width: 11, help: 'Số nguyên, 1 là cao nhất.' },
  { key: 'rankOf', label: 'Trên tổng số', required: false, width: 13, help: 'Tổng số đơn vị được xếp hạng, ví dụ 16 (bắt buộc khi có thứ hạng).' },
  { key: 'band', label: 'Xếp loại', required: false, width: 18, help: 'Theo thang của chỉ số; SIPAS và ICT Index không xếp loại (để trống).' },
  { key: 'source', label: 'Nguồn', required: false, width: 48, help: 'Văn bản công bố, ví dụ Quyết định số 123/QĐ-BNV ngày 10/4/2025 của Bộ Nội vụ.' },
];

const allBands = [...new Set(indexCodes.flatMap((c) => indexRules[c].bands ?? []))];

export function indexSheet(): SheetSpec<IndexColumnKey> {
  const bandNotes = indexCodes.map((c) => `${indexRules[c].short}: ${indexRules[c].bands ? `xếp loại ${indexRules[c].bands.join(', ')}` : 'không xếp loại'}.`);
  return {
    sheetName: 'Chỉ số',
    title: 'HƯỚNG DẪN NHẬP KẾT QUẢ CÁC CHỈ SỐ',
    columns: indexColumns,
    lists: { index: indexCodes.map((c) => indexRules[c].short), band: allBands },
    wholeNumbers: { year: [2000, 2100] },
    notes: [
      'Nhập vào trang "Chỉ số", mỗi dòng là kết quả của một đơn vị về một chỉ số trong một năm, bắt đầu từ dòng 2. Giữ nguyên dòng tiêu đề (dòng 1); có thể đổi thứ tự các cột.',
      'Cột có dấu * là bắt buộc. Mỗi dòng cần ít nhất một trong: Điểm, Thứ hạng, Xếp loại. Kết quả đã có của cùng đơn vị, năm, chỉ số sẽ được thay bằng dòng trong tệp; ô để trống là xóa giá trị đó.',
      'Khi nhập, hệ thống kiểm tra tất cả các dòng trước khi ghi. Nếu có lỗi ở bất kỳ dòng nào thì không dòng nào được ghi; danh sách lỗi ghi rõ dòng, cột và lý do.',
      'Chỉ nhập được kết quả của các đơn vị thuộc phạm vi được phân quyền. Lưu tệp dưới dạng Excel Workbook (.xlsx).',
      ...bandNotes,
    ],
    example: {
      unitCode: 'XA-TRALAM',
      unitName: 'Ủy ban nhân dân xã Trà Lâm',
      year: 2024,
      index: indexRules.CCHC.short,
      score: 82.45,
      rank: 3,
      rankOf: 16,
      band: 'Tốt',
      source: 'Quyết định số 456/QĐ-UBND ngày 15/3/2025 của UBND huyện Trà Bồng',
    },
  };
}

export function indexExportRow(r: IndexScoreWithUnit): Record<IndexColumnKey, CellInput> {
  return {
    unitCode: r.unit_code,
    unitName: r.unit_name,
    year: r.year,
    index: indexRules[r.index_code as IndexCode].short,
    score: r.score === null ? null : Number(r.score),
    rank: r.rank,
    rankOf: r.rank_of,
    band: r.band,
    source: r.source,
  };
}

export async function indexTemplate(): Promise<XlsxFile> {
  return { fileName: 'mau-nhap-chi-so.xlsx', content: await buildWorkbook(indexSheet(), []) };
}

/**
 * The scores of the actor's own subtrees (the list's filters apply). Scores of the units above are
 * left out: they are read-only to the actor, so the file stays one they can edit and import again.
 */
export async function exportIndexScores(ctx: ServiceContext, query: IndexListQuery): Promise<XlsxFile> {
  const v = indexVisibility(ctx.actor);
  const unit = query.unitId === undefined ? undefined : await readableUnit(ctx.db, v, query.unitId);
  const rows = await listScores(ctx.db, { subtrees: v.subtrees, ancestorIds: [] }, { underPath: unit?.path, year: query.year, index: query.index });
  return { fileName: `chi-so-${todayInVietnam()}.xlsx`, content: await buildWorkbook(indexSheet(), rows.map(indexExportRow)) };
}
