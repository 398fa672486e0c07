import { isActiveOn } from '../units/unit-period';

/** A unit that may be responsible for a deadline: enough to place it in the tree and in time. */
export interface CandidateUnit {
  id: number;
  kind: string;
  path: string;
  validFrom: string | null;
  validTo: string | null;
}

export interface Responsible {
  unitKinds: readonly string[];
  unitIds: readonly number[];
}

/**
 * The units answering for a deadline on `day`: those named by id, and those of the named kinds in the
 * owner's subtree (the owner included: "UBND xã" in the xã's own plan), active on that day. A deadline
 * naming no unit at all falls to the owner, who issued it.
 */
export function responsibleUnits<T extends CandidateUnit>(r: Responsible, owner: { id: number; path: string }, candidates: readonly T[], day: string): T[] {
  const named = r.unitKinds.length > 0 || r.unitIds.length > 0;
  const ids = new Set(named ? r.unitIds : [owner.id]);
  const kinds = new Set(r.unitKinds);
  return candidates
    .filter((u) => ids.has(u.id) || (kinds.has(u.kind) && u.path.startsWith(owner.path)))
    .filter((u) => isActiveOn(u, day))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
