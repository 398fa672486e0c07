import { z } from 'zod';
import { comparatorSymbols, comparators, standardScales, type Comparator } from './labels';

export { comparatorSymbols, comparators, standardScales, type Comparator };

/**
 * A measurable target (chỉ tiêu): what is measured and how a value is compared with it.
 * Percentages are numbers with their comparator, never text (DESIGN.md conventions).
 * Ranks count from 1 = best, so a smaller rank is better.
 */

const numeric = ['gte', 'gt', 'eq', 'lte', 'lt', 'between'] as const;
const percentValue = z
  .number({ error: 'Tỷ lệ phải là số' })
  .min(0, 'Tỷ lệ không được âm')
  .max(100, 'Tỷ lệ không được vượt quá 100%');
const nonNegative = z.number({ error: 'Giá trị phải là số' }).min(0, 'Giá trị không được âm');
const rankValue = z.number({ error: 'Thứ hạng phải là số' }).int('Thứ hạng phải là số nguyên').min(1, 'Thứ hạng nhỏ nhất là 1');

export const percentTarget = z.strictObject({
  measure: z.literal('percent'),
  comparator: z.enum(numeric, { error: 'Phép so sánh không hợp lệ' }),
  value: percentValue,
  upper: percentValue.nullable().default(null),
});
export const countTarget = z.strictObject({
  measure: z.literal('count'),
  comparator: z.enum(numeric, { error: 'Phép so sánh không hợp lệ' }),
  value: nonNegative.int('Số lượng phải là số nguyên'),
  upper: nonNegative.int('Số lượng phải là số nguyên').nullable().default(null),
  unit: z.string().trim().max(50).nullable().default(null),
});
export const scoreTarget = z.strictObject({
  measure: z.literal('score'),
  comparator: z.enum(numeric, { error: 'Phép so sánh không hợp lệ' }),
  value: nonNegative,
  upper: nonNegative.nullable().default(null),
  max: nonNegative.nullable().default(null),
});
/** "xếp thứ 5-6/16" = between 5 and 6 of 16; "nhóm 30 tỉnh dẫn đầu" = top_n 30. */
export const rankTarget = z.strictObject({
  measure: z.literal('rank'),
  comparator: z.enum(['between', 'lte', 'eq', 'top_n'], { error: 'Phép so sánh thứ hạng không hợp lệ' }),
  value: rankValue,
  upper: rankValue.nullable().default(null),
  of: rankValue.nullable().default(null),
});
export const booleanTarget = z.strictObject({
  measure: z.literal('boolean'),
  comparator: z.literal('eq').default('eq'),
  value: z.boolean({ error: 'Phải là Có hoặc Không' }),
});
/** A rating band on an ordered scale, best first: "PAR Index xếp loại Tốt" = at least Tốt. */
export const bandTarget = z.strictObject({
  measure: z.literal('band'),
  comparator: z.enum(['gte', 'eq'], { error: 'Phép so sánh xếp loại không hợp lệ' }),
  band: z.string().trim().min(1, 'Chưa chọn xếp loại'),
  scale: z.array(z.string().trim().min(1)).min(2, 'Thang xếp loại cần ít nhất 2 mức'),
});
/** "cao hơn mức trung bình của cả nước". */
export const relativeTarget = z.strictObject({
  measure: z.literal('relative'),
  comparator: z.enum(['gt', 'gte'], { error: 'Phép so sánh không hợp lệ' }),
  reference: z.enum(['national_average', 'previous_year'], { error: 'Mốc so sánh không hợp lệ' }),
});

export const targetSchema = z
  .discriminatedUnion('measure', [percentTarget, countTarget, scoreTarget, rankTarget, booleanTarget, bandTarget, relativeTarget], {
    error: 'Loại chỉ tiêu không hợp lệ',
  })
  .superRefine((t, ctx) => {
    if ('upper' in t) {
      if (t.comparator === 'between' && t.upper === null) ctx.addIssue({ code: 'custom', path: ['upper'], message: 'Khoảng giá trị cần có cận trên' });
      if (t.comparator === 'between' && t.upper !== null && t.upper < t.value)
        ctx.addIssue({ code: 'custom', path: ['upper'], message: 'Cận trên phải lớn hơn hoặc bằng cận dưới' });
    }
    if (t.measure === 'rank' && t.of !== null && Math.max(t.value, t.upper ?? 0) > t.of)
      ctx.addIssue({ code: 'custom', path: ['value'], message: `Thứ hạng không được lớn hơn tổng số (${t.of})` });
    if (t.measure === 'band' && !t.scale.includes(t.band))
      ctx.addIssue({ code: 'custom', path: ['band'], message: 'Xếp loại phải thuộc thang xếp loại' });
  });
export type Target = z.infer<typeof targetSchema>;
export type TargetInput = z.input<typeof targetSchema>;

