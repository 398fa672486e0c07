import type { Transaction } from 'kysely';
import type { Database, MovementRow } from '../../../db/types';
import type { PlanContent } from '../model/plan-content.schema';

/**
 * CONTRACT (owned by the cascade helper): when a plan cites (Căn cứ / Thực hiện) a document that is
 * the issued plan of another movement in thidua, links that movement as this one's parent,
 * refusing a link that would make a cycle. Returns the parent id now in force.
 */
export async function linkParentByReferences(trx: Transaction<Database>, movement: MovementRow, content: PlanContent): Promise<number | null> {
  void trx;
  void content;
  return movement.parent_movement_id;
}
