import type { Db } from '../../../db/database';
import { notFound } from '../../../http/errors';
import { entryFor } from '../../commendation/catalogue';
import { findSession } from '../council.queries';
import { effectiveRecusals } from '../council.presenter';
import { councilRoleLabels, type CouncilRole } from '../council.schema';
import { loadParts } from '../session-parts';
import { quorumOf, type SessionTally } from '../tally';

/** What both minutes print: the session, its members and nominees, and (once closed) the count. */
export interface MinutesData {
  parentBody: string | null;
  unitName: string;
  movementTitle: string;
  title: string;
  meetingOn: string;
  /** "14 giờ 05" in Vietnam time when voting opened, else null. */
  openedAt: string | null;
  location: string | null;
  thresholdPercent: number;
  quorumPercent: number;
  members: { fullName: string; positionTitle: string | null; unitName: string | null; role: CouncilRole; roleLabel: string; present: boolean | null }[];
  nominees: { nominationId: number; name: string; unitName: string; subjectKind: string; awardName: string }[];
  recusals: { memberName: string; nomineeName: string; reason: string }[];
  quorum: { present: number; members: number; percent: number; met: boolean };
  tally: SessionTally | null;
}

function vnClock(d: Date | string | null): string | null {
  if (d === null) return null;
  const t = new Date(new Date(d).getTime() + 7 * 3_600_000);
  return `${String(t.getUTCHours()).padStart(2, '0')} giờ ${String(t.getUTCMinutes()).padStart(2, '0')}`;
}

/** Reads a session for its minutes; no permission check: callers (routes, the dossier) check first. */
export async function loadMinutesData(db: Db, sessionId: number): Promise<MinutesData> {
  const s = await findSession(db, sessionId);
  if (!s) throw notFound('phiên họp Hội đồng');
  const parts = await loadParts(db, s);
  const parent = await db
    .selectFrom('units as u')
    .innerJoin('units as p', 'p.id', 'u.parent_id')
    .select('p.name')
    .where('u.id', '=', s.unit_id)
    .executeTakeFirst();
  const memberName = new Map(parts.members.map((m) => [m.id, m.full_name]));
  const nomineeName = new Map(parts.items.map((i) => [i.nomination_id, i.nominee_name]));
  return {
    parentBody: parent?.name ?? null,
    unitName: s.unit_name,
    movementTitle: s.movement_title,
    title: s.title,
    meetingOn: s.meeting_on,
    openedAt: vnClock(s.opened_at),
    location: s.location,
    thresholdPercent: Number(s.threshold_percent),
    quorumPercent: Number(s.quorum_percent),
    members: parts.members.map((m) => ({
      fullName: m.full_name,
      positionTitle: m.position_title,
      unitName: m.unit_name,
      role: m.role as CouncilRole,
      roleLabel: councilRoleLabels[m.role as CouncilRole] ?? m.role,
      present: m.present,
    })),
    nominees: parts.items.map((i) => ({
      nominationId: i.nomination_id,
      name: i.nominee_name,
      unitName: i.unit_name,
      subjectKind: i.subject_kind,
      awardName: entryFor(i.catalogue_code, s.meeting_on)?.name ?? i.catalogue_code,
    })),
    recusals: effectiveRecusals(parts).map((r) => ({ memberName: memberName.get(r.memberId) ?? '', nomineeName: nomineeName.get(r.nominationId) ?? '', reason: r.reason })),
    quorum: quorumOf(parts.members, Number(s.quorum_percent)),
    tally: parts.tally,
  };
}

export const pct = (n: number) => `${n.toLocaleString('vi-VN', { maximumFractionDigits: 2 })}%`;
export const chairOf = (d: MinutesData) => d.members.find((m) => m.role === 'chu_tich') ?? null;
export const secretaryOf = (d: MinutesData) => d.members.find((m) => m.role === 'thu_ky') ?? null;
