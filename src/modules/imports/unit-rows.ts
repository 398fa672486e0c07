import { unitKindLabels, type UnitKind } from '../units/unit-kinds';
import { isCellError, parseChoice, parseDate, parseText, textOf, type Parsed, type Scalar } from './cell-values';
import { unitColumns, type ColumnSpec, type UnitColumnKey } from './columns';
import { RowErrors, rowReader } from './row-errors';
import type { SheetData } from './workbook-read';

/** A unit already in the database, as the importer needs it. */
export interface KnownUnit {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  kind: string;
  parentId: number | null;
  path: string;
  depth: number;
  validFrom: string | null;
  /** False once merged or closed: such a unit is neither updated nor given new children. */
  active: boolean;
}

export interface UnitCheckContext {
  byCode: ReadonlyMap<string, KnownUnit>;
  byId: ReadonlyMap<number, KnownUnit>;
  /** May the actor import into the unit at this path (imports.run and units.write there)? */
  writable: (path: string) => boolean;
  /** Only an administrator of a whole tree may add a unit without a parent. */
  canCreateRoot: boolean;
}

/** A valid row: undefined means "column absent or blank: keep what the unit has". */
export interface UnitInput {
  row: number;
  code: string;
  name: string;
  shortName: string | null | undefined;
  kind: UnitKind;
  /** The parent the unit will have: a code, or null for a top-level unit. */
  parentCode: string | null;
  validFrom: string | null | undefined;
  existing?: KnownUnit;
}

const col = Object.fromEntries(unitColumns.map((c) => [c.key, c])) as Record<UnitColumnKey, ColumnSpec<UnitColumnKey>>;
// Same limits as the units API (units.schema.ts).
const LIMITS = { code: 50, name: 300, shortName: 100 } as const;

function parseCode(v: Scalar): Parsed<string> {
  const text = parseText(v, LIMITS.code);
  if (text.ok && /\s/.test(text.value)) return { ok: false, message: 'không được chứa khoảng trắng' };
  return text;
}

/** Checks every row against the file itself and the database; collects all errors, stops at none. */
export function validateUnitRows(
  data: SheetData<UnitColumnKey>,
  ctx: UnitCheckContext,
): { inputs: UnitInput[]; errors: RowErrors } {
  const errors = new RowErrors();
  const firstRowOfCode = new Map<string, number>();
  for (const r of data.rows) {
    const code = r.cells.get('code');
    if (code !== undefined && !isCellError(code)) {
      const text = textOf(code);
      if (text && !firstRowOfCode.has(text)) firstRowOfCode.set(text, r.row);
    }
  }

  const inputs: UnitInput[] = [];
  for (const r of data.rows) {
    const reader = rowReader(r.row, r.cells, col, errors);
    const field = reader.read;
    const code = field('code', parseCode, true);
    const name = field('name', (v) => parseText(v, LIMITS.name), true);
    const shortName = field('shortName', (v) => parseText(v, LIMITS.shortName), false);
    const kind = field('kind', (v) => parseChoice(v, unitKindLabels), true);
    const parentCodeCell = field('parentCode', parseCode, false);
    const validFrom = field('validFrom', parseDate, false);
    if (!code) continue;

    if (firstRowOfCode.get(code) !== r.row) {
      errors.add(r.row, col.code, `mã "${code}" trùng với dòng ${firstRowOfCode.get(code)}`);
      continue;
    }
    const existing = ctx.byCode.get(code);
    if (existing && !ctx.writable(existing.path)) {
      errors.add(r.row, col.code, `mã "${code}" đã được dùng cho một đơn vị ngoài phạm vi của bạn`);
      continue;
    }
    if (existing && !existing.active) {
      errors.add(r.row, col.code, `đơn vị "${code}" đã ngừng hoạt động hoặc đã sáp nhập, không cập nhật được bằng tệp nhập`);
      continue;
    }

    const parentCode = resolveParent(r.row, code, parentCodeCell, existing, firstRowOfCode, ctx, errors);
    if (parentCode === false || !reader.valid || name === undefined || kind === undefined) continue;
    inputs.push({
      row: r.row,
      code,
      name,
      shortName: data.present.has('shortName') ? (shortName ?? null) : undefined,
      kind,
      parentCode,
      validFrom: data.present.has('validFrom') ? (validFrom ?? null) : undefined,
      existing,
    });
  }
  return { inputs, errors };
}

/** The parent code the unit will have, or false after recording why the given one is refused. */
function resolveParent(
  row: number,
  code: string,
  given: string | undefined,
  existing: KnownUnit | undefined,
  inFile: ReadonlyMap<string, number>,
  ctx: UnitCheckContext,
  errors: RowErrors,
): string | null | false {
  if (!given) {
    if (existing) return existing.parentId === null ? null : (ctx.byId.get(existing.parentId)?.code ?? null);
    if (ctx.canCreateRoot) return null;
    errors.add(row, col.parentCode, 'không được để trống với đơn vị mới: đơn vị mới phải thuộc một đơn vị cấp trên trong phạm vi của bạn');
    return false;
  }
  if (given === code) {
    errors.add(row, col.parentCode, 'không được là chính đơn vị này');
    return false;
  }
  if (inFile.has(given)) return given;
  const parent = ctx.byCode.get(given);
  // Keeping the parent a unit already has is always allowed, even when the parent lies above the actor's scope.
  if (parent && existing && parent.id === existing.parentId) return given;
  if (!parent || !ctx.writable(parent.path)) {
    errors.add(row, col.parentCode, `không tìm thấy đơn vị có mã "${given}" trong phạm vi của bạn hoặc trong tệp`);
    return false;
  }
  if (!parent.active) {
    errors.add(row, col.parentCode, `đơn vị cấp trên "${given}" đã ngừng hoạt động hoặc đã sáp nhập`);
    return false;
  }
  return given;
}
