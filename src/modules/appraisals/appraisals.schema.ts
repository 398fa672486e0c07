import { z } from 'zod';
import { unitRefDto } from '../movements/movements.schema';
import { periodCode } from '../results/results.schema';

const id = (what: string) => z.number({ error: `Chưa chọn ${what}` }).int(`${what} không hợp lệ`).positive(`${what} không hợp lệ`);
const points = z.number({ error: 'Điểm phải là số' });
const isoDay = z
  .string({ error: 'Ngày phải có dạng YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'Ngày không tồn tại');

export const assessmentIdParam = z.strictObject({ id: z.coerce.number({ error: 'Mã điểm tự chấm phải là số' }).int().positive() });

export const selfScoreBody = z.strictObject({
  movementId: id('phong trào'),
  unitId: id('đơn vị'),
  personId: id('cá nhân').nullable().default(null),
  criterionKey: z.string({ error: 'Chưa chọn tiêu chí' }).trim().min(1, 'Chưa chọn tiêu chí').max(100),
  period: periodCode,
  selfPoints: points,
  note: z.string().trim().max(4000, 'Ghi chú tối đa 4000 ký tự').nullable().default(null),
  /** The revision last read; required once the assessment exists (stale → 409). */
  revision: z.number().int().positive().optional(),
});
export type SelfScoreBody = z.infer<typeof selfScoreBody>;

export const submitAssessmentsBody = z.strictObject({ unitId: id('đơn vị'), period: periodCode });
export type SubmitAssessmentsBody = z.infer<typeof submitAssessmentsBody>;

export const appraiseBody = z.strictObject({
  action: z.enum(['accept', 'change', 'return'], { error: 'Chọn chấp nhận, thay đổi điểm hoặc trả lại để giải trình' }),
  points: points.optional(),
  reason: z.string().trim().max(4000, 'Lý do tối đa 4000 ký tự').nullable().optional(),
  explainBy: isoDay.optional(),
});
export type AppraiseBody = z.infer<typeof appraiseBody>;

export const explainBody = z.strictObject({
  explanation: z.string({ error: 'Chưa nhập nội dung giải trình' }).trim().min(1, 'Chưa nhập nội dung giải trình').max(8000, 'Giải trình tối đa 8000 ký tự'),
});
export type ExplainBody = z.infer<typeof explainBody>;

export const lockBody = z.strictObject({ period: periodCode });
export type LockBody = z.infer<typeof lockBody>;

export const assessmentsQuery = z.strictObject({
  unitId: z.coerce.number({ error: 'Mã đơn vị phải là số' }).int().positive().optional(),
  period: periodCode,
});
export type AssessmentsQuery = z.infer<typeof assessmentsQuery>;

const userRef = z.object({ id: z.number(), fullName: z.string() }).nullable();
export const assessmentStatus = z.enum(['tu_cham', 'cho_tham_dinh', 'giai_trinh', 'da_tham_dinh']);

export const assessmentDto = z.object({
  id: z.number(),
  movementId: z.number(),
  unit: unitRefDto,
  person: z.object({ id: z.number(), fullName: z.string() }).nullable(),
  criterionKey: z.string(),
  criterion: z.object({ label: z.string().nullable(), indicator: z.string() }).nullable(),
  period: z.string(),
  /** The most the criterion gives (maxPoints, weight or 1). */
  possible: z.number(),
  selfPoints: z.number(),
  selfNote: z.string().nullable(),
  status: assessmentStatus,
  statusLabel: z.string(),
  explainBy: z.string().nullable(),
  explainRequest: z.string().nullable(),
  explanation: z.string().nullable(),
  appraisedPoints: z.number().nullable(),
  appraisalReason: z.string().nullable(),
  appraisedBy: userRef,
  appraisedAt: z.string().nullable(),
  locked: z.boolean(),
  revision: z.number(),
  /** Met / not met from the unit's result for the same criterion and period; null without a result. */
  check: z.object({ met: z.boolean(), reason: z.string(), points: z.number() }).nullable(),
});
export type AssessmentDto = z.infer<typeof assessmentDto>;

export const unitAssessmentsDto = z.object({
  unit: unitRefDto,
  items: z.array(assessmentDto),
  selfTotal: z.number(),
  /** Σ appraised points of the appraised criteria; null until one is appraised. */
  appraisedTotal: z.number().nullable(),
  maxTotal: z.number(),
});

export const assessmentListResponse = z.object({
  movementId: z.number(),
  period: z.string(),
  /** True once the period is locked: the appraised points are final and published. */
  locked: z.boolean(),
  units: z.array(unitAssessmentsDto),
});
export type AssessmentListResponse = z.infer<typeof assessmentListResponse>;

export const submitResponse = z.object({ submitted: z.number() });
export const lockResponse = z.object({ movementId: z.number(), period: z.string(), locked: z.number() });
