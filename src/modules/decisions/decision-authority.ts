import type { Db } from '../../db/database';
import { invalid } from '../../http/errors';
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

export const authorityAt = (chain: UnitChain, code: string, date: string): Authority | null => authorityFor(code, date, chain.unit, chain.ancestors);

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
