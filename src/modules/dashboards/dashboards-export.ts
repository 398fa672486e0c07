import ExcelJS from 'exceljs';
import type { ServiceContext } from '../../http/context';
import type { XlsxFile } from '../imports/exports.service';
import { registrationStatusLabels } from '../registrations/registration-labels';
import { formatDay, todayInVietnam } from '../units/unit-period';
import { cellStateLabels } from './dashboard-labels';
import type { DashboardQuery, DashboardResponse } from './dashboards.schema';
import { movementDashboard } from './dashboards.service';

type Cell = string | number | null;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const STATE_FILL: Record<string, string> = { met: 'FFC6EFCE', not_met: 'FFFFC7CE', missing: 'FFE7E6E6' };

function addSheet(wb: ExcelJS.Workbook, name: string, header: string[], widths: number[], rows: Cell[][]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  ws.columns = header.map((_, i) => ({ width: widths[i] ?? 14 }));
  const head = ws.addRow(header);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'middle' };
  head.eachCell((c) => (c.fill = HEADER_FILL));
  for (const r of rows) ws.addRow(r);
  return ws;
}

/** Ranking, heatmap, progress, self-score gaps, overdue items and the published formula: one sheet each, values as shown on the dashboard. */
export async function dashboardWorkbook(d: DashboardResponse): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'thidua';
  addSheet(
    wb,
    'Xếp hạng',
    ['Nhóm so sánh', 'Đơn vị', 'Số tiêu chí đạt', 'Tổng điểm', 'Điểm quy đổi thang 100', 'Xếp loại', 'Thứ hạng'],
    [28, 36, 14, 12, 14, 12, 24],
    d.ranking.flatMap((g) => g.rows.map((r) => [g.parent.name ?? '', r.unit.name, r.metCount, r.total, r.score100, r.bandLabel, r.label])),
  );
  const heat = addSheet(
    wb,
    'Tiêu chí theo đơn vị',
    ['Đơn vị', ...d.criteria.map((c) => c.label)],
    [36, ...d.criteria.map(() => 16)],
    d.heatmap.map((h) => [h.unit.name, ...h.cells.map((s) => cellStateLabels[s])]),
  );
  d.heatmap.forEach((h, i) =>
    h.cells.forEach((s, j) => {
      heat.getRow(i + 2).getCell(j + 2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: STATE_FILL[s]! } };
    }),
  );
  addSheet(
    wb,
    'Tiến độ',
    ['Đơn vị', 'Đăng ký', 'Số tiêu chí đã báo cáo', 'Tổng số tiêu chí'],
    [36, 14, 18, 14],
    d.progress.map((p) => [p.unit.name, registrationStatusLabels[p.status], p.submitted, p.criteriaCount]),
  );
  addSheet(
    wb,
    'Chênh lệch tự chấm',
    ['Nhóm so sánh', 'Đơn vị', 'Tự chấm', 'Thẩm định', 'Chênh lệch', 'Tự chấm cao', 'Lý do'],
    [28, 36, 12, 12, 12, 12, 60],
    d.gaps.rows.map((r) => [r.group, r.unit.name, r.self, r.appraised, r.gap, r.runsHigh ? 'Có' : 'Không', r.why.join('; ') || null]),
  );
  addSheet(
    wb,
    'Quá hạn',
    ['Đơn vị', 'Loại', 'Hạn', 'Nội dung'],
    [36, 20, 12, 70],
    d.overdue.map((o) => [o.unit.name, o.kindLabel, formatDay(o.dueOn), o.detail]),
  );
  const formula = wb.addWorksheet('Cách tính điểm');
  formula.columns = [{ width: 40 }, { width: 20 }, { width: 14 }];
  for (const line of d.formula.text.split('\n')) formula.addRow([line]);
  formula.addRow([d.formula.bands]);
  formula.addRow([d.basisNote]);
  formula.addRow([]);
  formula.addRow(['Tiêu chí', 'Cách tính', 'Điểm tối đa']).font = { bold: true };
  for (const w of d.formula.weights) formula.addRow([w.label, w.rule, w.possible]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function exportDashboard(ctx: ServiceContext, movementId: number, q: DashboardQuery): Promise<XlsxFile> {
  const d = await movementDashboard(ctx, movementId, q);
  return { fileName: `ket-qua-xep-hang-${movementId}-${d.year}-${todayInVietnam()}.xlsx`, content: await dashboardWorkbook(d) };
}
