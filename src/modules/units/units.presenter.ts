import type { UnitRow } from '../../db/types';
import { unitKindLabels, type UnitKind } from './unit-kinds';
import { isActiveOn } from './unit-period';
import type { UnitDto, UnitEventDto, UnitRefDto } from './units.schema';

export const kindLabel = (kind: string) => unitKindLabels[kind as UnitKind] ?? kind;

const eventKindLabels: Record<string, string> = { merged: 'Sáp nhập', moved: 'Chuyển đơn vị cấp trên' };

type UnitCore = Pick<
  UnitRow,
  'id' | 'code' | 'name' | 'short_name' | 'kind' | 'parent_id' | 'depth' | 'valid_from' | 'valid_to' | 'merged_into_id'
>;

export function presentUnit(row: UnitCore, opts: { day: string; peopleCount: number }): UnitDto {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    shortName: row.short_name,
    kind: row.kind,
    kindLabel: kindLabel(row.kind),
    parentId: row.parent_id,
    depth: row.depth,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    mergedIntoId: row.merged_into_id,
    // A merge closes the sources (validTo = effective day), so the period alone says it.
    active: isActiveOn({ validFrom: row.valid_from, validTo: row.valid_to }, opts.day),
    peopleCount: opts.peopleCount,
  };
}

/** What an audit row keeps of a unit: the fields users edit, plus where it hangs. */
export function unitSnapshot(row: UnitRow) {
  return {
    code: row.code,
    name: row.name,
    shortName: row.short_name,
    kind: row.kind,
    parentId: row.parent_id,
    path: row.path,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    mergedIntoId: row.merged_into_id,
  };
}

export const presentRef = (r: { id: number; code: string; name: string }): UnitRefDto => ({ id: r.id, code: r.code, name: r.name });

export function presentEvent(
  e: { id: number; kind: string; effective_date: string; source_unit_ids: number[]; target_unit_id: number | null; note: string | null; created_at: Date },
  refs: Map<number, UnitRefDto>,
): UnitEventDto {
  return {
    id: e.id,
    kind: e.kind,
    kindLabel: eventKindLabels[e.kind] ?? e.kind,
    effectiveDate: e.effective_date,
    sourceUnits: e.source_unit_ids.map((id) => refs.get(id)).filter((r): r is UnitRefDto => r !== undefined),
    targetUnit: e.target_unit_id === null ? null : (refs.get(e.target_unit_id) ?? null),
    note: e.note,
    createdAt: e.created_at.toISOString(),
  };
}
