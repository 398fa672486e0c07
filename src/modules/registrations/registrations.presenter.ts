import type { TitleCode } from '../standards/rule.schema';
import type { EntrySubject, RegistrationStatus } from './registration-labels';
import type { EntryWithPerson, RegistrationListRow, RegistrationWithUnit } from './registrations.queries';
import type { RegistrationDto, RegistrationListItemDto } from './registrations.schema';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const userRef = (id: number | null, name: string | null) => (id === null ? null : { id, fullName: name ?? '' });

export const presentUnit = (r: { unit_id: number; unit_code: string; unit_name: string; unit_kind: string }) => ({
  id: r.unit_id,
  code: r.unit_code,
  name: r.unit_name,
  kind: r.unit_kind,
});

export function presentRegistration(r: RegistrationWithUnit, entries: EntryWithPerson[], can: RegistrationDto['can']): RegistrationDto {
  return {
    id: r.id,
    movementId: r.movement_id,
    unit: presentUnit(r),
    status: r.status as RegistrationStatus,
    commitments: r.commitments,
    returnReason: r.return_reason,
    revision: r.revision,
    createdAt: iso(r.created_at)!,
    updatedAt: iso(r.updated_at)!,
    submittedAt: iso(r.submitted_at),
    submittedBy: userRef(r.submitted_by, r.submitted_by_name),
    decidedAt: iso(r.decided_at),
    decidedBy: userRef(r.decided_by, r.decided_by_name),
    entries: entries.map((e) => ({
      id: e.id,
      subject: e.subject as EntrySubject,
      person: e.person_id === null ? null : { id: e.person_id, fullName: e.person_name ?? '', position: e.person_position },
      targetTitle: e.target_title as TitleCode,
      commitment: e.commitment,
    })),
    can,
  };
}

export function presentListItem(r: RegistrationListRow): RegistrationListItemDto {
  return {
    unit: presentUnit(r),
    status: r.status as RegistrationStatus,
    registration: {
      id: r.id,
      revision: r.revision,
      submittedAt: iso(r.submitted_at),
      decidedAt: iso(r.decided_at),
      collectiveTitle: (r.collective_title as TitleCode | null) ?? null,
      individualCount: Number(r.individual_count ?? 0),
    },
  };
}

/** What the audit row keeps of a registration: enough to see what changed. */
export function registrationSnapshot(r: { status: string; commitments: string; return_reason?: string | null; revision?: number }, entries: { subject: string; personId: number | null; targetTitle: string; commitment: string | null }[]) {
  return { status: r.status, commitments: r.commitments, returnReason: r.return_reason ?? null, entries };
}
