import { meetsPercent, percentOf } from './council-settings';

export type Choice = 'dong_y' | 'khong_dong_y';

export interface TallyInput {
  members: readonly { id: number; present: boolean | null }[];
  nominationIds: readonly number[];
  recusals: readonly { memberId: number; nominationId: number }[];
  /** Who voted on what (ballot_receipts), without the choice. */
  receipts: readonly { memberId: number; nominationId: number }[];
  /** The choices (ballots), without the member. */
  ballots: readonly { nominationId: number; choice: Choice }[];
  thresholdPercent: number;
}

export interface NomineeTally {
  nominationId: number;
  agree: number;
  disagree: number;
  notVoted: number;
  recused: number;
  totalMembers: number;
  /** Members who could vote on this nominee: all members minus the recused. */
  eligible: number;
  /** agree / eligible, in percent with two decimals. */
  percent: number;
  passed: boolean;
}

export interface SessionTally {
  /** Phiếu phát ra: one ballot paper per member. */
  issued: number;
  /** Phiếu thu về: members who voted on at least one nominee. */
  returned: number;
  /** Phiếu hợp lệ: an online ballot can only hold đồng ý / không đồng ý, so every returned one is valid. */
  valid: number;
  nominees: NomineeTally[];
}

/**
 * The count of a closed session. The threshold is measured against ALL members of the council, not
 * those present or those who voted (domain.md §5: "≥ 70 % of all members' votes"), except that a
 * member recused on a nominee (their own person or unit) cannot vote on it and is taken out of that
 * nominee's base: percent = đồng ý / (tổng số thành viên − số thành viên không tham gia biểu quyết).
 * A member who did not vote counts against, as an absent written ballot not returned would.
 */
export function tallySession(input: TallyInput): SessionTally {
  const total = input.members.length;
  const nominees = input.nominationIds.map((nominationId): NomineeTally => {
    const recused = new Set(input.recusals.filter((r) => r.nominationId === nominationId).map((r) => r.memberId)).size;
    const mine = input.ballots.filter((b) => b.nominationId === nominationId);
    const agree = mine.filter((b) => b.choice === 'dong_y').length;
    const disagree = mine.length - agree;
    const eligible = Math.max(0, total - recused);
    const notVoted = Math.max(0, eligible - agree - disagree);
    return {
      nominationId,
      agree,
      disagree,
      notVoted,
      recused,
      totalMembers: total,
      eligible,
      percent: percentOf(agree, eligible),
      passed: meetsPercent(agree, eligible, input.thresholdPercent),
    };
  });
  const returned = new Set(input.receipts.map((r) => r.memberId)).size;
  return { issued: total, returned, valid: returned, nominees };
}

/** Quorum: present members over all members, at the session's quorum percent. */
export function quorumOf(members: readonly { present: boolean | null }[], quorumPercent: number) {
  const present = members.filter((m) => m.present === true).length;
  return { present, members: members.length, percent: percentOf(present, members.length), met: meetsPercent(present, members.length, quorumPercent) };
}
