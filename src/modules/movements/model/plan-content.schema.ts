import { z } from 'zod';
import { unitKindSchema } from '../../units/unit-kinds';
import {
  awardOfferSchema,
  contentSchema,
  criterionSchema,
  deadlineSchema,
  dossierSchema,
  goalSchema,
  itemSchema,
  referenceSchema,
  responsibilitySchema,
  signerSchema,
  standardSchema,
  subjectsSchema,
} from './elements.schema';
import { sectionSchema } from './outline.schema';
import { checkPlanConsistency } from './plan-consistency';
import { isoDate, movementKindSchema, optionalText, text } from './vocab';

const numberSymbol = z
  .string({ error: 'Số, ký hiệu phải là văn bản' })
  .trim()
  .regex(/^\d+[a-zA-Z]?\/[\p{L}\d.]+(-[\p{L}\d.]+)*$/u, 'Số, ký hiệu phải có dạng «135/KH-LĐLĐ»')
  .nullable()
  .default(null);

/** The document header (Nghị định 30/2020): who issues it, number, place, date, signer, recipients. */
export const documentHeaderSchema = z.strictObject({
  parentBody: optionalText(300).default(null),
  issuerName: text(300),
  number: numberSymbol,
  place: optionalText(200).default(null),
  issuedOn: isoDate.nullable().default(null),
  signer: signerSchema,
  recipients: z.array(text(500)).max(50).default([]),
});

/** A Quyết định that issues the plan ("Ban hành kèm theo Quyết định này Kế hoạch…", seed 001). */
export const issuingDecisionSchema = z.strictObject({
  header: documentHeaderSchema,
  title: text(1000),
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TRÀ LÂM" */
  authority: text(300),
  basis: z.array(text(4000)).max(30).default([]),
  proposer: optionalText(1000).default(null),
  articles: z.array(text(4000)).min(1, 'Quyết định cần ít nhất một điều').max(20),
});

export const periodSchema = z.strictObject({
  start: z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('on_issue') }), z.strictObject({ kind: z.literal('date'), date: isoDate })], {
    error: 'Ngày bắt đầu không hợp lệ',
  }),
  end: isoDate.nullable().default(null),
  recurrence: z.enum(['none', 'yearly'], { error: 'Chu kỳ không hợp lệ' }).default('none'),
  /** "từ nay đến hết ngày 31/12/2025" as written. */
  text: optionalText(1000).default(null),
});

const planContentObject = z.strictObject({
  kind: movementKindSchema.default('chuyen_de'),
  header: documentHeaderSchema,
  /** The type name and summary: KẾ HOẠCH / "Phát động phong trào thi đua …". */
  title: text(1000),
  decision: issuingDecisionSchema.nullable().default(null),
  references: z.array(referenceSchema).max(60).default([]),
  /** Opening paragraphs as written (Căn cứ …, "… với các nội dung như sau:"). */
  preamble: z.array(text(8000)).max(30).default([]),
  theme: optionalText(2000).default(null),
  slogan: optionalText(2000).default(null),
  purposes: z.array(itemSchema).max(50).default([]),
  requirements: z.array(itemSchema).max(50).default([]),
  goals: z.array(goalSchema).max(50).default([]),
  period: periodSchema,
  subjects: subjectsSchema,
  contents: z.array(contentSchema).max(50).default([]),
  solutions: z.array(itemSchema).max(50).default([]),
  criteriaIntro: optionalText(4000).default(null),
  criteria: z.array(criterionSchema).max(200).default([]),
  standards: z.strictObject({
    collective: z.array(standardSchema).max(50).default([]),
    individual: z.array(standardSchema).max(50).default([]),
  }),
  awards: z.array(awardOfferSchema).max(30).default([]),
  dossier: dossierSchema.nullable().default(null),
  funding: optionalText(2000).default(null),
  deadlines: z.array(deadlineSchema).max(50).default([]),
  responsibilities: z.array(responsibilitySchema).max(50).default([]),
  /** Lower units of these kinds are expected to issue their own plan (cascade). */
  cascade: z.strictObject({
    unitKinds: z.array(unitKindSchema).max(20).default([]),
    deadlineKey: z.string().nullable().default(null),
  }),
  closing: optionalText(4000).default(null),
  outline: z.array(sectionSchema).max(30).default([]),
});

export const planContentSchema = planContentObject.superRefine(checkPlanConsistency);
export type PlanContent = z.infer<typeof planContentObject>;
export type PlanContentInput = z.input<typeof planContentObject>;
