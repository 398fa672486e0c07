import type { Db } from '../../db/database';
import { invalid } from '../../http/errors';
import { contentInForce } from '../movements/cascade/cascade.queries';
import type { PlanContent } from '../movements/model/plan-content.schema';
import { formatDay } from '../units/unit-period';
import { ancestorIds, authorityFor, type Authority, type AuthorityUnit } from './authority';
import { unitsByIds, type UnitLite } from './decisions.queries';
import { awardNameOf } from './award-names';
import { grantorTitleAt } from './grantor-title';

/** The unit with its ancestors loaded from units.path, ready for authorityFor. */
export interface UnitChain {
  unit: AuthorityUnit;
  ancestors: AuthorityUnit[];
}

export async function unitChain(db: Db, unit: UnitLite): Promise<UnitChain> {
  const ids = ancestorIds(unit.path);
  const rows = await unitsByIds(db, ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { unit, ancestors: ids.map((id) => byId.get(id)).filter((u): u is UnitLite => u !== undefined) };
}

/**
 * The authority for a nomination at this unit. The catalogue says who MAY grant a form; a plan's award
 * offer may name the level that grants it ("Giấy khen của Chủ tịch UBND huyện" in a xã's plan: both
 * the xã and the huyện may grant a Giấy khen, the plan chose the huyện). When that unit is an
 * ancestor of this one, this unit must forward; when it is this unit or outside the chain, the
 * catalogue decides alone.
 */
export function authorityAt(chain: UnitChain, code: string, date: string, planGrantorUnitId?: number | null): Authority | null {
  const a = authorityFor(code, date, chain.unit, chain.ancestors);
  if (!a || !planGrantorUnitId || planGrantorUnitId === chain.unit.id) return a;
  const target = chain.ancestors.find((u) => u.id === planGrantorUnitId);
  const grantor = target ? a.grantors.find((g) => g.unitKinds.includes(target.kind as never)) : undefined;
  if (!target || !grantor) return a;
  return { ...a, here: null, holder: { unit: target, grantor } };
}

/** The grantor units the plans name for their award offers, by "movementId:awardKey". */
export async function planGrantorUnits(db: Db, rows: readonly { movement_id: number; award_key: string | null }[]): Promise<(n: { movement_id: number; award_key: string | null }) => number | null> {
  const out = new Map<string, number | null>();
  for (const movementId of new Set(rows.filter((r) => r.award_key).map((r) => r.movement_id))) {
    const plan = (await contentInForce(db, movementId)) as PlanContent | null;
    for (const offer of plan?.awards ?? []) out.set(`${movementId}:${offer.key}`, offer.grantor.unitId ?? null);
  }
  return (n) => (n.award_key ? (out.get(`${n.movement_id}:${n.award_key}`) ?? null) : null);
}

/** "Giấy khen (Xã Mỹ Thạnh không có thẩm quyền; thẩm quyền thuộc Chủ tịch Ủy ban nhân dân huyện …)" */
export function noPowerMessage(chain: UnitChain, code: string, date: string, a: Authority | null): string {
  const award = awardNameOf(code, date);
  if (!a) return `${award}: danh mục khen thưởng ngày ${formatDay(date)} không có hình thức này`;
  if (!a.holder) return `${award}: ${chain.unit.name} không có thẩm quyền; thẩm quyền thuộc ${a.grantors.map((g) => g.title).join(', ') || 'cấp khác'}`;
  return `${award}: ${chain.unit.name} không có thẩm quyền; thẩm quyền thuộc ${grantorTitleAt(a.holder.grantor, a.holder.unit.name)}`;
}

export function requireSameMovement(rows: { movement_id: number }[]): number {
  const ids = new Set(rows.map((r) => r.movement_id));
  if (ids.size !== 1) throw invalid('Các đề nghị trong một quyết định phải thuộc cùng một phong trào.', { nominationIds: 'Các đề nghị thuộc nhiều phong trào khác nhau' });
  return [...ids][0]!;
}
