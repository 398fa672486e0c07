import ExcelJS from 'exceljs';
import type { ServiceContext } from '../../http/context';
import type { XlsxFile } from '../imports/exports.service';
import { formatDay, todayInVietnam } from '../units/unit-period';
import { statusLabels } from './appraisal-rules';
import type { AssessmentListResponse, AssessmentsQuery } from './appraisals.schema';
import { listAssessments } from './appraisals.service';

type Cell = string | number | null;
type Unit = AssessmentListResponse['units'][number];
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const round2 = (n: number) => Math.round(n * 100) / 100;

function addSheet(wb: ExcelJS.Workbook, name: string, header: string[], widths: number[], rows: Cell[][]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  ws.columns = header.map((_, i) => ({ width: widths[i] ?? 14 }));
  const head = ws.addRow(header);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'middle' };
  head.eachCell((c) => (c.fill = HEADER_FILL));
  for (const r of rows) ws.addRow(r);
}

/** Self − appraised over the decided criteria only, as the tab shows it; null before any decision. */
function decidedGap(u: Unit): number | null {
  const done = u.items.filter((a) => a.status === 'da_tham_dinh' && a.appraisedPoints !== null);
  return done.length === 0 ? null : round2(done.reduce((s, a) => s + a.selfPoints - a.appraisedPoints!, 0));
}

/** Two sheets: per unit totals and states, then every self-score with its appraisal, as the tab shows them. */
export async function assessmentsWorkbook(list: AssessmentListResponse): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'thidua';
  const statuses = Object.keys(statusLabels) as (keyof typeof statusLabels)[];
  addSheet(
    wb,
    'Tổng hợp',
    ['Đơn vị', 'Tổng điểm tự chấm', 'Tổng điểm thẩm định', 'Chênh lệch (tiêu chí đã thẩm định)', 'Tổng điểm tối đa', ...statuses.map((s) => statusLabels[s])],
    [36, 14, 14, 18, 14, 14, 14, 16, 14],
    list.units.map((u) => [u.unit.name, u.selfTotal, u.appraisedTotal, decidedGap(u), u.maxTotal, ...statuses.map((s) => u.items.filter((a) => a.status === s).length)]),
  );
  addSheet(
    wb,
    'Chi tiết',
    ['Đơn vị', 'Cá nhân', 'Tiêu chí', 'Kết quả', 'Điểm tối đa', 'Điểm tự chấm', 'Ghi chú tự chấm', 'Trạng thái', 'Điểm thẩm định', 'Chênh lệch', 'Lý do', 'Yêu cầu giải trình', 'Hạn giải trình', 'Giải trình', 'Người thẩm định'],
    [32, 22, 36, 28, 10, 10, 30, 16, 10, 10, 40, 36, 12, 40, 22],
    list.units.flatMap((u) =>
      u.items.map((a) => {
        const decided = a.status === 'da_tham_dinh' ? a.appraisedPoints : null;
        return [
          u.unit.name,
          a.person?.fullName ?? null,
          a.criterion ? `${a.criterion.label ? `${a.criterion.label} ` : ''}${a.criterion.indicator}` : a.criterionKey,
          a.check ? `${a.check.met ? 'Đạt' : 'Không đạt'}: ${a.check.reason}` : 'Chưa nhập',
          a.possible,
          a.selfPoints,
          a.selfNote,
          a.statusLabel,
          decided,
          decided === null ? null : round2(a.selfPoints - decided),
          a.appraisalReason,
          a.explainRequest,
          a.explainBy ? formatDay(a.explainBy) : null,
          a.explanation,
          a.appraisedBy?.fullName ?? null,
        ];
      }),
    ),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The same units the list shows the reader (their subtrees before the lock, everyone once published). */
export async function exportAssessments(ctx: ServiceContext, movementId: number, q: AssessmentsQuery): Promise<XlsxFile> {
  const list = await listAssessments(ctx, movementId, q);
  return { fileName: `tu-cham-tham-dinh-${movementId}-${q.period}-${todayInVietnam()}.xlsx`, content: await assessmentsWorkbook(list) };
}
