import type { Rule } from '../rule.schema';

/**
 * pass = đạt; fail = không đạt (a real failure, backed by data);
 * missing = chưa có dữ liệu (the data needed was not given: not a pass, but not a proven failure);
 * pending = cần xem xét (a person must judge it: a qualitative clause without a recorded verdict).
 */
export type ClauseStatus = 'pass' | 'fail' | 'missing' | 'pending';

/** One clause of the trace, in the tree shape of the rule. */
export interface Clause {
  /** Stable within a rule set: the standard's key, then 1-based child positions ("tt-ky-luat.2"). */
  id: string;
  kind: Rule['kind'] | 'unknown';
  status: ClauseStatus;
  /** The standard as written (the rule's text) or its rendering in Vietnamese. */
  text: string;
  /** What was found and the verdict: "SIPAS 2022 = 91,2% ≥ 90% — đạt". */
  sentence: string;
  /** The value used, as read: "91,2%", "14/20 (70%)"; null for combinators or when nothing was found. */
  value: string | null;
  /** Where the value came from ("QĐ số 45/QĐ-SNV ngày 03/05/2024"); null when not given. */
  source: string | null;
  /** The legal or plan source of the rule ("Luật TĐKT 2022, Điều 24"). */
  ruleSource: string | null;
  children: Clause[];
}

export interface Evaluation {
  /** True only if every clause passes: missing data and pending judgements do not pass. */
  pass: boolean;
  status: ClauseStatus;
  trace: Clause[];
}
