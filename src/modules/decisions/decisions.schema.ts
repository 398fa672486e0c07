import { z } from 'zod';
import { isoDate } from '../units/units.schema';

export const decisionStatuses = ['du_thao', 'da_ban_hanh'] as const;
export const decisionStatusLabels: Record<(typeof decisionStatuses)[number], string> = { du_thao: 'Dự thảo', da_ban_hanh: 'Đã ban hành' };

const id = (what: string) => z.number({ error: `Chưa chọn ${what}` }).int(`${what} không hợp lệ`).positive(`${what} không hợp lệ`);
const text = (what: string, max: number) =>
  z.string({ error: `Chưa nhập ${what}` }).trim().min(1, `Chưa nhập ${what}`).max(max, `${what[0]!.toLocaleUpperCase('vi-VN')}${what.slice(1)} tối đa ${max} ký tự`);
const optional = (what: string, max: number) => z.string().trim().max(max, `${what} tối đa ${max} ký tự`).nullable().optional();
const nominationIds = z
  .array(id('đề nghị'), { error: 'Chưa chọn đề nghị khen thưởng nào' })
  .min(1, 'Chưa chọn đề nghị khen thưởng nào')
  .max(500, 'Tối đa 500 đề nghị một lần')
  .refine((ids) => new Set(ids).size === ids.length, 'Danh sách đề nghị bị trùng');

export const idParam = z.strictObject({ id: z.coerce.number({ error: 'Mã phải là số' }).int().positive('Mã không hợp lệ') });
export const unitQuery = z.strictObject({ unitId: z.coerce.number({ error: 'Chưa chọn đơn vị' }).int().positive('Đơn vị không hợp lệ') });
export const batchStatuses = ['nhap', 'da_gui', 'tra_lai', 'cong_khai', 'da_xet', 'da_chuyen', 'da_quyet_dinh'] as const;
export const inboxQuery = z.strictObject({
  /** Default: dossiers awaiting this level (đã gửi, đang công khai, đã xét chưa quyết định). */
  status: z.enum(batchStatuses, { error: 'Trạng thái đợt đề nghị không hợp lệ' }).optional(),
});
export const decisionListQuery = z.strictObject({
  unitId: z.coerce.number().int().positive('Đơn vị không hợp lệ').optional(),
  status: z.enum(decisionStatuses, { error: 'Trạng thái quyết định không hợp lệ' }).optional(),
});

export const draftBody = z.strictObject({
  unitId: id('đơn vị ra quyết định'),
  nominationIds,
  /** Tờ trình đề nghị khen thưởng: its number and date. */
  submissionNumber: text('số tờ trình', 50),
  submissionDate: isoDate,
  title: optional('Trích yếu', 500),
  moneySource: optional('Nguồn kinh phí', 1000),
});
export type DraftBody = z.infer<typeof draftBody>;

export const updateDraftBody = z.strictObject({
  version: z.number({ error: 'Thiếu phiên bản dữ liệu' }).int().positive(),
  submissionNumber: text('số tờ trình', 50).optional(),
  submissionDate: isoDate.optional(),
  title: optional('Trích yếu', 500),
  moneySource: optional('Nguồn kinh phí', 1000),
});
export type UpdateDraftBody = z.infer<typeof updateDraftBody>;

export const signBody = z.strictObject({
  number: text('số quyết định', 50),
  signedOn: isoDate,
  signerName: text('họ tên người ký', 200),
  /** Chức danh: "Chủ tịch", "Giám đốc", "Phó Chủ tịch" (with KT.). */
  signerTitle: text('chức danh người ký', 200),
});
export type SignBody = z.infer<typeof signBody>;

export const forwardBody = z.strictObject({
  unitId: id('đơn vị chuyển'),
  nominationIds,
  submissionNumber: optional('Số tờ trình', 50),
});
export type ForwardBody = z.infer<typeof forwardBody>;

