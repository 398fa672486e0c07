import { searchKey } from '../../lib/text';

/**
 * The columns of the two Excel files. Templates, exports and the importer all read these lists, so
 * an exported file always imports again.
 */
export interface ColumnSpec<K extends string = string> {
  key: K;
  /** The column name users read; a required column is shown with "*". */
  label: string;
  required: boolean;
  /** Shown after the label in the header, e.g. the date format. */
  suffix?: string;
  width: number;
  /** Keep the cells as text in Excel (codes like 001 would otherwise lose their zeros). */
  text?: boolean;
  /** One line for the instructions sheet. */
  help: string;
}

export type UnitColumnKey = 'code' | 'name' | 'shortName' | 'kind' | 'parentCode' | 'validFrom';
export type PersonColumnKey =
  | 'personId'
  | 'fullName'
  | 'gender'
  | 'birthYear'
  | 'unitCode'
  | 'position'
  | 'category'
  | 'isUnitHead';

export const unitColumns: ColumnSpec<UnitColumnKey>[] = [
  { key: 'code', label: 'Mã đơn vị', required: true, width: 18, text: true,
    help: 'Mã riêng của đơn vị. Mã trùng với đơn vị đã có thì đơn vị đó được cập nhật, mã mới thì thêm đơn vị mới.' },
  { key: 'name', label: 'Tên đơn vị', required: true, width: 48, help: 'Tên đầy đủ, có dấu.' },
  { key: 'shortName', label: 'Tên viết tắt', required: false, width: 18, help: 'Không bắt buộc.' },
  { key: 'kind', label: 'Loại đơn vị', required: true, width: 32, help: 'Chọn trong danh sách (xem bên dưới).' },
  { key: 'parentCode', label: 'Mã đơn vị cấp trên', required: false, width: 22, text: true,
    help: 'Mã của đơn vị cấp trên: đơn vị đã có trong phạm vi của bạn, hoặc một đơn vị khác trong cùng tệp (dòng nào trước cũng được). Để trống với đơn vị đã có: giữ nguyên đơn vị cấp trên.' },
  { key: 'validFrom', label: 'Ngày bắt đầu hoạt động', suffix: '(dd/mm/yyyy)', required: false, width: 24, text: true,
    help: 'Không bắt buộc, ghi dạng ngày/tháng/năm, ví dụ 01/07/2025.' },
];

export const personColumns: ColumnSpec<PersonColumnKey>[] = [
  { key: 'personId', label: 'Mã cá nhân', required: false, width: 13, text: true,
    help: 'Để trống khi thêm người mới. Ghi mã của một cá nhân đã có (như trong tệp xuất ra) để cập nhật người đó.' },
  { key: 'fullName', label: 'Họ và tên', required: true, width: 32, help: 'Họ và tên đầy đủ, có dấu.' },
  { key: 'gender', label: 'Giới tính', required: false, width: 11, help: 'Nam hoặc Nữ.' },
  { key: 'birthYear', label: 'Năm sinh', required: false, width: 11, help: 'Bốn chữ số, ví dụ 1985.' },
  { key: 'unitCode', label: 'Mã đơn vị', required: true, width: 18, text: true,
    help: 'Mã của đơn vị nơi cá nhân công tác, trong phạm vi của bạn. Đổi mã đơn vị của người đã có là điều chuyển người đó.' },
  { key: 'position', label: 'Chức vụ', required: false, width: 28, help: 'Không bắt buộc, ví dụ Chủ tịch UBND xã.' },
  { key: 'category', label: 'Đối tượng', required: true, width: 34, help: 'Chọn trong danh sách (xem bên dưới).' },
  { key: 'isUnitHead', label: 'Người đứng đầu', suffix: '(Có/Không)', required: false, width: 16,
    help: 'Có nếu là người đứng đầu đơn vị; để trống là Không.' },
];

export function headerText(c: ColumnSpec): string {
  return `${c.label}${c.required ? '*' : ''}${c.suffix ? ` ${c.suffix}` : ''}`;
}

/** A header cell reduced to what identifies it: no "*", no "(…)", no diacritics, no case. */
export function headerKey(text: string): string {
  return searchKey(text.replace(/\([^)]*\)/g, ' ').replace(/\*/g, ' '));
}

export interface HeaderMatch<K extends string> {
  /** Column number (1-based) of every recognised column. */
  positions: Map<K, number>;
  missing: ColumnSpec<K>[];
}

/** Finds the columns by their header text, in any order; unknown columns are ignored. */
export function matchHeaders<K extends string>(
  headers: ReadonlyArray<{ col: number; text: string }>,
  spec: ReadonlyArray<ColumnSpec<K>>,
): HeaderMatch<K> {
  const byKey = new Map(spec.map((c) => [headerKey(c.label), c.key] as const));
  const positions = new Map<K, number>();
  for (const h of headers) {
    const key = byKey.get(headerKey(h.text));
    if (key && !positions.has(key)) positions.set(key, h.col);
  }
  return { positions, missing: spec.filter((c) => c.required && !positions.has(c.key)) };
}
