import { z } from 'zod';
import { unitRefDto } from '../movements/movements.schema';
import { isoDate } from '../units/units.schema';
import { batchStatuses, nominationStatuses } from './labels';
import { reportSchema } from './report.schema';

const id = (what: string) => z.number({ error: `Chưa chọn ${what}` }).int(`${what} không hợp lệ`).positive(`${what} không hợp lệ`);
const version = z.number({ error: 'Thiếu số phiên bản (version) đã đọc' }).int().positive();
const key = (what: string) => z.string({ error: `${what} phải là văn bản` }).trim().min(1, `Chưa chọn ${what}`).max(100, `${what} không hợp lệ`);

export const idParam = z.strictObject({ id: z.coerce.number({ error: 'Mã phải là số' }).int().positive() });

export const createBatchBody = z.strictObject({
  movementId: id('phong trào'),
  year: z.number({ error: 'Năm phải là số' }).int('Năm không hợp lệ').min(2000, 'Năm từ 2000 đến 2100').max(2100, 'Năm từ 2000 đến 2100'),
  proposingUnitId: id('đơn vị đề nghị'),
  /** Default: the level that considers the proposing unit's nominations (see addressed-unit.ts). */
  addressedUnitId: id('đơn vị nhận đề nghị').optional(),
  /** The plan's award offer the batch is for: its deadline and grantor decide due date and addressee. */
  awardKey: key('hình thức khen thưởng của kế hoạch').optional(),
  title: z.string().trim().min(1, 'Chưa nhập tên đợt đề nghị').max(500, 'Tên đợt đề nghị tối đa 500 ký tự').optional(),
  /** Only when the plan sets no deadline for it ("thông báo sau"). */
  dueOn: isoDate.optional(),
});
export type CreateBatchBody = z.infer<typeof createBatchBody>;

export const batchListQuery = z.strictObject({
  movementId: z.coerce.number({ error: 'Mã phong trào phải là số' }).int().positive().optional(),
  year: z.coerce.number({ error: 'Năm phải là số' }).int().min(2000).max(2100).optional(),
  status: z.enum(batchStatuses, { error: 'Trạng thái đợt đề nghị không hợp lệ' }).optional(),
});
export type BatchListQuery = z.infer<typeof batchListQuery>;

export const addNominationBody = z.strictObject({
  subjectKind: z.enum(['collective', 'individual'], { error: 'Chọn tập thể hoặc cá nhân' }),
  /** The collective itself, or (individual) optional: the person's unit is used. */
  unitId: id('đơn vị').optional(),
  personId: id('cá nhân').optional(),
  awardKey: key('hình thức khen thưởng của kế hoạch').optional(),
  catalogueCode: key('danh hiệu, hình thức khen thưởng').optional(),
  report: reportSchema.optional(),
});
export type AddNominationBody = z.infer<typeof addNominationBody>;

export const updateNominationBody = z.strictObject({
  version,
  report: reportSchema.optional(),
  awardKey: key('hình thức khen thưởng của kế hoạch').nullable().optional(),
  catalogueCode: key('danh hiệu, hình thức khen thưởng').optional(),
  /** Why a nominee the standards engine finds ineligible still goes forward; null clears it. */
  overrideReason: z.string({ error: 'Lý do phải là văn bản' }).trim().min(10, 'Lý do đề nghị khi chưa đủ tiêu chuẩn cần ít nhất 10 ký tự').max(4000, 'Lý do tối đa 4000 ký tự').nullable().optional(),
});
export type UpdateNominationBody = z.infer<typeof updateNominationBody>;

export const withdrawBody = z.strictObject({ version, reason: z.string().trim().max(2000, 'Lý do tối đa 2000 ký tự').nullable().default(null) });
export const submitBody = z.strictObject({ version, submissionNumber: z.string().trim().min(1).max(100, 'Số tờ trình tối đa 100 ký tự').nullable().default(null) });
export const returnBody = z.strictObject({
  version,
  reason: z.string({ error: 'Chưa nhập lý do trả lại' }).trim().min(1, 'Chưa nhập lý do trả lại').max(4000, 'Lý do tối đa 4000 ký tự'),
});
export const noticeBody = z.strictObject({ version, from: isoDate.optional(), to: isoDate.optional() });
export const commentBody = z.strictObject({
  body: z.string({ error: 'Chưa nhập ý kiến' }).trim().min(1, 'Chưa nhập ý kiến').max(4000, 'Ý kiến tối đa 4000 ký tự'),
  nominationId: id('người được đề nghị').nullable().default(null),
});
export const reportDocQuery = z.strictObject({ version: z.enum(['detailed', 'summary'], { error: 'Bản báo cáo là «detailed» (đầy đủ) hoặc «summary» (tóm tắt)' }).default('detailed') });
export type SubmitBody = z.infer<typeof submitBody>;
export type ReturnBody = z.infer<typeof returnBody>;
export type NoticeBody = z.infer<typeof noticeBody>;
export type CommentBody = z.infer<typeof commentBody>;
export type WithdrawBody = z.infer<typeof withdrawBody>;

