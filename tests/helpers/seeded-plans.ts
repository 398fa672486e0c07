import type { Db } from '../../src/db/database';
import type { MovementRow } from '../../src/db/types';
import { planContentSchema, type PlanContent } from '../../src/modules/movements/model/plan-content.schema';
import { seedPlans } from '../../src/seed/plans';

export interface SeededPlan {
  source: string;
  movement: MovementRow;
  ownerCode: string;
  versionState: string;
  /** The stored jsonb, parsed again: a stored plan the schema refuses fails here. */
  content: PlanContent;
}

/**
 * The movements the demo seed stored, by seed file. Call after seedDemoData on a fresh test DB.
 * Seed plans are matched to movements by owner unit and title, the pair a seed is known by.
 */
export async function loadSeededPlans(db: Db): Promise<Map<string, SeededPlan>> {
  const rows = await db
    .selectFrom('movements as m')
    .innerJoin('units as u', 'u.id', 'm.owner_unit_id')
    .innerJoin('movement_versions as v', 'v.id', 'm.current_version_id')
    .selectAll('m')
    .select(['u.code as owner_code', 'v.content as content', 'v.state as version_state'])
    .execute();
  const out = new Map<string, SeededPlan>();
  for (const plan of seedPlans) {
    const matches = rows.filter((r) => r.owner_code === plan.ownerUnitCode && r.title === plan.content.title);
    if (matches.length !== 1) throw new Error(`${plan.source}: ${matches.length} phong trào khớp, cần đúng 1`);
    const { owner_code, content, version_state, ...movement } = matches[0]!;
    const json = typeof content === 'string' ? JSON.parse(content) : content;
    out.set(plan.source, { source: plan.source, movement, ownerCode: owner_code, versionState: version_state, content: planContentSchema.parse(json) });
  }
  return out;
}
