import type { Db } from '../../db/database';
import { ballotChoicesOf, itemsOf, membersOf, receiptsOf, recusalsOf, type SessionRow } from './council.queries';
import { effectiveRecusals, type SessionParts } from './council.presenter';
import { tallySession, type Choice, type SessionTally } from './tally';

/** Everything a session shows; the tally only once it is closed (running counts would reveal votes). */
export async function loadParts(db: Db, s: Pick<SessionRow, 'id' | 'status' | 'threshold_percent'>): Promise<SessionParts> {
  // One after another: inside a transaction PGlite has a single connection.
  const members = await membersOf(db, s.id);
  const items = await itemsOf(db, s.id);
  const stored = await recusalsOf(db, s.id);
  const receipts = await receiptsOf(db, s.id);
  const parts: SessionParts = { members, items, stored, receipts, tally: null };
  if (s.status === 'da_dong') parts.tally = await countSession(db, s, parts);
  return parts;
}

/** The tally of a session from its receipts and ballot choices (see tallySession for the base). */
export async function countSession(db: Db, s: Pick<SessionRow, 'id' | 'threshold_percent'>, parts: Omit<SessionParts, 'tally'>): Promise<SessionTally> {
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
