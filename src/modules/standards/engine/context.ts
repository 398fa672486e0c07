import type { RuleSubject } from '../rule.schema';
import type { Nominee, StandardsFacts, SubjectFacts } from './facts';
import type { EngineSettings } from './settings';
import type { ClauseStatus } from './trace';

export interface EvalContext {
  nominee: Nominee;
  year: number;
  facts: StandardsFacts;
  settings: EngineSettings;
  /** false = statuses only, no sentences (bulk screening of a whole country); the verdicts are the same. */
  explain: boolean;
}

/** What a leaf clause found for one subject. */
export interface LeafResult {
  status: ClauseStatus;
  sentence: string;
  value: string | null;
  source: string | null;
}

export const missing = (sentence: string): LeafResult => ({ status: 'missing', sentence, value: null, source: null });

const quietResults: Record<ClauseStatus, LeafResult> = {
  pass: Object.freeze({ status: 'pass', sentence: '', value: null, source: null }),
  fail: Object.freeze({ status: 'fail', sentence: '', value: null, source: null }),
  missing: Object.freeze({ status: 'missing', sentence: '', value: null, source: null }),
  pending: Object.freeze({ status: 'pending', sentence: '', value: null, source: null }),
};
/** A result without words, for evaluations with explain = false (shared, never mutated). */
export const quiet = (status: ClauseStatus): LeafResult => quietResults[status];

/** The name a sentence opens with: "Nguyễn Văn An", "Lãnh đạo đơn vị (Trần Văn Bình)". */
export function subjectName(ctx: EvalContext, subject: RuleSubject, s: SubjectFacts): string {
  if (subject === 'self') return ctx.nominee.name || s.name;
  if (subject === 'leader') return `Lãnh đạo đơn vị (${s.name})`;
  if (subject === 'own_unit') return `Đơn vị công tác (${s.name})`;
  return s.name;
}

const whoMissing: Record<Exclude<RuleSubject, 'self'>, string> = {
  own_unit: 'Chưa có dữ liệu về đơn vị công tác',
  leader: 'Chưa có dữ liệu về lãnh đạo đơn vị',
  members: 'Chưa có danh sách thành viên của tập thể',
};

/**
 * Evaluates a per-subject check for the clause's subject. For 'members', `mode` says how members
 * combine: 'every' (no member disciplined, every member rated…) or 'some' (one member's initiative).
 * Checks are module-level functions taking the rule, not closures: one evaluation per person of the
 * country must not allocate (and, under tsx, name) a function per clause.
 */
export function forSubject<R extends { subject: RuleSubject }>(
  ctx: EvalContext,
  rule: R,
  mode: 'every' | 'some',
  check: (ctx: EvalContext, rule: R, s: SubjectFacts, name: string) => LeafResult,
): LeafResult {
  const subject = rule.subject;
  if (subject === 'self') return check(ctx, rule, ctx.facts.self, ctx.nominee.name || ctx.facts.self.name);
  if (subject === 'members') {
    const members = ctx.facts.members;
    if (!members || members.length === 0) return missing(`${whoMissing.members} — chưa có dữ liệu`);
    return combineMembers(
      members.map((m) => ({ name: m.name, r: check(ctx, rule, m, m.name) })),
      mode,
      ctx.explain,
    );
  }
  const s = subject === 'leader' ? ctx.facts.leader : ctx.facts.ownUnit;
  if (!s) return missing(`${whoMissing[subject]} — chưa có dữ liệu`);
  return check(ctx, rule, s, subjectName(ctx, subject, s));
}

const LISTED = 5;

type MemberResult = { name: string; r: LeafResult };
function byStatus(results: MemberResult[], st: ClauseStatus): MemberResult[] {
  return results.filter((x) => x.r.status === st);
}
function list(xs: MemberResult[]): string {
  return xs.slice(0, LISTED).map((x) => x.r.sentence).join('; ') + (xs.length > LISTED ? `; và ${xs.length - LISTED} người khác` : '');
}

function combineMembers(results: MemberResult[], mode: 'every' | 'some', explain: boolean): LeafResult {
  if (!explain) {
    const statuses = results.map((x) => x.r.status);
    if (mode === 'some') return quiet(statuses.includes('pass') ? 'pass' : statuses.includes('pending') ? 'pending' : statuses.includes('missing') ? 'missing' : 'fail');
    return quiet(statuses.includes('fail') ? 'fail' : statuses.includes('missing') ? 'missing' : statuses.includes('pending') ? 'pending' : 'pass');
  }
  const passed = byStatus(results, 'pass');
  const total = results.length;
  const value = `${passed.length}/${total}`;
  if (mode === 'some') {
    if (passed.length > 0) return { status: 'pass', sentence: list(passed), value, source: passed[0]!.r.source };
    const open = [...byStatus(results, 'pending'), ...byStatus(results, 'missing')];
    if (open.length > 0) return { status: open[0]!.r.status, sentence: `Chưa xác định được thành viên nào đạt: ${list(open)}`, value, source: null };
    return { status: 'fail', sentence: `Không thành viên nào đạt (0/${total}) — không đạt`, value, source: null };
  }
  const failed = byStatus(results, 'fail');
  if (failed.length > 0) return { status: 'fail', sentence: list(failed), value, source: failed[0]!.r.source };
  const open = [...byStatus(results, 'missing'), ...byStatus(results, 'pending')];
  if (open.length > 0) return { status: open[0]!.r.status, sentence: list(open), value, source: null };
  return { status: 'pass', sentence: `Cả ${total}/${total} thành viên đạt — đạt`, value, source: null };
}
