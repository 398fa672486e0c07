import type { RegistrationDto, SaveRegistrationBody } from '../../api/registrations';

type TitleCode = SaveRegistrationBody['entries'][number]['targetTitle'];

/**
 * The form keeps the collective title apart from the people, as a user thinks of it; the API wants
 * one list of entries. The collective entry, when there is one, goes first.
 */
export interface RegistrationFormValues {
  commitments: string;
  collectiveTitle: TitleCode | null;
  individuals: { personId?: number; targetTitle?: TitleCode; commitment?: string | null }[];
}

export function toFormValues(r: RegistrationDto | null | undefined): RegistrationFormValues {
  if (!r) return { commitments: '', collectiveTitle: null, individuals: [] };
  const collective = r.entries.find((e) => e.subject === 'collective');
  return {
    commitments: r.commitments,
    collectiveTitle: collective?.targetTitle ?? null,
    individuals: r.entries
      .filter((e) => e.subject === 'individual')
      .map((e) => ({ personId: e.person?.id, targetTitle: e.targetTitle, commitment: e.commitment })),
  };
}

export function toBody(v: RegistrationFormValues, ids: { movementId: number; unitId: number; revision?: number }): SaveRegistrationBody {
  const collective = v.collectiveTitle
    ? [{ subject: 'collective' as const, personId: null, targetTitle: v.collectiveTitle, commitment: null }]
    : [];
  const individuals = (v.individuals ?? []).map((p) => ({
    subject: 'individual' as const,
    personId: p.personId ?? null,
    // An empty title is sent as is: the server names the missing field in Vietnamese.
    targetTitle: p.targetTitle as TitleCode,
    commitment: p.commitment?.trim() ? p.commitment.trim() : null,
  }));
  return { movementId: ids.movementId, unitId: ids.unitId, commitments: v.commitments ?? '', entries: [...collective, ...individuals], revision: ids.revision };
}

/**
 * Where a server field error belongs in the form: "entries.2.personId" is the second person when a
 * collective title was sent first. Null for errors no field shows (unitId, revision…).
 */
export function formPathOf(serverField: string, hasCollective: boolean): (string | number)[] | null {
  if (serverField === 'commitments') return ['commitments'];
  const m = /^entries\.(\d+)\.(\w+)$/.exec(serverField);
  if (!m) return null;
  const index = Number(m[1]);
  const field = m[2]!;
  if (hasCollective && index === 0) return ['collectiveTitle'];
  const person = index - (hasCollective ? 1 : 0);
  if (field === 'subject') return ['individuals', person, 'targetTitle'];
  return ['individuals', person, field];
}
