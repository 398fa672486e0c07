import type { ServiceContext } from '../../http/context';
import { can } from '../auth/scope';
import { contentInForce } from '../movements/cascade/cascade.queries';
import type { PlanContent } from '../movements/model/plan-content.schema';
import { visibleMovement } from '../movements/movement-access';
import type { MovementWithOwner } from '../movements/movements.queries';
import type { RegistrationStatus } from '../registrations/registration-labels';
import { expectedRegistrants } from '../registrations/registration-access';
import type { ResultValue, ScoringCriterion } from '../scoring';
import { buildDashboard, type DashboardUnit } from './dashboard-builder';
import { visibilityNote } from './dashboard-labels';
import { latestResultYear, parentNames, registeredUnits, yearResults } from './dashboards.queries';
import type { DashboardQuery, DashboardResponse } from './dashboards.schema';

/** The plan's criteria for units (not those for individuals only), as scoring reads them. */
export function unitCriteria(content: PlanContent): ScoringCriterion[] {
  return content.criteria
    .filter((c) => c.appliesTo !== 'individual')
    .map((c) => ({ key: c.key, label: c.label, indicator: c.indicator, target: c.target, weight: c.weight, maxPoints: c.maxPoints }));
}

/**
 * Every unit taking part, whatever the reader's scope: a unit's rank is among its whole peer group
 * even when the reader may see only its own row. Registered units first, then those expected to register.
 */
async function participants(ctx: ServiceContext, m: MovementWithOwner): Promise<(DashboardUnit & { path: string })[]> {
  const [registered, expected] = await Promise.all([registeredUnits(ctx.db, m.id), expectedRegistrants(ctx.db, m, [m.owner_path])]);
  const seen = new Set(registered.map((r) => r.id));
  const missing = expected.filter((u) => !seen.has(u.id));
  const names = new Map((await parentNames(ctx.db, [...new Set(missing.flatMap((u) => (u.parent_id === null ? [] : [u.parent_id])))])).map((p) => [p.id, p.name]));
  const units = [
    ...registered.map((r) => ({ id: r.id, code: r.code, name: r.name, kind: r.kind, path: r.path, parentId: r.parent_id, parentName: r.parent_name, status: r.status as RegistrationStatus })),
    ...missing.map((u) => ({
      id: u.id,
      code: u.code,
      name: u.name,
      kind: u.kind,
      path: u.path,
      parentId: u.parent_id,
      parentName: u.parent_id === null ? null : (names.get(u.parent_id) ?? null),
      status: 'chua_gui' as const,
    })),
  ];
  return units.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Progress, heatmap and ranking of a movement for one year. Until appraisal locks and publishes the
 * results, the ranking is computed from the submitted results, and the other units' rows are shown
 * only to readers whose scope covers the movement's owner (the huyện); a xã sees its own row and rank.
 */
export async function movementDashboard(ctx: ServiceContext, movementId: number, q: DashboardQuery): Promise<DashboardResponse> {
  const m = await visibleMovement(ctx.db, ctx.actor, movementId);
  const year = q.period !== undefined ? Number(q.period) : ((await latestResultYear(ctx.db, m.id)) ?? m.year_to ?? m.year_from ?? Number(new Date().getUTCFullYear()));
  const [content, units, rows] = await Promise.all([contentInForce(ctx.db, m.id) as Promise<PlanContent>, participants(ctx, m), yearResults(ctx.db, m.id, year)]);
  const fullView = can(ctx.actor, 'movements.read', m.owner_path);
  const paths = new Map(units.map((u) => [u.id, u.path]));
  const visible = fullView ? () => true : (id: number) => can(ctx.actor, 'movements.read', paths.get(id) ?? '\u0000');
  const results = rows.map(([unitId, criterionKey, period, value]) => ({ unitId, criterionKey, period, value: value as ResultValue }));
  const built = buildDashboard({ year, criteria: unitCriteria(content), units, results, visible });
  return { movementId: m.id, fullView, visibilityNote, ...built };
}
