import type { Transaction } from 'kysely';
import type { Database } from '../../../db/types';
import { invalid } from '../../../http/errors';
import type { PlanContent } from '../model/plan-content.schema';
import { loosenedReason } from '../model/tightening';

/**
 * Refuses a child plan that drops or loosens a criterion inherited from its parent's plan in force.
 * Called on every save and on issue of a draft whose movement has a parent.
 */
export async function assertInheritedTargets(trx: Transaction<Database>, parentMovementId: number | null, content: PlanContent): Promise<void> {
  if (parentMovementId === null) return;
  const parent = await trx
    .selectFrom('movements as m')
    .innerJoin('movement_versions as v', 'v.id', 'm.current_version_id')
    .select(['v.content', 'v.state'])
    .where('m.id', '=', parentMovementId)
    .executeTakeFirst();
  if (!parent || parent.state !== 'issued') return;
  const parentCriteria = (parent.content as PlanContent).criteria;
  const fields: Record<string, string> = {};
  const messages: string[] = [];
  for (const pc of parentCriteria) {
    const i = content.criteria.findIndex((c) => c.inheritedFrom?.movementId === parentMovementId && c.inheritedFrom.key === pc.key);
    const name = `Tiêu chí ${pc.label ?? ''} «${pc.indicator}»`.replace('  ', ' ');
    if (i < 0) {
      messages.push(`${name} của kế hoạch cấp trên không được bỏ`);
      fields['criteria'] = `Thiếu tiêu chí kế thừa «${pc.indicator}»`;
      continue;
    }
    const why = loosenedReason(pc.target, content.criteria[i]!.target);
    if (why) {
      messages.push(`${name}: ${why}`);
      fields[`criteria.${i}.target`] = why;
    }
  }
  if (messages.length > 0) throw invalid(`${messages.join('. ')}. Đơn vị chỉ được giữ nguyên hoặc nâng cao chỉ tiêu của cấp trên.`, fields);
}
