import { z } from 'zod';
import { disciplineLabels, initiativeLevelLabels, ratingLabels, titleLabels } from './labels';

export { disciplineLabels, initiativeLevelLabels, ratingLabels, titleLabels };
import { indexCodeSchema } from '../movements/model/vocab';
import { targetSchema } from '../movements/model/target';

/**
 * Award standards (tiêu chuẩn khen thưởng) as data. A rule is a tree of clauses; the commendation
 * capability evaluates it for a nominee and a year and returns a trace of every clause.
 * Each clause keeps the sentence it came from (`text`) and, for legal standards, its source.
 */
export type TitleCode = keyof typeof titleLabels;
export const titleCodeSchema = z.enum(Object.keys(titleLabels) as [TitleCode, ...TitleCode[]], { error: 'Danh hiệu không hợp lệ' });

export type RatingCode = keyof typeof ratingLabels;
export const ratingSchema = z.enum(['htxsnv', 'httnv', 'htnv', 'khtnv'], { error: 'Mức xếp loại không hợp lệ' });

export type DisciplineForm = keyof typeof disciplineLabels;
export const disciplineSchema = z.enum(Object.keys(disciplineLabels) as [DisciplineForm, ...DisciplineForm[]], {
  error: 'Hình thức kỷ luật không hợp lệ',
});


/** Whose record a clause reads: the nominee, its unit (for an individual), the unit's head, or all members. */
export const ruleSubjectSchema = z.enum(['self', 'own_unit', 'leader', 'members'], { error: 'Đối tượng áp dụng không hợp lệ' });
export type RuleSubject = z.infer<typeof ruleSubjectSchema>;

const clauseBase = {
  text: z.string().trim().max(2000).nullable().default(null),
  source: z.string().trim().max(300).nullable().default(null),
};

const leafClauses = [
  /** A criterion of this plan is met (by key). */
  z.strictObject({ kind: z.literal('criterion'), criterionKey: z.string().trim().min(1, 'Chưa chọn tiêu chí'), subject: ruleSubjectSchema.default('self'), ...clauseBase }),
  /** A measured value: an index (SIPAS ≥ 90%) or a named indicator (tỷ lệ hồ sơ đúng hạn > 98%). */
  z.strictObject({
    kind: z.literal('metric'),
    index: indexCodeSchema.nullable().default(null),
    indicator: z.string().trim().min(1, 'Chưa nêu chỉ số đo').max(300),
    target: targetSchema,
    subject: ruleSubjectSchema.default('self'),
    ...clauseBase,
  }),
  z.strictObject({ kind: z.literal('rating'), atLeast: ratingSchema, years: z.number().int().min(1).max(10).default(1), subject: ruleSubjectSchema.default('self'), ...clauseBase }),
  z.strictObject({
    kind: z.literal('initiative'),
    minLevel: z.enum(['co_so', 'tinh', 'toan_quoc']).default('co_so'),
    recognisedBy: z.string().trim().max(300).nullable().default(null),
    subject: ruleSubjectSchema.default('self'),
    /** How many initiatives ("02 sáng kiến"); absent = 1. */
    count: z.number().int().min(1).max(10).optional(),
    /** Over how many years up to the judged one they may be recognised; absent = the engine's setting. */
    withinYears: z.number().int().min(1).max(10).optional(),
    ...clauseBase,
  }),
  z.strictObject({
    kind: z.literal('no_discipline'),
    from: disciplineSchema,
    subject: ruleSubjectSchema.default('self'),
    /** Also fail while discipline, inspection or a complaint is pending (NĐ 152/2025); absent = the engine's setting. */
    holdWhilePending: z.boolean().optional(),
    ...clauseBase,
  }),
  /** "02 năm liên tục đạt danh hiệu …" */
  z.strictObject({ kind: z.literal('title'), title: titleCodeSchema, years: z.number().int().min(1).max(10).default(1), consecutive: z.boolean().default(true), ...clauseBase }),
  /** "≥ 70 % cá nhân đạt Lao động tiên tiến" */
  z.strictObject({ kind: z.literal('member_share'), title: titleCodeSchema.nullable(), rating: ratingSchema.nullable().default(null), target: targetSchema, ...clauseBase }),
  /** A clause only people can judge ("gương mẫu chấp hành…"): the engine reports it for the council. */
  z.strictObject({ kind: z.literal('qualitative'), ...clauseBase }),
] as const;

export type Rule =
  | z.infer<(typeof leafClauses)[number]>
  | { kind: 'all' | 'any'; of: Rule[]; text: string | null; source: string | null };

export const ruleSchema: z.ZodType<Rule, unknown> = z.lazy(() =>
  z.discriminatedUnion(
    'kind',
    [
      ...leafClauses,
      z.strictObject({ kind: z.literal('all'), of: z.array(ruleSchema).min(1, 'Nhóm điều kiện cần ít nhất 1 điều kiện'), ...clauseBase }),
      z.strictObject({ kind: z.literal('any'), of: z.array(ruleSchema).min(1, 'Nhóm điều kiện cần ít nhất 1 điều kiện'), ...clauseBase }),
    ],
    { error: 'Loại điều kiện không hợp lệ' },
  ),
) as z.ZodType<Rule, unknown>;
