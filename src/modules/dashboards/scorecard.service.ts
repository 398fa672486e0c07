import { sql } from 'kysely';
import type { ServiceContext } from '../../http/context';
import { notFound } from '../../http/errors';
import { can, requireScope } from '../auth/scope';
import { indexLabels } from '../indices/index-rules';
import { isVisible } from '../movements/movement-access';
import { movementsWithOwner } from '../movements/movements.queries';
import { findUnit } from '../units/units.queries';
import { dashboardCore } from './dashboards.service';
import type { ScorecardResponse } from './scorecard.schema';

/** Every movement-year in which the unit took part (approved registration) and has results or appraisals. */
async function movementYears(ctx: ServiceContext, unitId: number) {
  const { rows } = await sql<{ movement_id: number; year: number }>`
    select distinct r.movement_id, substr(x.period, 1, 4)::int as year
    from registrations r
    join (select movement_id, unit_id, period from results where person_id is null
          union all select movement_id, unit_id, period from assessments where person_id is null) x
      on x.movement_id = r.movement_id and x.unit_id = r.unit_id
    where r.unit_id = ${unitId} and r.status = 'da_duyet'
    order by 2, 1`.execute(ctx.db);
  return rows;
}

/**
 * A unit's scores and indices across years: for each year, its score, band and rank in each movement it
 * took part in (ranked among its whole peer group, on the appraised points once a period is locked),
 * and its published index scores. The reader must see the unit (movements.read on its subtree); the
 * indices are added when they may also read index scores (indices.read).
 */
export async function unitScorecard(ctx: ServiceContext, unitId: number): Promise<ScorecardResponse> {
  requireScope(ctx.actor, 'movements.read');
  const unit = await findUnit(ctx.db, unitId);
  if (!unit || !can(ctx.actor, 'movements.read', unit.path)) throw notFound('đơn vị');
  const pairs = await movementYears(ctx, unit.id);
  const movements = new Map(
    (await movementsWithOwner(ctx.db, { ids: [...new Set(pairs.map((p) => p.movement_id))] })).filter((m) => isVisible(ctx.actor, m)).map((m) => [m.id, m]),
  );
  const years = new Map<number, ScorecardResponse['years'][number]>();
  const yearOf = (year: number) => years.get(year) ?? years.set(year, { year, movements: [], indices: [] }).get(year)!;
  for (const p of pairs) {
    const m = movements.get(p.movement_id);
    if (!m) continue;
    const { built, side } = await dashboardCore(ctx.db, m, p.year, (id) => id === unit.id);
    const row = built.ranking.flatMap((g) => g.rows).find((r) => r.unit.id === unit.id);
    if (!row) continue;
    yearOf(p.year).movements.push({
      movement: { id: m.id, title: m.title },
      basis: side.appraised ? 'appraised' : 'results',
      total: row.total,
      score100: row.score100,
      band: row.band,
      bandLabel: row.bandLabel,
      rank: row.rank,
      of: row.of,
      label: row.label,
    });
  }
  const indicesShown = can(ctx.actor, 'indices.read', unit.path);
  if (indicesShown) {
    const scores = await ctx.db.selectFrom('index_scores').select(['year', 'index_code', 'score', 'rank', 'rank_of', 'band']).where('unit_id', '=', unit.id).orderBy('year').orderBy('index_code').execute();
    for (const s of scores) {
      yearOf(s.year).indices.push({ code: s.index_code, label: indexLabels[s.index_code as keyof typeof indexLabels] ?? s.index_code, score: s.score, rank: s.rank, rankOf: s.rank_of, band: s.band });
    }
  }
  return {
    unit: { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind },
    years: [...years.values()].sort((a, b) => a.year - b.year),
    indicesShown,
  };
}
