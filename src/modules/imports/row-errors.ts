import { isBlank, isCellError, type CellError, type Parsed, type Scalar } from './cell-values';
import type { ColumnSpec } from './columns';

/** One problem in one cell: the Excel row number (header = row 1), the column label, a full sentence. */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

/** Collects errors as "Dòng 7, cột Năm sinh: phải là số từ 1900 đến 2026". */
export class RowErrors {
  readonly list: RowError[] = [];

  add(row: number, column: ColumnSpec | string, detail: string): void {
    const label = typeof column === 'string' ? column : column.label;
    this.list.push({ row, column: label, message: `Dòng ${row}, cột ${label}: ${detail}` });
  }

  get size(): number {
    return this.list.length;
  }

  /** Rows in file order, then columns in the order they were checked. */
  sorted(): RowError[] {
    return this.list.map((e, i) => ({ e, i })).sort((a, b) => a.e.row - b.e.row || a.i - b.i).map((x) => x.e);
  }
}

/**
 * Reads the cells of one row through parsers, recording each problem against its column. A cell of
 * an absent column reads as undefined (keep what exists); a blank one too, unless it is required.
 */
export function rowReader<K extends string>(
  row: number,
  cells: ReadonlyMap<K, Scalar | CellError>,
  columns: Record<K, ColumnSpec<K>>,
  errors: RowErrors,
) {
  let valid = true;
  const read = <T>(key: K, parse: (v: Scalar) => Parsed<T>, required = false): T | undefined => {
    const raw = cells.get(key);
    if (raw === undefined) {
      if (required) {
        valid = false;
        errors.add(row, columns[key], 'không được để trống');
      }
      return undefined;
    }
    if (isCellError(raw)) {
      valid = false;
      errors.add(row, columns[key], `ô có lỗi ${raw.cellError}; hãy nhập giá trị thay cho công thức`);
      return undefined;
    }
    if (isBlank(raw)) {
      if (required) {
        valid = false;
        errors.add(row, columns[key], 'không được để trống');
      }
      return undefined;
    }
    const parsed = parse(raw);
    if (!parsed.ok) {
      valid = false;
      errors.add(row, columns[key], parsed.message);
      return undefined;
    }
    return parsed.value;
  };
  return {
    read,
    /** False once any cell of the row was refused. */
    get valid() {
      return valid;
    },
  };
}
