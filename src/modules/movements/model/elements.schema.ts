import { z } from 'zod';
import { personCategorySchema } from '../../people/person-fields';
import { unitKindSchema } from '../../units/unit-kinds';
import { ruleSchema } from '../../standards/rule.schema';
import { targetSchema } from './target';
import { documentTypeSchema, elementKey, indexCodeSchema, isoDate, optionalText, reformAreaSchema, subjectScopeSchema, text } from './vocab';

/** A numbered paragraph or bullet as written: label "a)", "1.", "-" or none; an optional bold title. */
export type Item = { label: string | null; title: string | null; text: string | null; children: Item[] };
const label = z.string().trim().max(20, 'Ký hiệu mục tối đa 20 ký tự').nullable().default(null);
export const itemSchema: z.ZodType<Item, unknown> = z.lazy(() =>
  z
    .strictObject({
      label,
      title: optionalText(1000).default(null),
      text: optionalText().default(null),
      children: z.array(itemSchema).max(100).default([]),
    })
    .refine((i) => i.title !== null || i.text !== null, { message: 'Mục cần có tiêu đề hoặc nội dung', path: ['text'] }),
) as z.ZodType<Item, unknown>;

/** Nội dung thi đua: an item mapped to the reform areas it serves. */
export const contentSchema = z.strictObject({
  key: elementKey,
  label,
  title: optionalText(1000).default(null),
  text: optionalText().default(null),
  reformAreas: z.array(reformAreaSchema).max(10).default([]),
  children: z.array(itemSchema).max(100).default([]),
});

/** Mục tiêu, possibly on an index: "PAR Index thuộc nhóm 30 tỉnh dẫn đầu". */
export const goalSchema = z.strictObject({
  key: elementKey,
  label,
  text: text(),
  indexTargets: z.array(z.strictObject({ index: indexCodeSchema, target: targetSchema, year: z.number().int().min(2000).max(2100).nullable().default(null) })).max(10).default([]),
});

export const subjectsSchema = z.strictObject({
  /** One sentence covering both, as some plans write it (seed 000). */
  text: optionalText(2000).default(null),
  collective: z
    .strictObject({ label, text: text(2000), unitKinds: z.array(unitKindSchema).max(20).default([]) })
    .nullable()
    .default(null),
  individual: z
    .strictObject({ label, text: text(2000), personCategories: z.array(personCategorySchema).max(10).default([]) })
    .nullable()
    .default(null),
});

export const criterionSchema = z.strictObject({
  key: elementKey,
  label,
  /** The sentence as the plan states it. */
  text: text(4000),
  /** What is measured, short: "Tỷ lệ giao dịch thanh toán trực tuyến". */
  indicator: text(300),
  index: indexCodeSchema.nullable().default(null),
  target: targetSchema,
  appliesTo: subjectScopeSchema.default('collective'),
  reformArea: reformAreaSchema.nullable().default(null),
  period: z.enum(['year', 'half_year', 'quarter', 'movement'], { error: 'Kỳ đánh giá không hợp lệ' }).default('year'),
  evidenceRequired: z.boolean().default(true),
  evidenceNote: optionalText(1000).default(null),
  weight: z.number().min(0, 'Trọng số không được âm').max(100, 'Trọng số tối đa 100').nullable().default(null),
  maxPoints: z.number().min(0, 'Điểm tối đa không được âm').max(1000, 'Điểm tối đa quá lớn').nullable().default(null),
  /** Set when inherited from the parent movement's plan; the child may tighten, never loosen. */
  inheritedFrom: z.strictObject({ movementId: z.number().int().positive(), key: elementKey }).nullable().default(null),
});

export const standardSchema = z.strictObject({ key: elementKey, label, text: text(4000), rule: ruleSchema });

export const quotaSchema = z.strictObject({
  /** max: "không quá"; exact: "chọn 01 tập thể"; allocated: set by another body; discretionary: the grantor decides. */
  mode: z.enum(['max', 'exact', 'allocated', 'discretionary', 'none'], { error: 'Cách tính số lượng không hợp lệ' }),
  collectives: z.number().int().min(0, 'Số lượng không được âm').nullable().default(null),
  individuals: z.number().int().min(0, 'Số lượng không được âm').nullable().default(null),
  /** Percentage cap of those proposed / of members, floor-rounded when applied. */
  percent: z.number().min(0).max(100, 'Tỷ lệ không được vượt quá 100%').nullable().default(null),
  by: optionalText(300).default(null),
  label,
  text: optionalText(2000).default(null),
});

