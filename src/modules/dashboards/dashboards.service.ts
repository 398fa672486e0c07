import type { Db } from '../../db/database';
import type { ServiceContext } from '../../http/context';
import { can } from '../auth/scope';
import { contentInForce } from '../movements/cascade/cascade.queries';
import type { PlanContent } from '../movements/model/plan-content.schema';
import { visibleMovement } from '../movements/movement-access';
import type { MovementWithOwner } from '../movements/movements.queries';
import type { RegistrationStatus } from '../registrations/registration-labels';
import { subjectKinds } from '../registrations/registration-access';
import { indexResultTuples } from '../indices/index-values';
import { defaultGapSettings, type GapSettings, type ResultValue } from '../scoring';
import { todayInVietnam } from '../units/unit-period';
import { appraisalSide, basisNotes } from './dashboard-appraisal';
import { buildFromScores, withDerivedValues, type DashboardUnit } from './dashboard-builder';
import { projectedScores, unitCriteria } from './dashboard-projection';
import { overdueKindLabels, visibilityNote } from './dashboard-labels';
import { overdueItems, pendingExplanations } from './dashboard-overdue';
import { latestResultYear, registeredUnits, unregisteredExpected } from './dashboards.queries';
import type { DashboardQuery, DashboardResponse } from './dashboards.schema';

export { unitCriteria };

/**
 * Every unit taking part, whatever the reader's scope: a unit's rank is among its whole peer group
 * even when the reader may see only its own row. Registered units first, then those expected to register.
 */
async function participants(db: Db, m: MovementWithOwner, content: PlanContent): Promise<(DashboardUnit & { path: string })[]> {
  const [registered, missing] = await Promise.all([registeredUnits(db, m.id), unregisteredExpected(db, m, subjectKinds(content), todayInVietnam())]);
  const units = [
    ...registered.map((r) => ({ id: r.id, code: r.code, name: r.name, kind: r.kind, path: r.path, parentId: r.parent_id, parentName: r.parent_name, status: r.status as RegistrationStatus })),
    ...missing.map((u) => ({ id: u.id, code: u.code, name: u.name, kind: u.kind, path: u.path, parentId: u.parent_id, parentName: u.parent_name, status: 'chua_gui' as const })),
  ];
  return units.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export type Units = Awaited<ReturnType<typeof participants>>;

/**
 * Everything a dashboard of one movement-year is made of, whoever reads it: `visible` only picks the
 * rows returned. Shared by the dashboard, its export and a unit's scorecard.
 */
export async function dashboardCore(db: Db, m: MovementWithOwner, year: number, visible: (unitId: number, units: Units) => boolean, settings: GapSettings = defaultGapSettings) {
  const content = (await contentInForce(db, m.id)) as PlanContent;
  const criteria = unitCriteria(content);
  const [units, projected, derived] = await Promise.all([participants(db, m, content), projectedScores(db, m.id, year, criteria.length), indexResultTuples(db, m.id, year)]);
  const scores = withDerivedValues(projected, criteria, derived as [number, string, string, ResultValue][]);
  const side = await appraisalSide(db, m.id, year, units, settings);
  const isVisible = (id: number) => visible(id, units);
  const built = buildFromScores({ year, criteria, units, scores, visible: isVisible, appraised: side.appraised });
  return { content, units, criteria, scores, side, built, isVisible };
}

export const basisOf = (side: { appraised: { period: string } | null }) => ({
  basis: side.appraised ? ('appraised' as const) : ('results' as const),
  basisNote: side.appraised ? basisNotes.appraised(side.appraised.period) : basisNotes.results,
  appraisedPeriod: side.appraised?.period ?? null,
});

function gapSettings(q: DashboardQuery): GapSettings {
  if (q.gapThreshold === undefined && q.gapSdFactor === undefined) return defaultGapSettings;
  const threshold = q.gapThreshold ?? defaultGapSettings.threshold;
  const sdFactor = q.gapSdFactor ?? defaultGapSettings.sdFactor;
  const source = `Thiết lập khi xem: chênh lệch trên ${threshold} điểm${sdFactor === null ? '' : `, hoặc trên mức chênh lệch trung bình của nhóm + ${sdFactor} độ lệch chuẩn`}`;
  return { threshold, sdFactor, source };
}

/**
 * Progress, heatmap and ranking of a movement for one year, with the self-score gaps and the overdue
 * items. Until appraisal locks and publishes a period, the ranking is computed from the submitted
 * results; the other units' rows are shown only to readers whose scope covers the movement's owner
 * (the huyện); a xã sees its own row and rank.
 */
export async function movementDashboard(ctx: ServiceContext, movementId: number, q: DashboardQuery): Promise<DashboardResponse> {
  const m = await visibleMovement(ctx.db, ctx.actor, movementId);
  const year = q.period !== undefined ? Number(q.period) : ((await latestResultYear(ctx.db, m.id)) ?? m.year_to ?? m.year_from ?? Number(new Date().getUTCFullYear()));
  const fullView = can(ctx.actor, 'movements.read', m.owner_path);
  let paths: Map<number, string> | undefined;
  const visible = (id: number, units: Units) => fullView || can(ctx.actor, 'movements.read', (paths ??= new Map(units.map((u) => [u.id, u.path]))).get(id) ?? '\u0000');
  const [core, explanations] = await Promise.all([dashboardCore(ctx.db, m, year, visible, gapSettings(q)), pendingExplanations(ctx.db, m.id, year)]);
  const { content, units, criteria, scores, side, built, isVisible } = core;
  const labels = new Map(content.criteria.map((c) => [c.key, [c.label, c.indicator].filter(Boolean).join(' ') || c.key]));
  const overdue = overdueItems({
    today: todayInVietnam(),
    year,
    content,
    issuedOn: m.issued_on,
    units,
    scores,
    criteriaCount: criteria.length,
    explanations: explanations.map((e) => ({ unitId: e.unit_id, criterionLabel: labels.get(e.criterion_key) ?? e.criterion_key, period: e.period, explainBy: String(e.explain_by) })),
  })
    .filter((o) => isVisible(o.unit.id))
    .map((o) => ({ ...o, kindLabel: overdueKindLabels[o.kind] }));
  return {
    movementId: m.id,
    fullView,
    visibilityNote,
    ...built,
    ...basisOf(side),
    gaps: { ...side.gaps, rows: side.gaps.rows.filter((r) => isVisible(r.unit.id)) },
    overdue,
  };
}