// ---- responses ----

const clauseDto: z.ZodType<ClauseDto> = z.lazy(() =>
  z.object({ id: z.string(), status: z.string(), text: z.string(), sentence: z.string(), value: z.string().nullable(), source: z.string().nullable(), ruleSource: z.string().nullable(), children: z.array(clauseDto) }),
);
export interface ClauseDto {
  id: string;
  status: string;
  text: string;
  sentence: string;
  value: string | null;
  source: string | null;
  ruleSource: string | null;
  children: ClauseDto[];
}

export const eligibilityDto = z.object({
  /** pass | fail | missing | pending (cần xem xét: only the council's judgement is left). */
  status: z.string(),
  /** true: đạt; false: không đạt or chưa có dữ liệu (needs an override reason); null: cần Hội đồng xem xét. */
  eligible: z.boolean().nullable(),
  year: z.number(),
  catalogueCode: z.string(),
  evaluatedAt: z.string(),
  trace: z.array(clauseDto),
});
export type EligibilityDto = z.infer<typeof eligibilityDto>;

const ref = z.object({ id: z.number(), name: z.string() });

export const nominationDto = z.object({
  id: z.number(),
  batchId: z.number(),
  movementId: z.number(),
  awardKey: z.string().nullable(),
  awardName: z.string(),
  catalogueCode: z.string(),
  subjectKind: z.enum(['collective', 'individual']),
  unit: ref,
  person: z.object({ id: z.number(), fullName: z.string(), position: z.string().nullable() }).nullable(),
  nomineeName: z.string(),
  report: reportSchema,
  eligible: z.boolean().nullable(),
  eligibility: eligibilityDto.nullable(),
  overrideReason: z.string().nullable(),
  status: z.enum(nominationStatuses),
  statusLabel: z.string(),
  version: z.number(),
});
export type NominationDto = z.infer<typeof nominationDto>;

export const batchSummaryDto = z.object({
  id: z.number(),
  movement: z.object({ id: z.number(), title: z.string() }),
  year: z.number(),
  proposingUnit: unitRefDto,
  addressedUnit: unitRefDto,
  forwardedFromBatchId: z.number().nullable(),
  title: z.string(),
  status: z.enum(batchStatuses),
  statusLabel: z.string(),
  dueOn: z.string().nullable(),
  submissionNumber: z.string().nullable(),
  submittedAt: z.string().nullable(),
  noticeFrom: z.string().nullable(),
  noticeTo: z.string().nullable(),
  returnReason: z.string().nullable(),
  nominationCount: z.number(),
  version: z.number(),
  /** What the signed-in user may do with it (the web shows buttons from these). */
  can: z.object({ edit: z.boolean(), submit: z.boolean(), review: z.boolean(), comment: z.boolean() }),
});
export type BatchSummaryDto = z.infer<typeof batchSummaryDto>;

export const duplicateDto = z.object({ a: ref, b: ref, similarity: z.number() });
export const awardOfferDto = z.object({ key: z.string(), name: z.string(), form: z.string(), recipients: z.string(), quota: z.string().nullable() });

export const batchDetailDto = batchSummaryDto.extend({
  nominations: z.array(nominationDto),
  duplicates: z.array(duplicateDto),
  awardOffers: z.array(awardOfferDto),
  duplicateThreshold: z.number(),
});
export type BatchDetailDto = z.infer<typeof batchDetailDto>;

export const batchListResponse = z.object({ items: z.array(batchSummaryDto) });
export const commentDto = z.object({ id: z.number(), batchId: z.number(), nominationId: z.number().nullable(), authorName: z.string(), body: z.string(), createdAt: z.string() });
export type CommentDto = z.infer<typeof commentDto>;
export const commentListResponse = z.object({ items: z.array(commentDto), noticeFrom: z.string().nullable(), noticeTo: z.string().nullable(), open: z.boolean() });
