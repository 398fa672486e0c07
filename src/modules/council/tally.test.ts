import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meetsPercent } from './council-settings';
import { quorumOf, tallySession, type Choice, type TallyInput } from './tally';

const members = (n: number, present = n) => Array.from({ length: n }, (_, i) => ({ id: i + 1, present: i < present }));
const votes = (nominationId: number, agree: number, disagree: number) => [
  ...Array.from({ length: agree }, () => ({ nominationId, choice: 'dong_y' as Choice })),
  ...Array.from({ length: disagree }, () => ({ nominationId, choice: 'khong_dong_y' as Choice })),
];

describe('tallySession', () => {
  it('measures agreement against all members, not those who voted', () => {
    // 10 members, 7 agree → 70% đạt; 6 agree and 4 absent silent → 60% không đạt though all voters agreed.
    const t = tallySession({ members: members(10), nominationIds: [1, 2], recusals: [], receipts: [], ballots: [...votes(1, 7, 3), ...votes(2, 6, 0)], thresholdPercent: 70 });
    expect(t.nominees[0]).toMatchObject({ agree: 7, disagree: 3, notVoted: 0, eligible: 10, percent: 70, passed: true });
    expect(t.nominees[1]).toMatchObject({ agree: 6, disagree: 0, notVoted: 4, percent: 60, passed: false });
  });

  it('takes recused members out of the nominee base', () => {
    // 10 members, 1 recused: 7 of 9 = 77,78% đạt; 6 of 9 = 66,67% không đạt.
    const recusals = [{ memberId: 3, nominationId: 1 }, { memberId: 3, nominationId: 2 }];
    const t = tallySession({ members: members(10), nominationIds: [1, 2], recusals, receipts: [], ballots: [...votes(1, 7, 2), ...votes(2, 6, 3)], thresholdPercent: 70 });
    expect(t.nominees[0]).toMatchObject({ recused: 1, eligible: 9, percent: 77.78, passed: true });
    expect(t.nominees[1]).toMatchObject({ recused: 1, eligible: 9, percent: 66.67, passed: false });
  });

  it('counts ballot papers: issued per member, returned per member who voted', () => {
    const receipts = [{ memberId: 1, nominationId: 1 }, { memberId: 1, nominationId: 2 }, { memberId: 2, nominationId: 1 }];
    const t = tallySession({ members: members(5), nominationIds: [1, 2], recusals: [], receipts, ballots: [...votes(1, 2, 0), ...votes(2, 1, 0)], thresholdPercent: 70 });
    expect({ issued: t.issued, returned: t.returned, valid: t.valid }).toEqual({ issued: 5, returned: 2, valid: 2 });
  });

  it('a nominee nobody may vote on does not pass', () => {
    const t = tallySession({ members: members(1), nominationIds: [1], recusals: [{ memberId: 1, nominationId: 1 }], receipts: [], ballots: [], thresholdPercent: 70 });
    expect(t.nominees[0]).toMatchObject({ eligible: 0, percent: 0, passed: false });
  });
});

describe('quorum and percentages', () => {
  it('2/3 stored as 66,67% is met by 6 of 9 and 2 of 3, not by 5 of 8', () => {
    expect(quorumOf(members(9, 6), 66.67).met).toBe(true);
    expect(quorumOf(members(3, 2), 66.67).met).toBe(true);
    expect(quorumOf(members(8, 5), 66.67).met).toBe(false);
    expect(quorumOf(members(0), 66.67).met).toBe(false);
  });
  it('69 of 100 does not reach 70%', () => {
    expect(meetsPercent(69, 100, 70)).toBe(false);
    expect(meetsPercent(70, 100, 70)).toBe(true);
  });
});

const world = fc
  .record({ total: fc.integer({ min: 1, max: 25 }), recused: fc.integer({ min: 0, max: 25 }), agreeShare: fc.double({ min: 0, max: 1, noNaN: true }), voteShare: fc.double({ min: 0, max: 1, noNaN: true }), threshold: fc.integer({ min: 1, max: 100 }) })
  .map(({ total, recused, agreeShare, voteShare, threshold }) => {
    const r = Math.min(recused, total);
    const eligible = total - r;
    const voted = Math.floor(eligible * voteShare);
    const agree = Math.floor(voted * agreeShare);
    return { total, recused: r, voted, agree, threshold };
  });

function inputOf(w: { total: number; recused: number; voted: number; agree: number; threshold: number }): TallyInput {
  return {
    members: members(w.total),
    nominationIds: [1],
    recusals: Array.from({ length: w.recused }, (_, i) => ({ memberId: i + 1, nominationId: 1 })),
    receipts: Array.from({ length: w.voted }, (_, i) => ({ memberId: w.recused + i + 1, nominationId: 1 })),
    ballots: votes(1, w.agree, w.voted - w.agree),
    thresholdPercent: w.threshold,
  };
}

describe('tally properties', () => {
  it('đồng ý + không đồng ý + not voted + recused = all members', () => {
    fc.assert(
      fc.property(world, (w) => {
        const n = tallySession(inputOf(w)).nominees[0]!;
        expect(n.agree + n.disagree + n.notVoted + n.recused).toBe(w.total);
        expect(n.eligible).toBe(w.total - w.recused);
      }),
    );
  });

  it('one more đồng ý (in place of a silent member) never turns đạt into không đạt', () => {
    fc.assert(
      fc.property(world, (w) => {
        fc.pre(w.voted < w.total - w.recused);
        const before = tallySession(inputOf(w)).nominees[0]!.passed;
        const after = tallySession(inputOf({ ...w, voted: w.voted + 1, agree: w.agree + 1 })).nominees[0]!.passed;
        expect(!before || after).toBe(true);
      }),
    );
  });

  it('a higher threshold never turns không đạt into đạt', () => {
    fc.assert(
      fc.property(world, fc.integer({ min: 0, max: 50 }), (w, more) => {
        const low = tallySession(inputOf(w)).nominees[0]!.passed;
        const high = tallySession(inputOf({ ...w, threshold: Math.min(100, w.threshold + more) })).nominees[0]!.passed;
        expect(!high || low).toBe(true);
      }),
    );
  });

  it('đạt exactly when đồng ý × 100 ≥ threshold × eligible (integer thresholds)', () => {
    fc.assert(
      fc.property(world, (w) => {
        const n = tallySession(inputOf(w)).nominees[0]!;
        const eligible = w.total - w.recused;
        expect(n.passed).toBe(eligible > 0 && w.agree * 100 >= w.threshold * eligible);
      }),
    );
  });
});
