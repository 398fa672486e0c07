import { sql, type Transaction } from 'kysely';
import type { Database } from '../../../db/types';
import { invalid } from '../../../http/errors';
import type { PlanContent } from '../model/plan-content.schema';
import { formatTarget } from '../model/target-format';
import { loosenedReason } from '../model/tightening';

/**
 * Refuses a child plan that drops or loosens a criterion inherited from its parent's plan in force.
 * Called on every save and on issue of a draft whose movement has a parent.
 *
 * Which parent criteria must stay: all of them once the plan inherits any (a plan made by the
 * cascade inherits every one, each marked with `inheritedFrom`), so dropping one is refused. A plan
 * linked to its parent only by citing it (written outside the cascade) inherited nothing and is not
 * forced to copy the parent's criteria. With `movementId`, what the movement's stored versions
 * inherited counts too: an amendment of an issued child plan cannot shed all inherited criteria at
 * once. (A never-issued draft that deletes every inherited criterion in one save becomes such an
 * independent plan: its draft is the only version, so nothing older says what it inherited.)
 */
export async function assertInheritedTargets(trx: Transaction<Database>, parentMovementId: number | null, content: PlanContent, movementId?: number): Promise<void> {
  if (parentMovementId === null) return;
  const parent = await trx
    .selectFrom('movements as m')
    .innerJoin('movement_versions as v', 'v.id', 'm.current_version_id')
    .select(['v.content', 'v.state'])
    .where('m.id', '=', parentMovementId)
    .executeTakeFirst();
  if (!parent || parent.state !== 'issued') return;
  const parentCriteria = (parent.content as PlanContent).criteria;

  const inheritedNow = content.criteria.filter((c) => c.inheritedFrom?.movementId === parentMovementId).map((c) => c.inheritedFrom!.key);
  const required = new Set(inheritedNow.length > 0 ? parentCriteria.map((c) => c.key) : []);
  if (movementId !== undefined) (await keysInheritedBefore(trx, movementId, parentMovementId)).forEach((k) => required.add(k));

  const fields: Record<string, string> = {};
  const messages: string[] = [];
  for (const pc of parentCriteria) {
    if (!required.has(pc.key)) continue;
    const i = content.criteria.findIndex((c) => c.inheritedFrom?.movementId === parentMovementId && c.inheritedFrom.key === pc.key);
    const name = criterionName(pc);
    if (i < 0) {
      messages.push(`${name} của kế hoạch cấp trên (${formatTarget(pc.target)}) không được bỏ`);
      fields['criteria'] = `Thiếu tiêu chí kế thừa «${pc.indicator}»`;
      continue;
    }
    const why = loosenedReason(pc.target, content.criteria[i]!.target);
    if (why) {
      messages.push(`${name}: ${lowerFirst(why)}`);
      fields[`criteria.${i}.target`] = why;
    }
  }
  if (messages.length > 0) throw invalid(`${messages.join('. ')}. Đơn vị chỉ được giữ nguyên hoặc nâng cao chỉ tiêu của cấp trên.`, fields);
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
const criterionName = (c: { label: string | null; indicator: string }) => (c.label ? `Tiêu chí ${c.label} «${c.indicator}»` : `Tiêu chí «${c.indicator}»`);

/** Keys of the parent's criteria that any stored version of the movement inherited. */
async function keysInheritedBefore(trx: Transaction<Database>, movementId: number, parentMovementId: number): Promise<string[]> {
  const { rows } = await sql<{ key: string }>`
    select distinct c -> 'inheritedFrom' ->> 'key' as key
    from movement_versions v, jsonb_array_elements(v.content -> 'criteria') c
    where v.movement_id = ${movementId}
      and (c -> 'inheritedFrom' ->> 'movementId')::int = ${parentMovementId}`.execute(trx);
  return rows.map((r) => r.key);
}