export const awardFormCodes = ['giay_khen', 'bang_khen_tinh', 'bang_khen_bo', 'bang_khen_ttg', 'huan_chuong', 'danh_hieu', 'khac'] as const;
export const awardOfferSchema = z.strictObject({
  key: elementKey,
  label,
  text: optionalText(4000).default(null),
  form: z.enum(awardFormCodes, { error: 'Hình thức khen thưởng không hợp lệ' }),
  /** "Bằng khen của Chủ tịch UBND tỉnh" */
  name: text(300),
  grantor: z.strictObject({ title: text(300), unitId: z.number().int().positive().nullable().default(null) }),
  recipients: subjectScopeSchema,
  /** khen thưởng chuyên đề / theo đợt / hằng năm (tổng kết) */
  occasion: z.enum(['yearly', 'final', 'thematic', 'sudden'], { error: 'Dịp khen thưởng không hợp lệ' }).default('yearly'),
  quota: quotaSchema,
  /** Deadlines by which proposals for this award are due. */
  deadlineKeys: z.array(elementKey).max(10).default([]),
});

export const dossierSchema = z.strictObject({
  components: z.array(itemSchema).max(30).default([]),
  /** "(Thực hiện theo mẫu Báo cáo thành tích số 07 …)" */
  formNote: optionalText(1000).default(null),
  copies: z.number().int().min(1, 'Số bộ hồ sơ ít nhất là 1').max(20).nullable().default(null),
  copiesText: optionalText(300).default(null),
});

/** When something is due. "trước ngày 15/12" is due before the 15th; "chậm nhất ngày 25/11" by the 25th. */
export const dueRuleSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('date'), date: isoDate }),
    z.strictObject({
      kind: z.literal('yearly'),
      day: z.number().int().min(1).max(31),
      month: z.number().int().min(1, 'Tháng từ 1 đến 12').max(12, 'Tháng từ 1 đến 12'),
    }),
    z.strictObject({ kind: z.literal('quarter'), year: z.number().int().min(2000).max(2100), quarter: z.number().int().min(1).max(4) }),
    z.strictObject({ kind: z.literal('announced_later') }),
  ],
  { error: 'Cách tính thời hạn không hợp lệ' },
);
export type DueRule = z.infer<typeof dueRuleSchema>;

export const deadlineSchema = z.strictObject({
  key: elementKey,
  title: text(500),
  kind: z.enum(['submit_plan', 'registration', 'submit_report', 'submit_proposal', 'other'], { error: 'Loại thời hạn không hợp lệ' }),
  due: dueRuleSchema,
  strict: z.enum(['before', 'by'], { error: 'Cách hiểu thời hạn không hợp lệ' }).default('by'),
  responsible: z.strictObject({
    text: text(1000),
    unitKinds: z.array(unitKindSchema).max(20).default([]),
    unitIds: z.array(z.number().int().positive()).max(200).default([]),
  }),
  recipient: optionalText(300).default(null),
  text: optionalText(2000).default(null),
});

export const responsibilitySchema = z.strictObject({
  key: elementKey,
  label,
  /** "Văn phòng Sở", "Các công đoàn cơ sở" as written. */
  unitText: text(500),
  unitId: z.number().int().positive().nullable().default(null),
  unitKinds: z.array(unitKindSchema).max(20).default([]),
  tasks: z.array(itemSchema).max(50).default([]),
  deadlineKeys: z.array(elementKey).max(10).default([]),
});

/** A document cited in Căn cứ / Thực hiện. A match with a movement's plan links the two. */
export const referenceSchema = z.strictObject({
  key: elementKey,
  relation: z.enum(['basis', 'implements', 'cited'], { error: 'Quan hệ văn bản không hợp lệ' }).default('basis'),
  documentType: documentTypeSchema,
  number: optionalText(100).default(null),
  issuedOn: isoDate.nullable().default(null),
  issuer: optionalText(300).default(null),
  title: optionalText(2000).default(null),
  /** Where it is cited: the plan, the decision that issues it, or both. */
  citedIn: z.enum(['plan', 'decision', 'both']).default('plan'),
});

export const signerSchema = z.strictObject({
  capacity: z.enum(['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.', 'TQ.'], { error: 'Thẩm quyền ký không hợp lệ' }).nullable().default(null),
  /** The collective after TM. ("BAN THƯỜNG VỤ", "ỦY BAN NHÂN DÂN") or the head after KT. ("GIÁM ĐỐC"). */
  authority: optionalText(200).default(null),
  title: text(200),
  name: optionalText(200).default(null),
});
export type Signer = z.infer<typeof signerSchema>;
