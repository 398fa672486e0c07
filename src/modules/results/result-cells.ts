import { searchKey } from '../../lib/text';
import { parseYesNo, textOf, type Parsed, type Scalar } from '../imports/cell-values';
import type { ColumnSpec } from '../imports/columns';
import { formatTarget } from '../movements/model/target-format';
import type { Target } from '../movements/model/target';
import { formatNumberVi, resultValueProblem, type ResultValue } from '../scoring';

/**
 * The one column list of the results spreadsheet: the template, the export and the importer read it,
 * so an exported file imports again unchanged. One row = one unit's own result for one criterion in
 * one period.
 */
export type ResultColumnKey = 'unitCode' | 'unitName' | 'criterionKey' | 'criterion' | 'target' | 'period' | 'value' | 'note';

export const resultColumns: ColumnSpec<ResultColumnKey>[] = [
  { key: 'unitCode', label: 'Mã đơn vị', required: true, width: 18, text: true, help: 'Mã của đơn vị báo cáo, trong phạm vi của bạn; đơn vị phải đã được duyệt đăng ký thi đua.' },
  { key: 'unitName', label: 'Tên đơn vị', required: false, width: 34, help: 'Chỉ để dễ đọc; khi nhập, đơn vị được xác định theo mã.' },
  { key: 'criterionKey', label: 'Mã tiêu chí', required: true, width: 14, text: true, help: 'Mã tiêu chí trong kế hoạch đang có hiệu lực (giữ nguyên như trong tệp mẫu).' },
  { key: 'criterion', label: 'Tiêu chí', required: false, width: 48, help: 'Chỉ để dễ đọc: nhãn và nội dung đo của tiêu chí.' },
  { key: 'target', label: 'Chỉ tiêu và cách ghi kết quả', required: false, width: 40, help: 'Chỉ để dễ đọc: chỉ tiêu của kế hoạch và cách ghi cột Kết quả.' },
  { key: 'period', label: 'Kỳ', required: true, width: 10, text: true, help: 'Năm «2024», 6 tháng «2024-H1», quý «2024-Q3», theo kỳ đánh giá của tiêu chí.' },
  {
    key: 'value',
    label: 'Kết quả',
    required: false,
    width: 16,
    // Text, so Excel keeps «5/16» a rank instead of turning it into a date.
    text: true,
    help: 'Tỷ lệ: số phần trăm (91,5); số lượng, điểm: số; thứ hạng: «5/16»; Có hoặc Không; xếp loại: chọn trong danh sách; so sánh: «12,5; mốc 10». Để trống: dòng được bỏ qua, kết quả đã có giữ nguyên.',
  },
  { key: 'note', label: 'Ghi chú', required: false, width: 40, help: 'Không bắt buộc, tối đa 4000 ký tự. Minh chứng đính kèm trên trang Kết quả.' },
];

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

/** How the value of a criterion is written in its cell. */
export function howToWrite(target: Target): string {
  switch (target.measure) {
    case 'percent':
      return 'ghi số phần trăm, ví dụ 91,5';
    case 'count':
      return 'ghi số nguyên, ví dụ 3';
    case 'score':
      return target.max === null ? 'ghi số điểm' : `ghi số điểm, tối đa ${formatNumberVi(target.max)}`;
    case 'rank':
      return `ghi thứ hạng dạng «5/${target.of ?? 16}»`;
    case 'boolean':
      return 'chọn Có hoặc Không';
    case 'band':
      return `chọn: ${target.scale.join(', ')}`;
    case 'relative':
      return 'ghi «số liệu; mốc so sánh», ví dụ «12,5; mốc 10»';
  }
}

export const targetCellText = (target: Target) => `${formatTarget(target)} — ${howToWrite(target)}`;

// No thousands separator: the importer reads it back with one decimal comma.
const decimal = (n: number) => String(n).replace('.', ',');

/** A value as its cell holds it: numbers stay numbers, the rest is text the importer reads back. */
export function valueCell(value: ResultValue): string | number {
  switch (value.measure) {
    case 'percent':
    case 'count':
    case 'score':
      return value.value;
    case 'rank':
      return `${value.rank}/${value.of}`;
    case 'boolean':
      return value.value ? 'Có' : 'Không';
    case 'band':
      return value.band;
    case 'relative':
      return `${decimal(value.value)}; mốc ${decimal(value.reference)}`;
  }
}

const NUMBER = /^\s*(-?\d+(?:[.,]\d+)?)\s*%?\s*$/;
function number(v: Scalar): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const m = typeof v === 'string' ? NUMBER.exec(v) : null;
  return m ? Number(m[1]!.replace(',', '.')) : null;
}

/** Reads a value cell as the criterion's measure and checks it against the target's rules. */
export function parseValueCell(target: Target, v: Scalar): Parsed<ResultValue> {
  const text = textOf(v);
  let value: ResultValue;
  switch (target.measure) {
    case 'percent':
    case 'count':
    case 'score': {
      const n = number(v);
      if (n === null) return fail(`"${text}" không phải là số (${howToWrite(target)})`);
      value = { measure: target.measure, value: n };
      break;
    }
    case 'rank': {
      const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
      if (!m) return fail(`"${text}" không phải là thứ hạng (${howToWrite(target)})`);
      value = { measure: 'rank', rank: Number(m[1]), of: Number(m[2]) };
      break;
    }
    case 'boolean': {
      const yes = parseYesNo(v);
      if (!yes.ok || text === '') return fail(`"${text}" không phải là Có hoặc Không`);
      value = { measure: 'boolean', value: yes.value };
      break;
    }
    case 'band': {
      const band = target.scale.find((b) => searchKey(b) === searchKey(text));
      if (!band) return fail(`"${text}" không phải là mức xếp loại; chọn một trong: ${target.scale.join(', ')}`);
      value = { measure: 'band', band };
      break;
    }
    case 'relative': {
      const m = /^\s*(-?\d+(?:[.,]\d+)?)\s*;\s*(?:mốc\s*)?(-?\d+(?:[.,]\d+)?)\s*$/i.exec(text);
      if (!m) return fail(`"${text}" không đúng dạng «số liệu; mốc so sánh»`);
      value = { measure: 'relative', value: Number(m[1]!.replace(',', '.')), reference: Number(m[2]!.replace(',', '.')) };
      break;
    }
  }
  const problem = resultValueProblem(target, value);
  return problem ? fail(problem.message) : ok(value);
}

/** The same value always serialises the same way (stored jsonb comes back with keys in any order). */
export function sameValue(a: unknown, b: ResultValue): boolean {
  const r = a as Record<string, unknown>;
  return Object.keys(b).length === Object.keys(r).length && Object.entries(b).every(([k, v]) => r[k] === v);
}
