import { searchKey } from '../../lib/text';
import { genderLabels, personCategoryLabels } from '../people/person-fields';
import { parseChoice, parseText, parseYear, parseYesNo, textOf, type Parsed, type Scalar } from './cell-values';
import { personColumns, type ColumnSpec, type PersonColumnKey } from './columns';
import { RowErrors, rowReader } from './row-errors';
import type { SheetData } from './workbook-read';

export interface KnownUnitRef {
  id: number;
  code: string;
  path: string;
  active: boolean;
}

export interface PersonFields {
  fullName: string;
  gender: string | null;
  birthYear: number | null;
  unitId: number;
  position: string | null;
  category: string;
  isUnitHead: boolean;
}

export interface KnownPerson extends PersonFields {
  id: number;
  unitPath: string;
}

export interface PersonCheckContext {
  unitsByCode: ReadonlyMap<string, KnownUnitRef>;
  peopleById: ReadonlyMap<number, KnownPerson>;
  /** May the actor import people into the unit at this path (imports.run and people.write there)? */
  writable: (path: string) => boolean;
  maxYear: number;
}

export interface PersonCreate extends PersonFields {
  row: number;
  searchKey: string;
}

export interface PersonUpdate extends PersonFields {
  row: number;
  id: number;
  searchKey: string;
  before: PersonFields;
}

export interface PersonPlan {
  creates: PersonCreate[];
  updates: PersonUpdate[];
  unchanged: number;
  errors: RowErrors;
}

const col = Object.fromEntries(personColumns.map((c) => [c.key, c])) as Record<PersonColumnKey, ColumnSpec<PersonColumnKey>>;
// Same limits as the people API (people.schema.ts).
const LIMITS = { fullName: 200, position: 200, unitCode: 50 } as const;

function parsePersonId(v: Scalar): Parsed<number> {
  const n = typeof v === 'number' ? v : /^\s*\d+\s*$/.test(textOf(v)) ? Number(textOf(v)) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) return { ok: false, message: 'phải là số nguyên dương (mã của một cá nhân đã có), hoặc để trống để thêm người mới' };
  return { ok: true, value: n };
}

/** Checks every row, then says what to create and what to update; nothing is planned past an error. */
export function planPeople(data: SheetData<PersonColumnKey>, ctx: PersonCheckContext): PersonPlan {
  const errors = new RowErrors();
  const plan: PersonPlan = { creates: [], updates: [], unchanged: 0, errors };
  const rowOfId = new Map<number, number>();
  const keep = (key: PersonColumnKey) => !data.present.has(key);

  for (const r of data.rows) {
    const reader = rowReader(r.row, r.cells, col, errors);
    const personId = reader.read('personId', parsePersonId);
    const fullName = reader.read('fullName', (v) => parseText(v, LIMITS.fullName), true);
    const gender = reader.read('gender', (v) => parseChoice(v, genderLabels));
    const birthYear = reader.read('birthYear', (v) => parseYear(v, ctx.maxYear));
    const unitCode = reader.read('unitCode', (v) => parseText(v, LIMITS.unitCode), true);
    const position = reader.read('position', (v) => parseText(v, LIMITS.position));
    const category = reader.read('category', (v) => parseChoice(v, personCategoryLabels), true);
    const isUnitHead = reader.read('isUnitHead', parseYesNo);

    let existing: KnownPerson | undefined;
    if (personId !== undefined) {
      const seen = rowOfId.get(personId);
      existing = ctx.peopleById.get(personId);
      if (seen !== undefined) {
        errors.add(r.row, col.personId, `mã ${personId} trùng với dòng ${seen}`);
        continue;
      }
      rowOfId.set(personId, r.row);
      if (!existing || !ctx.writable(existing.unitPath)) {
        errors.add(r.row, col.personId, `không tìm thấy cá nhân có mã ${personId} trong phạm vi của bạn`);
        continue;
      }
    }
    let unit: KnownUnitRef | undefined;
    if (unitCode !== undefined) {
      unit = ctx.unitsByCode.get(unitCode);
      if (!unit || !ctx.writable(unit.path)) {
        errors.add(r.row, col.unitCode, `không tìm thấy đơn vị có mã "${unitCode}" trong phạm vi của bạn`);
        continue;
      }
      // A person may stay in a unit that has since closed, but nobody is added or moved into one.
      if (!unit.active && unit.id !== existing?.unitId) {
        errors.add(r.row, col.unitCode, `đơn vị "${unitCode}" đã ngừng hoạt động hoặc đã sáp nhập`);
        continue;
      }
    }
    if (!reader.valid || !unit || fullName === undefined || category === undefined) continue;
    if (errors.size > 0) continue; // keep checking rows, but stop building writes

    const fields: PersonFields = {
      fullName,
      gender: existing && keep('gender') ? existing.gender : (gender ?? null),
      birthYear: existing && keep('birthYear') ? existing.birthYear : (birthYear ?? null),
      unitId: unit.id,
      position: existing && keep('position') ? existing.position : (position ?? null),
      category,
      isUnitHead: existing && keep('isUnitHead') ? existing.isUnitHead : (isUnitHead ?? false),
    };
    if (!existing) {
      plan.creates.push({ row: r.row, ...fields, searchKey: searchKey(fullName) });
      continue;
    }
    const before: PersonFields = {
      fullName: existing.fullName,
      gender: existing.gender,
      birthYear: existing.birthYear,
      unitId: existing.unitId,
      position: existing.position,
      category: existing.category,
      isUnitHead: existing.isUnitHead,
    };
    const changed = (Object.keys(fields) as (keyof PersonFields)[]).some((k) => fields[k] !== before[k]);
    if (changed) plan.updates.push({ row: r.row, id: existing.id, ...fields, searchKey: searchKey(fullName), before });
    else plan.unchanged++;
  }
  if (errors.size > 0) return { creates: [], updates: [], unchanged: 0, errors };
  return plan;
}
