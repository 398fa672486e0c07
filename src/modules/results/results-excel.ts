import ExcelJS from 'exceljs';
import type { ServiceContext } from '../../http/context';
import { forbidden, invalid, notFound } from '../../http/errors';
import { can, scopePaths } from '../auth/scope';
import type { XlsxFile } from '../imports/exports.service';
import { MAX_DATA_ROWS } from '../imports/workbook-read';
import { buildWorkbook, type CellInput, type SheetSpec } from '../imports/workbook-write';
import { contentInForce } from '../movements/cascade/cascade.queries';
import type { PlanContent } from '../movements/model/plan-content.schema';
import { visibleMovement } from '../movements/movement-access';
import type { ResultValue } from '../scoring';
import { findUnit } from '../units/units.queries';
import { todayInVietnam } from '../units/unit-period';
import { resultColumns, targetCellText, valueCell, type ResultColumnKey } from './result-cells';
import { periodProblem } from './result-rules';
import { approvedUnits, resultsOfMovement } from './results.queries';

type Criterion = PlanContent['criteria'][number];
type Row = Record<ResultColumnKey, CellInput>;

export const RESULTS_SHEET = 'Kết quả';

/** Criteria a unit reports for itself (not those for individuals only). */
export const unitCriteriaOf = (content: PlanContent) => content.criteria.filter((c) => c.appliesTo !== 'individual');

const criterionText = (c: Criterion) => `${c.label ? `${c.label} ` : ''}${c.indicator}`;

export function resultsSheet(title: string, example: Row | undefined): SheetSpec<ResultColumnKey> {
  return {
    sheetName: RESULTS_SHEET,
    title: `HƯỚNG DẪN NHẬP KẾT QUẢ THỰC HIỆN TIÊU CHÍ — ${title.toLocaleUpperCase('vi-VN')}`,
    columns: resultColumns,
    lists: {},
    notes: [
      `Nhập vào trang "${RESULTS_SHEET}", mỗi dòng là kết quả của một đơn vị về một tiêu chí trong một kỳ, bắt đầu từ dòng 2. Giữ nguyên dòng tiêu đề (dòng 1) và các cột Mã đơn vị, Mã tiêu chí, Kỳ như trong tệp mẫu.`,
      'Ghi cột Kết quả theo hướng dẫn ở cột "Chỉ tiêu và cách ghi kết quả" của từng dòng. Dòng để trống Kết quả được bỏ qua (kết quả đã có giữ nguyên); kết quả đã có của cùng đơn vị, tiêu chí, kỳ được thay bằng dòng trong tệp và giá trị cũ được lưu lại trong lịch sử.',
      'Khi nhập, hệ thống kiểm tra tất cả các dòng trước khi ghi. Nếu có lỗi ở bất kỳ dòng nào thì không dòng nào được ghi; danh sách lỗi ghi rõ dòng, cột và lý do.',
      'Chỉ nhập được kết quả của các đơn vị thuộc phạm vi được phân quyền và đã được duyệt đăng ký thi đua, trong thời hạn của phong trào. Lưu tệp dưới dạng Excel Workbook (.xlsx).',
      'Tiêu chí về chỉ số (SIPAS, Chỉ số CCHC, PAR Index…) để trống thì lấy theo kết quả chỉ số đã nhập trên trang Chỉ số.',
    ],
    example: example ?? { unitCode: 'XA-TRALAM', unitName: 'UBND xã Trà Lâm', criterionKey: 'd', criterion: 'd) Tỷ lệ giao dịch thanh toán trực tuyến', target: '≥ 80% — ghi số phần trăm, ví dụ 91,5', period: '2024', value: 85.5, note: 'Theo báo cáo của Bộ phận một cửa' },
  };
}

