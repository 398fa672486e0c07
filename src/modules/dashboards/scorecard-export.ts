import ExcelJS from 'exceljs';
import type { ServiceContext } from '../../http/context';
import type { XlsxFile } from '../imports/exports.service';
import { todayInVietnam } from '../units/unit-period';
import type { ScorecardResponse } from './scorecard.schema';
import { unitScorecard } from './scorecard.service';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

function sheet(wb: ExcelJS.Workbook, name: string, header: string[], widths: number[], rows: (string | number | null)[][]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = widths.map((width) => ({ width }));
  const head = ws.addRow(header);
  head.font = { bold: true };
  head.eachCell((c) => (c.fill = HEADER_FILL));
  for (const r of rows) ws.addRow(r);
}

/** The scorecard as shown: one sheet of movement scores per year, one of index scores. */
export async function scorecardWorkbook(s: ScorecardResponse): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'thidua';
  sheet(
    wb,
    'Điểm thi đua',
    ['Năm', 'Phong trào', 'Tổng điểm', 'Điểm quy đổi thang 100', 'Xếp loại', 'Thứ hạng', 'Căn cứ'],
    [8, 60, 12, 14, 12, 24, 18],
    s.years.flatMap((y) => y.movements.map((m) => [y.year, m.movement.title, m.total, m.score100, m.bandLabel, m.label, m.basis === 'appraised' ? 'Điểm thẩm định' : 'Số liệu báo cáo'])),
  );
  sheet(
    wb,
    'Chỉ số',
    ['Năm', 'Chỉ số', 'Điểm', 'Thứ hạng', 'Trên tổng số', 'Xếp loại'],
    [8, 60, 10, 10, 12, 16],
    s.years.flatMap((y) => y.indices.map((i) => [y.year, i.label, i.score, i.rank, i.rankOf, i.band])),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function exportScorecard(ctx: ServiceContext, unitId: number): Promise<XlsxFile> {
  const s = await unitScorecard(ctx, unitId);
  return { fileName: `diem-chi-so-don-vi-${unitId}-${todayInVietnam()}.xlsx`, content: await scorecardWorkbook(s) };
}
