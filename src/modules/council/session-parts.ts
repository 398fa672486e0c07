import type { Db } from '../../db/database';
import { roleAllows, type Role } from '../auth/roles';
import { ballotChoicesOf, itemsOf, membersOf, receiptsOf, recusalsOf, type SessionRow } from './council.queries';
import { effectiveRecusals, type SessionParts } from './council.presenter';
import { tallySession, type Choice, type SessionTally } from './tally';

/** Everything a session shows; the tally only once it is closed (running counts would reveal votes). */
export async function loadParts(db: Db, s: Pick<SessionRow, 'id' | 'status' | 'threshold_percent' | 'unit_path'>): Promise<SessionParts> {
  // One after another: inside a transaction PGlite has a single connection.
  const members = await membersOf(db, s.id);
  const items = await itemsOf(db, s.id);
  const stored = await recusalsOf(db, s.id);
  const receipts = await receiptsOf(db, s.id);
  const parts: SessionParts = { members, items, stored, receipts, voters: await votersAmong(db, members, s.unit_path), tally: null };
  if (s.status === 'da_dong') parts.tally = await countSession(db, s, parts);
  return parts;
}

/** Members' accounts that may vote online: enabled, holding council.vote on the council's unit. */
async function votersAmong(db: Db, members: { user_id: number | null }[], unitPath: string): Promise<Set<number>> {
  const ids = members.map((m) => m.user_id).filter((id): id is number => id !== null);
  if (ids.length === 0) return new Set();
  const grants = await db
    .selectFrom('user_roles as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .innerJoin('users as us', 'us.id', 'r.user_id')
    .select(['r.user_id', 'r.role', 'u.path'])
    .where('r.user_id', 'in', ids)
    .where('us.disabled', '=', false)
    .execute();
  return new Set(grants.filter((g) => roleAllows(g.role as Role, 'council.vote') && unitPath.startsWith(g.path)).map((g) => g.user_id));
}

/** The tally of a session from its receipts and ballot choices (see tallySession for the base). */
export async function countSession(db: Db, s: Pick<SessionRow, 'id' | 'threshold_percent'>, parts: Omit<SessionParts, 'tally' | 'voters'>): Promise<SessionTally> {
  const choices = await ballotChoicesOf(db, s.id);
  return tallySession({
    members: parts.members,
    nominationIds: parts.items.map((i) => i.nomination_id),
    recusals: effectiveRecusals(parts),
    receipts: parts.receipts.map((r) => ({ memberId: r.member_id, nominationId: r.nomination_id })),
    ballots: choices.map((b) => ({ nominationId: b.nomination_id, choice: b.choice as Choice })),
    thresholdPercent: Number(s.threshold_percent),
  });
}
