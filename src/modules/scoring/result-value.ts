import { z } from 'zod';
import type { Target } from '../movements/model/target';

/**
 * A measured value (kết quả) submitted for one criterion. Its `measure` must be the criterion target's
 * measure: a percentage for "≥ 90%", a rank "5/16" for "xếp thứ 5–6/16", a band for "xếp loại Tốt"…
 * The relative measure carries its own reference (the national average, last year's value) because
 * the plan only names the reference, never its number.
 */
export type ResultValue =
  | { measure: 'percent'; value: number }
  | { measure: 'count'; value: number }
  | { measure: 'score'; value: number }
  | { measure: 'rank'; rank: number; of: number }
  | { measure: 'boolean'; value: boolean }
  | { measure: 'band'; band: string }
  | { measure: 'relative'; value: number; reference: number };

export type Measure = ResultValue['measure'];

/** A value that cannot be judged against its criterion: wrong kind, or outside the allowed range. */
export class ResultValueError extends Error {
  override readonly name = 'ResultValueError';
  constructor(
    readonly code: 'wrong_kind' | 'out_of_range',
    message: string,
    /** Where in the submitted value, for the form field: ['value'], ['rank']… */
    readonly path: string[] = [],
  ) {
    super(message);
  }
}

export const wrongKindMessages: Record<Measure, string> = {
  percent: 'Giá trị phải là tỷ lệ phần trăm',
  count: 'Giá trị phải là số lượng (số nguyên không âm)',
  score: 'Giá trị phải là số điểm',
  rank: 'Giá trị phải là thứ hạng (xếp thứ mấy trên tổng số bao nhiêu)',
  boolean: 'Giá trị phải là Có hoặc Không',
  band: 'Giá trị phải là một mức xếp loại',
  relative: 'Giá trị phải gồm số liệu và mốc so sánh',
};

const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
const fail = (code: ResultValueError['code'], message: string, field: string) => new ResultValueError(code, message, [field]);

/**
 * The one place that says whether a value may be judged against a target; both the request schema
 * and evaluateTarget use it, so the API and the scoring can never disagree.
 */
export function resultValueProblem(target: Target, value: ResultValue): ResultValueError | null {
  if (value.measure !== target.measure) return new ResultValueError('wrong_kind', wrongKindMessages[target.measure], ['measure']);
  switch (value.measure) {
    case 'percent':
      if (!finite(value.value)) return fail('wrong_kind', 'Tỷ lệ phải là số', 'value');
      if (value.value < 0 || value.value > 100) return fail('out_of_range', 'Tỷ lệ phải từ 0 đến 100%', 'value');
      return null;
    case 'count':
      if (!finite(value.value)) return fail('wrong_kind', 'Số lượng phải là số', 'value');
      if (!Number.isInteger(value.value)) return fail('out_of_range', 'Số lượng phải là số nguyên', 'value');
      if (value.value < 0) return fail('out_of_range', 'Số lượng không được âm', 'value');
      return null;
    case 'score': {
      if (!finite(value.value)) return fail('wrong_kind', 'Điểm phải là số', 'value');
      if (value.value < 0) return fail('out_of_range', 'Điểm không được âm', 'value');
      const max = target.measure === 'score' ? target.max : null;
      if (max !== null && value.value > max) return fail('out_of_range', `Điểm không được vượt quá điểm tối đa (${max.toLocaleString('vi-VN')})`, 'value');
      return null;
    }
    case 'rank':
      if (!finite(value.of) || !Number.isInteger(value.of) || value.of < 1) return fail('out_of_range', 'Tổng số đơn vị xếp hạng phải là số nguyên dương', 'of');
      if (!finite(value.rank) || !Number.isInteger(value.rank)) return fail('wrong_kind', 'Thứ hạng phải là số nguyên', 'rank');
      if (value.rank < 1 || value.rank > value.of) return fail('out_of_range', `Thứ hạng phải từ 1 đến ${value.of}`, 'rank');
      return null;
    case 'boolean':
      return typeof value.value === 'boolean' ? null : fail('wrong_kind', wrongKindMessages.boolean, 'value');
    case 'band': {
      const scale = target.measure === 'band' ? target.scale : [];
      return scale.includes(value.band) ? null : fail('out_of_range', `Xếp loại phải là một trong: ${scale.join(', ')}`, 'band');
    }
    case 'relative':
      if (!finite(value.value)) return fail('wrong_kind', 'Số liệu phải là số', 'value');
      if (!finite(value.reference)) return fail('wrong_kind', 'Mốc so sánh phải là số', 'reference');
      return null;
  }
}

const num = z.number({ error: 'Giá trị phải là số' });
/** Every shape a value can take; which one is allowed depends on the criterion (resultValueSchema). */
export const anyResultValueSchema = z.discriminatedUnion(
  'measure',
  [
    z.strictObject({ measure: z.literal('percent'), value: num }),
    z.strictObject({ measure: z.literal('count'), value: num }),
    z.strictObject({ measure: z.literal('score'), value: num }),
    z.strictObject({ measure: z.literal('rank'), rank: num, of: num }),
    z.strictObject({ measure: z.literal('boolean'), value: z.boolean({ error: wrongKindMessages.boolean }) }),
    z.strictObject({ measure: z.literal('band'), band: z.string({ error: wrongKindMessages.band }).trim() }),
    z.strictObject({ measure: z.literal('relative'), value: num, reference: num }),
  ],
  { error: 'Loại giá trị không hợp lệ' },
);

/** Validates a submitted value against its criterion: right kind, percent 0–100, whole counts, rank 1..of, band in scale. */
export function resultValueSchema(target: Target) {
  return anyResultValueSchema.superRefine((value, ctx) => {
    const problem = resultValueProblem(target, value);
    if (problem) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  });
}
