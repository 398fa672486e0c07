import type { Actor } from '../../http/context';
import { can } from '../auth/scope';
import { councilSettingsAt } from './council-settings';
import type { ItemRow, MemberRow, SessionRow } from './council.queries';
import { councilRoleLabels, sessionStatusLabels, type CouncilRole, type SessionDto, type SessionStatus, type SessionSummaryDto } from './council.schema';
import { automaticRecusal } from './recusal';
import { quorumOf, type SessionTally } from './tally';

const iso = (d: Date | string | null) => (d === null ? null : d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export function summaryDto(s: SessionRow & { member_count?: unknown; item_count?: unknown }): SessionSummaryDto {
  return {
    id: s.id,
    unit: { id: s.unit_id, name: s.unit_name },
    movement: { id: s.movement_id, title: s.movement_title },
    title: s.title,
    meetingOn: s.meeting_on,
    location: s.location,
    status: s.status as SessionStatus,
    statusLabel: sessionStatusLabels[s.status as SessionStatus] ?? s.status,
    thresholdPercent: Number(s.threshold_percent),
    quorumPercent: Number(s.quorum_percent),
    memberCount: Number(s.member_count ?? 0),
    itemCount: Number(s.item_count ?? 0),
  };
}

export interface SessionParts {
  members: MemberRow[];
  items: ItemRow[];
  /** Stored recusals (manual, plus the automatic ones written when voting opened). */
  stored: { member_id: number; nomination_id: number; reason: string }[];
  receipts: { member_id: number; nomination_id: number }[];
  /** User ids of members who may vote online (council.vote on the unit). */
  voters: Set<number>;
  tally: SessionTally | null;
}

export const recusalNominee = (i: ItemRow) => ({ nominationId: i.nomination_id, subjectKind: i.subject_kind, personId: i.person_id, unitId: i.unit_id, unitName: i.unit_name });
export const recusalMember = (m: MemberRow) => ({ id: m.id, personId: m.person_id, unitId: m.unit_id });

/** Stored recusals, plus (before voting opens) the automatic ones the rule will write. */
export function effectiveRecusals(parts: Pick<SessionParts, 'members' | 'items' | 'stored'>) {
  const out = new Map<string, { memberId: number; nominationId: number; reason: string; automatic: boolean }>();
  for (const m of parts.members)
    for (const i of parts.items) {
      const reason = automaticRecusal(recusalMember(m), recusalNominee(i));
      if (reason !== null) out.set(`${m.id}:${i.nomination_id}`, { memberId: m.id, nominationId: i.nomination_id, reason, automatic: true });
    }
  for (const r of parts.stored) {
    const key = `${r.member_id}:${r.nomination_id}`;
    if (!out.has(key)) out.set(key, { memberId: r.member_id, nominationId: r.nomination_id, reason: r.reason, automatic: false });
  }
  return [...out.values()];
}

export function sessionDto(s: SessionRow, parts: SessionParts, actor: Actor): SessionDto {
  const recusals = effectiveRecusals(parts);
  const me = parts.members.find((m) => m.user_id === actor.userId) ?? null;
  const names = new Map(parts.items.map((i) => [i.nomination_id, i.nominee_name]));
  return {
    ...summaryDto({ ...s, member_count: parts.members.length, item_count: parts.items.length }),
    openedAt: iso(s.opened_at),
    closedAt: iso(s.closed_at),
    settingsSource: councilSettingsAt(s.meeting_on).source,
    canManage: can(actor, 'council.manage', s.unit_path),
    members: parts.members.map((m) => ({
      id: m.id,
      personId: m.person_id,
      userId: m.user_id,
      fullName: m.full_name,
      positionTitle: m.position_title,
      unit: m.unit_id === null ? null : { id: m.unit_id, name: m.unit_name ?? '' },
      role: m.role as CouncilRole,
      roleLabel: councilRoleLabels[m.role as CouncilRole] ?? m.role,
      present: m.present,
      canVoteOnline: m.user_id !== null && parts.voters.has(m.user_id),
    })),
    items: parts.items.map((i) => ({
      nominationId: i.nomination_id,
      position: i.position,
      nomineeName: i.nominee_name,
      subjectKind: i.subject_kind,
      catalogueCode: i.catalogue_code,
      unit: { id: i.unit_id, name: i.unit_name },
      batchId: i.batch_id,
      status: i.status,
      voted: parts.receipts.filter((r) => r.nomination_id === i.nomination_id).length,
    })),
    recusals,
    quorum: quorumOf(parts.members, Number(s.quorum_percent)),
    me: {
      memberId: me?.id ?? null,
      mayVote: me !== null && s.status === 'dang_bo_phieu' && can(actor, 'council.vote', s.unit_path),
      votedNominationIds: me === null ? [] : parts.receipts.filter((r) => r.member_id === me.id).map((r) => r.nomination_id),
      recusedNominationIds: me === null ? [] : recusals.filter((r) => r.memberId === me.id).map((r) => r.nominationId),
    },
    tally:
      parts.tally === null
        ? null
        : {
            issued: parts.tally.issued,
            returned: parts.tally.returned,
            valid: parts.tally.valid,
            nominees: parts.tally.nominees.map((n) => ({ ...n, nomineeName: names.get(n.nominationId) ?? '', resultLabel: n.passed ? 'Đạt' : 'Không đạt' })),
          },
  };
}
