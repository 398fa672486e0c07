import type { MovementRow } from '../../db/types';
import { movementLevel } from './level';
import type { PlanContent } from './model/plan-content.schema';
import type { MovementKind } from './model/vocab';
import type { MovementWithOwner, VersionWithIssuer } from './movements.queries';
import type { MovementStatus, MovementSummaryDto, VersionDto } from './movements.schema';

type Owned = Pick<MovementWithOwner, 'owner_unit_id' | 'owner_code' | 'owner_name' | 'owner_kind' | 'owner_depth'>;

export const presentOwner = (m: Owned) => ({ id: m.owner_unit_id, code: m.owner_code, name: m.owner_name, kind: m.owner_kind });

export function presentSummary(m: MovementWithOwner, counts: { hasDraft: boolean; versionCount: number }): MovementSummaryDto {
  return {
    id: m.id,
    title: m.title,
    kind: m.kind as MovementKind,
    status: m.status as MovementStatus,
    level: movementLevel({ kind: m.owner_kind, depth: m.owner_depth }),
    number: m.number,
    issuedOn: m.issued_on,
    yearFrom: m.year_from,
    yearTo: m.year_to,
    owner: presentOwner(m),
    parentMovementId: m.parent_movement_id,
    hasDraft: counts.hasDraft,
    versionCount: counts.versionCount,
  };
}

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export function presentVersion(v: VersionWithIssuer): VersionDto {
  return {
    versionNo: v.version_no,
    state: v.state as VersionDto['state'],
    revision: v.revision,
    changeNote: v.change_note,
    createdAt: iso(v.created_at),
    updatedAt: iso(v.updated_at),
    issuedAt: v.issued_at ? iso(v.issued_at) : null,
    issuedBy: v.issued_by_name,
  };
}

export const presentVersionWithContent = (v: VersionWithIssuer) => ({ ...presentVersion(v), content: v.content as PlanContent });

/** What an audit row keeps of a movement on every change; issue and discard add the whole plan. */
export function movementSnapshot(m: MovementRow) {
  return {
    title: m.title,
    number: m.number,
    issuedOn: m.issued_on,
    status: m.status,
    ownerUnitId: m.owner_unit_id,
    parentMovementId: m.parent_movement_id,
    yearFrom: m.year_from,
    yearTo: m.year_to,
  };
}
