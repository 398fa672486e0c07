/** A member as the recusal rule sees them: the person and the unit at the meeting (snapshot). */
export interface RecusalMember {
  id: number;
  personId: number | null;
  unitId: number | null;
}

/** A nominee: a person (individual, unitId = the person's unit) or a collective (unitId = the unit). */
export interface RecusalNominee {
  nominationId: number;
  subjectKind: string;
  personId: number | null;
  unitId: number;
  unitName: string;
}

/**
 * Why a member may not vote on a nominee, or null: the nominee is the member themself, or the nominee's
 * unit (the collective, or the person's unit) is the member's own unit. Nobody judges their own unit.
 */
export function automaticRecusal(member: RecusalMember, nominee: RecusalNominee): string | null {
  if (member.personId !== null && nominee.personId === member.personId) return 'Tự động: thành viên là người được đề nghị khen thưởng';
  if (member.unitId !== null && nominee.unitId === member.unitId) {
    return nominee.subjectKind === 'collective'
      ? `Tự động: tập thể được đề nghị là đơn vị của thành viên («${nominee.unitName}»)`
      : `Tự động: cá nhân được đề nghị cùng đơn vị với thành viên («${nominee.unitName}»)`;
  }
  return null;
}

export function automaticRecusals(members: readonly RecusalMember[], nominees: readonly RecusalNominee[]) {
  const out: { memberId: number; nominationId: number; reason: string }[] = [];
  for (const m of members)
    for (const n of nominees) {
      const reason = automaticRecusal(m, n);
      if (reason !== null) out.push({ memberId: m.id, nominationId: n.nominationId, reason });
    }
  return out;
}
