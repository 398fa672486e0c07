import { searchKey } from '../../lib/text';
import { pathResolver, type ParentOf } from './unit-order';
import type { KnownUnit, UnitCheckContext, UnitInput } from './unit-rows';

export interface UnitFields {
  name: string;
  shortName: string | null;
  kind: string;
  validFrom: string | null;
}

export interface UnitCreate extends UnitFields {
  id: number;
  code: string;
  parentId: number | null;
  path: string;
  depth: number;
  searchKey: string;
}

export interface UnitUpdate extends UnitFields {
  id: number;
  code: string;
  path: string;
  searchKey: string;
  before: UnitFields;
}

export interface UnitMove {
  id: number;
  code: string;
  fromParentId: number | null;
  parentId: number | null;
  path: string;
  depth: number;
}

export interface UnitPlan {
  /** Parents before children, so each batch only references rows already written. */
  creates: UnitCreate[];
  updates: UnitUpdate[];
  /** Shallowest final depth first (see applyMoves in imports.queries.ts). */
  moves: UnitMove[];
  unchanged: number;
}

/** The final parent of any unit: from the file when it is there, else from the database. */
export function finalParentOf(inputs: ReadonlyMap<string, UnitInput>, ctx: UnitCheckContext): ParentOf {
  return (code) => {
    const input = inputs.get(code);
    if (input) return input.parentCode;
    const known = ctx.byCode.get(code);
    if (!known) return undefined;
    return known.parentId === null ? null : ctx.byId.get(known.parentId)?.code;
  };
}

const fieldsOf = (u: KnownUnit): UnitFields => ({
  name: u.name,
  shortName: u.shortName,
  kind: u.kind,
  validFrom: u.validFrom,
});

/**
 * Turns valid, cycle-free rows into the writes to make. `newIds` are identity values reserved in
 * advance, one per new unit, so paths ('/1/5/9/') are known before the first insert.
 */
export function planUnits(
  inputs: UnitInput[],
  depth: ReadonlyMap<string, number>,
  ctx: UnitCheckContext,
  newIds: number[],
): UnitPlan {
  const sorted = [...inputs].sort((a, b) => depth.get(a.code)! - depth.get(b.code)! || a.row - b.row);
  const byCode = new Map(sorted.map((i) => [i.code, i]));
  const ids = new Map<string, number>();
  let next = 0;
  for (const i of sorted) ids.set(i.code, i.existing?.id ?? newIds[next++]!);
  const idOf = (code: string) => ids.get(code) ?? ctx.byCode.get(code)!.id;
  const parentOf = finalParentOf(byCode, ctx);
  const pathOf = pathResolver(idOf, parentOf);

  const plan: UnitPlan = { creates: [], updates: [], moves: [], unchanged: 0 };
  for (const i of sorted) {
    const parentId = i.parentCode === null ? null : idOf(i.parentCode);
    const path = pathOf(i.code);
    const d = depth.get(i.code)!;
    if (!i.existing) {
      plan.creates.push({
        id: idOf(i.code), code: i.code, name: i.name, shortName: i.shortName ?? null, kind: i.kind,
        validFrom: i.validFrom ?? null, parentId, path, depth: d, searchKey: searchKey(i.name),
      });
      continue;
    }
    const before = fieldsOf(i.existing);
    const after: UnitFields = {
      name: i.name,
      shortName: i.shortName === undefined ? before.shortName : i.shortName,
      kind: i.kind,
      validFrom: i.validFrom === undefined ? before.validFrom : i.validFrom,
    };
    const changed = (Object.keys(after) as (keyof UnitFields)[]).some((k) => after[k] !== before[k]);
    const moved = parentId !== i.existing.parentId;
    if (changed) plan.updates.push({ id: i.existing.id, code: i.code, path, searchKey: searchKey(after.name), before, ...after });
    if (moved) plan.moves.push({ id: i.existing.id, code: i.code, fromParentId: i.existing.parentId, parentId, path, depth: d });
    if (!changed && !moved) plan.unchanged++;
  }
  return plan;
}
