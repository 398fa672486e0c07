import type { Target } from '../movements/model/target';
import { formatTarget } from '../movements/model/target-format';
import { resultValueProblem, ResultValueError, type ResultValue } from './result-value';

export { ResultValueError, resultValueProblem, resultValueSchema, anyResultValueSchema, wrongKindMessages, type ResultValue, type Measure } from './result-value';

/** Whether a value meets its target (đạt / không đạt), with the sentence an appraiser reads. */
export interface TargetCheck {
  met: boolean;
  /** "91,2% ≥ 90% — đạt", "85% < 90% — không đạt", "xếp thứ 7/16; chỉ tiêu xếp thứ 5–6/16 — không đạt". */
  reason: string;
}

// One formatter for all calls: toLocaleString builds a new one each time, too slow for 3,300 × 40 values.
const viNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
export const formatNumberVi = (n: number): string => viNumber.format(n);

// Targets are shared by every participant of a movement, so their wording is computed once.
const targetTextCache = new WeakMap<Target, string>();
function targetText(t: Target): string {
  let text = targetTextCache.get(t);
  if (text === undefined) {
    text = formatTarget(t);
    targetTextCache.set(t, text);
  }
  return text;
}

const negated = { gte: '<', gt: '≤', eq: '≠', lte: '>', lt: '≥' } as const;
const verdict = (met: boolean) => (met ? 'đạt' : 'không đạt');

function compare(comparator: 'gte' | 'gt' | 'eq' | 'lte' | 'lt' | 'between', x: number, value: number, upper: number | null): boolean {
  switch (comparator) {
    case 'gte':
      return x >= value;
    case 'gt':
      return x > value;
    case 'eq':
      return x === value;
    case 'lte':
      return x <= value;
    case 'lt':
      return x < value;
    case 'between':
      return x >= value && x <= (upper ?? value);
  }
}

function unitOf(t: Target): string {
  if (t.measure === 'percent') return '%';
  if (t.measure === 'score') return ' điểm';
  if (t.measure === 'count' && t.unit) return ` ${t.unit}`;
  return '';
}

/** The value as it is read: "91,2%", "xếp thứ 5/16", "Có", "xếp loại Khá", "92,5 (mốc 88,1)". */
export function formatResultValue(value: ResultValue, target?: Target): string {
  switch (value.measure) {
    case 'percent':
      return `${formatNumberVi(value.value)}%`;
    case 'count':
    case 'score':
      return `${formatNumberVi(value.value)}${target ? unitOf(target) : value.measure === 'score' ? ' điểm' : ''}`;
    case 'rank':
      return `xếp thứ ${value.rank}/${value.of}`;
    case 'boolean':
      return value.value ? 'Có' : 'Không';
    case 'band':
      return `xếp loại ${value.band}`;
    case 'relative':
      return `${formatNumberVi(value.value)} (mốc so sánh ${formatNumberVi(value.reference)})`;
  }
}

function judge(t: Target, v: ResultValue): boolean {
  switch (t.measure) {
    case 'percent':
    case 'count':
    case 'score':
      return compare(t.comparator, (v as { value: number }).value, t.value, t.upper);
    case 'rank': {
      // Rank 1 is best: "xếp thứ 5 trở lên" (lte) and "nhóm 30 dẫn đầu" (top_n) both mean rank ≤ value.
      const r = (v as { rank: number }).rank;
      if (t.comparator === 'between') return r >= t.value && r <= (t.upper ?? t.value);
      if (t.comparator === 'eq') return r === t.value;
      return r <= t.value;
    }
    case 'boolean':
      return (v as { value: boolean }).value === t.value;
    case 'band': {
      // The scale is ordered best first, so "Tốt trở lên" means an index at or before Tốt's.
      const at = t.scale.indexOf((v as { band: string }).band);
      const want = t.scale.indexOf(t.band);
      return t.comparator === 'eq' ? at === want : at <= want;
    }
    case 'relative': {
      const { value, reference } = v as { value: number; reference: number };
      return t.comparator === 'gt' ? value > reference : value >= reference;
    }
  }
}

/**
 * Judges a value against its target. A value of the wrong kind or out of range is RETURNED as a
 * ResultValueError (not thrown): scoring thousands of values must not unwind on one bad entry.
 */
export function evaluateTarget(target: Target, value: ResultValue): TargetCheck | ResultValueError {
  const problem = resultValueProblem(target, value);
  if (problem) return problem;
  const met = judge(target, value);
  const shown = formatResultValue(value, target);
  const numeric = target.measure === 'percent' || target.measure === 'count' || target.measure === 'score';
  if (numeric && target.comparator !== 'between') {
    if (met) return { met, reason: `${shown} ${targetText(target)} — đạt` };
    return { met, reason: `${shown} ${negated[target.comparator]} ${formatNumberVi(target.value)}${unitOf(target)} — không đạt` };
  }
  return { met, reason: `${shown}; chỉ tiêu ${targetText(target)} — ${verdict(met)}` };
}

/** Only whether the value meets the target: for scoring many values whose reasons nobody reads. */
export function meetsTarget(target: Target, value: ResultValue): boolean | ResultValueError {
  const problem = resultValueProblem(target, value);
  return problem ?? judge(target, value);
}

/** evaluateTarget for callers that want an exception (a service turns it into a 400 with the field). */
export function evaluateTargetOrThrow(target: Target, value: ResultValue): TargetCheck {
  const r = evaluateTarget(target, value);
  if (r instanceof ResultValueError) throw r;
  return r;
}
