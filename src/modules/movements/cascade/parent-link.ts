import type { Transaction } from 'kysely';
import type { Database, MovementRow } from '../../../db/types';
import { invalid } from '../../../http/errors';
import type { PlanContent } from '../model/plan-content.schema';
import { documentTypeLabels } from '../model/vocab';
import { formatDay } from '../../units/unit-period';
import { issuedPlansByDates, movementAncestry, ownerPath, setParent, type CitedPlan } from './cascade.queries';
import { citesPlan } from './reference-match';

const relationOrder = { implements: 0, basis: 1, cited: 2 } as const;

/**
 * When a plan cites (Thực hiện / Căn cứ) a document that is the issued plan of another movement in
 * thidua, links that movement as this one's parent. Returns the parent id now in force.
 *
 * - A parent already set (by the cascade, or an earlier save) is kept: a citation never re-parents.
 * - Only a plan of the same unit or of a unit ABOVE this plan's owner is linked. A plan cited from a
 *   sibling or a lower unit is a reference, not the plan this one implements, and linking it would
 *   show one xã the title of another's plan (visibility rule: a unit reads only the issued plans of
 *   the units above it). Such a citation is kept as text, silently, since citing it is legitimate.
 * - Of several matching citations, "Thực hiện" wins over "Căn cứ", then the order written; of several
 *   matching plans, the nearest unit above.
 * - A link that would close a cycle (the cited plan already implements this one, directly or through
 *   others) is refused with a validation error on that reference's number.
 */
export async function linkParentByReferences(trx: Transaction<Database>, movement: MovementRow, content: PlanContent): Promise<number | null> {
  const cited = content.references
    .map((ref, index) => ({ ref, index }))
    .filter(({ ref }) => ref.number !== null && ref.issuedOn !== null)
    .sort((a, b) => relationOrder[a.ref.relation] - relationOrder[b.ref.relation] || a.index - b.index);
  if (movement.parent_movement_id !== null || cited.length === 0) return movement.parent_movement_id;

  const path = await ownerPath(trx, movement.owner_unit_id);
  const plans = (await issuedPlansByDates(trx, [...new Set(cited.map((c) => c.ref.issuedOn!))])).filter(
    (p) => p.id !== movement.id && path.startsWith(p.owner_path),
  );
  for (const { ref, index } of cited) {
    const hits = plans.filter((p) => citesPlan(ref, p)).sort((a, b) => b.owner_path.length - a.owner_path.length || a.id - b.id);
    const hit = hits[0];
    if (!hit) continue;
    await assertNoCycle(trx, movement.id, hit, { index, type: documentTypeLabels[ref.documentType] });
    await setParent(trx, movement.id, hit.id);
    return hit.id;
  }
  return movement.parent_movement_id;
}

async function assertNoCycle(trx: Transaction<Database>, movementId: number, parent: CitedPlan, ref: { index: number; type: string }): Promise<void> {
  const ancestry = await movementAncestry(trx, parent.id);
  if (!ancestry.includes(movementId)) return;
  const { index, type } = ref;
  const name = `${type} số ${parent.number}${parent.issued_on ? ` ngày ${formatDay(parent.issued_on)}` : ''}`;
  const message = `Không thể lấy ${name} làm kế hoạch cấp trên: kế hoạch đó đang thực hiện theo kế hoạch này, liên kết sẽ tạo thành vòng lặp.`;
  throw invalid(message, { [`references.${index}.number`]: `${name} đang thực hiện theo kế hoạch này, không thể là kế hoạch cấp trên` });
}
