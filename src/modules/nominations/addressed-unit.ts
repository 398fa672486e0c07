import type { Db } from '../../db/database';
import { descendantMovements, movementAncestry } from '../movements/cascade/cascade.queries';
import type { PlanContent } from '../movements/model/plan-content.schema';

interface UnitAt {
  id: number;
  path: string;
}

/**
 * The deepest of the candidate units strictly above the proposing unit; the proposing unit itself
 * when none is above it (the owner's own council considers the owner's direct nominations). Pure.
 */
export function nearestAbove(proposing: UnitAt, candidates: readonly UnitAt[]): number {
  const above = candidates.filter((c) => c.path !== proposing.path && proposing.path.startsWith(c.path));
  above.sort((a, b) => b.path.length - a.path.length);
  return above[0]?.id ?? proposing.id;
}

/**
 * Who considers a unit's proposals under a movement: the levels that run the movement are the owner
 * of its plan, the owners of the plans above it and of the plans copied from it below (cascade), and
 * the grantor the award offer names. A unit proposes to the nearest of them above it — so an ấp under
 * a xã that copied the huyện's plan proposes to the xã, and the xã proposes to the huyện.
 */
export async function defaultAddressee(db: Db, movementId: number, proposing: UnitAt, offer: PlanContent['awards'][number] | null): Promise<number> {
  const up = await movementAncestry(db, movementId);
  const down = await descendantMovements(db, movementId);
  const ownerIds = new Set<number>(down.map((d) => d.owner_unit_id));
  if (up.length > 0) {
    const owners = await db.selectFrom('movements').select('owner_unit_id').where('id', 'in', up).execute();
    for (const o of owners) ownerIds.add(o.owner_unit_id);
  }
  if (offer?.grantor.unitId) ownerIds.add(offer.grantor.unitId);
  const units = ownerIds.size === 0 ? [] : await db.selectFrom('units').select(['id', 'path']).where('id', 'in', [...ownerIds]).execute();
  return nearestAbove(proposing, units);
}
