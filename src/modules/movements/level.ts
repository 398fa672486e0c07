import type { UnitKind } from '../units/unit-kinds';
import type { movementLevels } from './movements.schema';

export type MovementLevel = (typeof movementLevels)[number];

/** The level of a plan follows the kind of unit that issues it; kinds not listed are grassroots (cơ sở). */
const levelOfKind: Partial<Record<UnitKind, MovementLevel>> = {
  tinh: 'tinh',
  so: 'so_huyen',
  huyen: 'so_huyen',
  thi_xa: 'so_huyen',
  lien_doan_lao_dong: 'so_huyen',
  xa: 'xa',
  phuong: 'xa',
  thi_tran: 'xa',
  phong: 'xa',
  don_vi_su_nghiep: 'xa',
};

/**
 * A Liên đoàn Lao động is provincial at the top of its tree (LĐLĐ tỉnh) and district-level below it
 * (LĐLĐ huyện, seed 000): the kind alone does not say which.
 */
const provincialAtRoot: ReadonlySet<string> = new Set<UnitKind>(['lien_doan_lao_dong']);

export function movementLevel(unit: { kind: string; depth: number }): MovementLevel {
  if (unit.depth === 0 && provincialAtRoot.has(unit.kind)) return 'tinh';
  return levelOfKind[unit.kind as UnitKind] ?? 'co_so';
}

/** The same mapping as data for SQL: kinds of each level, and the kinds that are provincial at depth 0. */
export function levelKinds(): { byLevel: Record<Exclude<MovementLevel, 'co_so'>, string[]>; provincialAtRoot: string[] } {
  const byLevel: Record<Exclude<MovementLevel, 'co_so'>, string[]> = { tinh: [], so_huyen: [], xa: [] };
  for (const [kind, level] of Object.entries(levelOfKind)) if (level !== 'co_so') byLevel[level].push(kind);
  return { byLevel, provincialAtRoot: [...provincialAtRoot] };
}