const unitRef = z.object({ id: z.number(), name: z.string() });

export const decisionItemDto = z.object({
  nominationId: z.number(),
  position: z.number(),
  nomineeName: z.string(),
  subjectKind: z.string(),
  personId: z.number().nullable(),
  unit: unitRef,
  catalogueCode: z.string(),
  awardName: z.string(),
  coefficient: z.number().nullable(),
  prizeAmount: z.number(),
  achievement: z.string().nullable(),
  awardId: z.number().nullable(),
});
export type DecisionItemDto = z.infer<typeof decisionItemDto>;

export const decisionDto = z.object({
  id: z.number(),
  unit: unitRef,
  movementId: z.number(),
  batchId: z.number().nullable(),
  grantorCode: z.string(),
  grantorTitle: z.string(),
  status: z.enum(decisionStatuses),
  statusLabel: z.string(),
  title: z.string(),
  number: z.string().nullable(),
  signedOn: z.string().nullable(),
  signerName: z.string().nullable(),
  signerTitle: z.string().nullable(),
  submissionNumber: z.string().nullable(),
  submissionDate: z.string().nullable(),
  moneySource: z.string(),
  baseSalary: z.number().nullable(),
  totalAmount: z.number(),
  version: z.number(),
  items: z.array(decisionItemDto),
  /** What the reader may do now (the server checks again). */
  can: z.object({ edit: z.boolean(), sign: z.boolean() }),
});
export type DecisionDto = z.infer<typeof decisionDto>;

export const decisionSummaryDto = decisionDto.omit({ items: true }).extend({ awardeeCount: z.number() });
export const decisionListResponse = z.object({ items: z.array(decisionSummaryDto) });

export const candidateDto = z.object({
  nominationId: z.number(),
  batchId: z.number(),
  batchTitle: z.string(),
  movementId: z.number(),
  nomineeName: z.string(),
  subjectKind: z.string(),
  unit: unitRef,
  catalogueCode: z.string(),
  awardName: z.string(),
  /** This unit's head may grant it: goes into a decision here. */
  canGrant: z.boolean(),
  grantorTitle: z.string().nullable(),
  /** Otherwise the nearest upper unit holding the power (khen cao); null when none in the system. */
  forwardTo: z.object({ id: z.number(), name: z.string(), grantorTitle: z.string() }).nullable(),
  /** Prize at today's base salary (recomputed on signing). */
  prizeAmount: z.number(),
});
export const candidateListResponse = z.object({ unit: unitRef, date: z.string(), items: z.array(candidateDto) });

export const inboxItemDto = z.object({
  batchId: z.number(),
  title: z.string(),
  movementId: z.number(),
  year: z.number(),
  status: z.string(),
  proposingUnit: unitRef,
  addressedUnit: unitRef,
  forwardedFromBatchId: z.number().nullable(),
  submissionNumber: z.string().nullable(),
  submittedOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  nominationCount: z.number(),
});
export const inboxResponse = z.object({ today: z.string(), items: z.array(inboxItemDto) });

export const forwardResponse = z.object({
  batches: z.array(z.object({ id: z.number(), addressedUnit: unitRef, dueOn: z.string(), nominationIds: z.array(z.number()) })),
});

export const awardDto = z.object({
  id: z.number(),
  decisionId: z.number().nullable(),
  movementId: z.number().nullable(),
  catalogueCode: z.string(),
  awardName: z.string(),
  subjectKind: z.string(),
  personId: z.number().nullable(),
  unit: unitRef,
  nomineeName: z.string(),
  year: z.number(),
  decidedOn: z.string(),
  decisionNumber: z.string().nullable(),
  grantorTitle: z.string().nullable(),
  coefficient: z.number().nullable(),
  prizeAmount: z.number(),
  achievement: z.string().nullable(),
});
export type AwardDto = z.infer<typeof awardDto>;
export const awardListResponse = z.object({ items: z.array(awardDto) });