/** The periods of the template for a criterion: the asked one, or the criterion's periods within it. */
export function periodsFor(c: Pick<Criterion, 'period'>, asked: string): string[] {
  const year = asked.slice(0, 4);
  const part = asked.slice(5);
  if (c.period === 'year' || c.period === 'movement') return [year];
  if (c.period === 'half_year') {
    if (part.startsWith('H')) return [asked];
    if (part.startsWith('Q')) return [`${year}-H${Number(part.slice(1)) <= 2 ? 1 : 2}`];
    return [`${year}-H1`, `${year}-H2`];
  }
  if (part.startsWith('Q')) return [asked];
  if (part.startsWith('H')) return part === 'H1' ? [`${year}-Q1`, `${year}-Q2`] : [`${year}-Q3`, `${year}-Q4`];
  return [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
}

/** This year, kept within the movement's years. */
function defaultPeriod(m: { year_from: number | null; year_to: number | null }): string {
  const current = Number(todayInVietnam().slice(0, 4));
  const capped = Math.min(m.year_to ?? current, current);
  return String(Math.max(capped, m.year_from ?? capped));
}

/** Adds a dropdown to the value cell of each Có/Không and xếp loại row (the lists differ by criterion). */
async function withValueLists(buffer: Buffer, choices: (string[] | null)[]): Promise<Buffer> {
  if (!choices.some((c) => c !== null)) return buffer;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(RESULTS_SHEET)!;
  const col = resultColumns.findIndex((c) => c.key === 'value') + 1;
  choices.forEach((list, i) => {
    // An inline list holds at most 255 characters and no commas inside a choice.
    if (!list || list.some((x) => x.includes(',')) || list.join(',').length > 250) return;
    ws.getCell(i + 2, col).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${list.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Kết quả',
      error: `Chọn một trong: ${list.join(', ')}.`,
    };
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function workbook(title: string, rows: { row: Row; criterion: Criterion }[]): Promise<Buffer> {
  const buffer = await buildWorkbook(resultsSheet(title, rows[0]?.row), rows.map((r) => r.row));
  const t = (c: Criterion) => c.target;
  return withValueLists(
    buffer,
    rows.map(({ criterion: c }) => (t(c).measure === 'boolean' ? ['Có', 'Không'] : t(c).measure === 'band' ? [...(t(c) as { scale: string[] }).scale] : null)),
  );
}

const rowOf = (u: { code: string; name: string }, c: Criterion, period: string, value: ResultValue | null, note: string | null): Row => ({
  unitCode: u.code,
  unitName: u.name,
  criterionKey: c.key,
  criterion: criterionText(c),
  target: targetCellText(c.target),
  period,
  value: value === null ? null : valueCell(value),
  note,
});

/**
 * The template for a period: one row per unit the reader reports for (approved participants in their
 * results.submit scope, or under `unitId`) × criterion for units × period, with the values already
 * entered filled in, so downloading, completing and importing it again is the whole round.
 */
export async function resultsTemplate(ctx: ServiceContext, movementId: number, q: { period?: string; unitId?: number }): Promise<XlsxFile> {
  const m = await visibleMovement(ctx.db, ctx.actor, movementId);
  let paths = scopePaths(ctx.actor, 'results.submit').filter((p) => can(ctx.actor, 'movements.read', p));
  if (paths.length === 0) throw forbidden('Bạn không có quyền nhập kết quả thi đua cho đơn vị nào.');
  if (q.unitId !== undefined) {
    const unit = await findUnit(ctx.db, q.unitId);
    if (!unit || !can(ctx.actor, 'movements.read', unit.path)) throw notFound('đơn vị');
    if (!can(ctx.actor, 'results.submit', unit.path)) throw forbidden(`Bạn không có quyền nhập kết quả thi đua cho «${unit.name}».`);
    paths = [unit.path];
  }
  const period = q.period ?? defaultPeriod(m);
  const outside = periodProblem({ period: 'year', label: null, indicator: '' }, period.slice(0, 4), { from: m.year_from, to: m.year_to });
  if (outside) throw invalid(outside, { period: outside });

  const content = (await contentInForce(ctx.db, m.id)) as PlanContent;
  const units = await approvedUnits(ctx.db, m.id, paths);
  const existing = new Map(
    (await resultsOfMovement(ctx.db, m.id, paths, {}))
      .filter((r) => r.person_id === null)
      .map((r) => [`${r.unit_id}:${r.criterion_key}:${r.period}`, r]),
  );
  const rows: { row: Row; criterion: Criterion }[] = [];
  for (const u of units)
    for (const c of unitCriteriaOf(content))
      for (const p of periodsFor(c, period)) {
        const r = existing.get(`${u.id}:${c.key}:${p}`);
        rows.push({ criterion: c, row: rowOf(u, c, p, (r?.value as ResultValue | undefined) ?? null, r?.note ?? null) });
      }
  if (rows.length > MAX_DATA_ROWS)
    throw invalid(`Tệp mẫu sẽ có ${rows.length.toLocaleString('vi-VN')} dòng, quá ${MAX_DATA_ROWS.toLocaleString('vi-VN')} dòng nhập được một lần: chọn một đơn vị (unitId) để tải mẫu cho đơn vị đó và các đơn vị trực thuộc.`, {
      unitId: 'Chọn một đơn vị để thu hẹp tệp mẫu',
    });
  return { fileName: `mau-nhap-ket-qua-${m.id}-${period}.xlsx`, content: await workbook(content.title, rows) };
}

/** Every unit's own result of the movement the reader reads, all periods: edit and import again. */
export async function exportResults(ctx: ServiceContext, movementId: number): Promise<XlsxFile> {
  const m = await visibleMovement(ctx.db, ctx.actor, movementId);
  const content = (await contentInForce(ctx.db, m.id)) as PlanContent;
  const criteria = new Map(unitCriteriaOf(content).map((c) => [c.key, c]));
  const rows = (await resultsOfMovement(ctx.db, m.id, scopePaths(ctx.actor, 'movements.read'), {})).flatMap((r) => {
    const c = criteria.get(r.criterion_key);
    return r.person_id === null && c ? [{ criterion: c, row: rowOf({ code: r.unit_code, name: r.unit_name }, c, r.period, r.value as ResultValue, r.note) }] : [];
  });
  return { fileName: `ket-qua-${m.id}-${todayInVietnam()}.xlsx`, content: await workbook(content.title, rows) };
}
