import type { Transaction } from 'kysely';
import type { Database, MovementRow } from '../../db/types';
import { assertInheritedTargets } from './cascade/inherited-targets';
import { linkParentByReferences } from './cascade/parent-link';
import type { PlanContent } from './model/plan-content.schema';

/**
 * The parent a plan follows is found from its references (Căn cứ / Thực hiện); a child plan may then
 * keep or tighten the parent's criteria, never loosen or drop them. Both run inside the transaction
 * that writes the plan, so a refused plan leaves nothing behind.
 */
export async function linkAndCheckParent(trx: Transaction<Database>, movement: MovementRow, content: PlanContent, opts: { link: boolean }): Promise<number | null> {
  let parentId = movement.parent_movement_id;
  if (opts.link) {
    parentId = await linkParentByReferences(trx, movement, content);
    if (parentId !== movement.parent_movement_id) {
      await trx.updateTable('movements').set({ parent_movement_id: parentId }).where('id', '=', movement.id).execute();
    }
  }
  await assertInheritedTargets(trx, parentId, content, movement.id);
  return parentId;
}
