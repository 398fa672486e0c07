import { movementStatusSchema } from '../movements/movements.schema';
import { z } from 'zod';
import { isoDate } from '../units/units.schema';

export const deadlineStatuses = ['done', 'done_late', 'overdue', 'due_soon', 'upcoming', 'unscheduled'] as const;
/** Labels live in web/i18n/vi.ts (deadlines section). */
export type DeadlineStatusCode = (typeof deadlineStatuses)[number];

export const deadlineKinds = ['submit_plan', 'registration', 'submit_report', 'submit_proposal', 'other'] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

const id = (what: string) => z.coerce.number({ error: `${what} phải là số` }).int().positive();

// ---- requests ----
export const deadlineListQuery = z
  .strictObject({
    from: isoDate.optional(),
    to: isoDate.optional(),
    movementId: id('Mã phong trào').optional(),
    unitId: id('Mã đơn vị').optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'Đến ngày phải sau hoặc bằng Từ ngày', path: ['to'] });
export type DeadlineListQuery = z.infer<typeof deadlineListQuery>;

export const completionBody = z.strictObject({
  movementId: z.number({ error: 'Chưa chọn phong trào' }).int().positive(),
  deadlineKey: z.string({ error: 'Chưa chọn thời hạn' }).trim().min(1, 'Chưa chọn thời hạn').max(100),
  dueOn: isoDate,
  unitId: z.number({ error: 'Chưa chọn đơn vị' }).int().positive(),
  doneOn: isoDate,
  note: z.string().trim().max(2000, 'Ghi chú tối đa 2000 ký tự').nullable().default(null),
});
export type CompletionBody = z.infer<typeof completionBody>;

export const completionIdParam = z.strictObject({ id: id('Mã lần hoàn thành') });

// ---- responses ----
const unitRef = z.object({ id: z.number(), code: z.string(), name: z.string(), kind: z.string() });

export const unitDeadlineStatusDto = z.object({
  unit: unitRef,
  status: z.enum(deadlineStatuses),
  doneOn: z.string().nullable(),
  /** The completion row, for undo; null when not done or met automatically by an issued plan. */
  completionId: z.number().nullable(),
  /** True when the unit's own issued plan met a "submit your plan" deadline. */
  byPlan: z.boolean(),
  note: z.string().nullable(),
});
export type UnitDeadlineStatusDto = z.infer<typeof unitDeadlineStatusDto>;

export const deadlineEntryDto = z.object({
  movement: z.object({ id: z.number(), title: z.string(), number: z.string().nullable(), status: movementStatusSchema, owner: unitRef }),
  deadline: z.object({ key: z.string(), title: z.string(), kind: z.enum(deadlineKinds), text: z.string().nullable(), strict: z.enum(['before', 'by']) }),
  /** The last allowed day; null when the plan says it will be announced later. */
  dueOn: z.string().nullable(),
  recipient: z.string().nullable(),
  responsibleText: z.string(),
  units: z.array(unitDeadlineStatusDto),
});
export type DeadlineEntryDto = z.infer<typeof deadlineEntryDto>;

export const deadlineListResponse = z.object({ today: z.string(), dueSoonDays: z.number(), items: z.array(deadlineEntryDto) });
export type DeadlineListResponse = z.infer<typeof deadlineListResponse>;

export const completionDto = z.object({
  id: z.number(),
  movementId: z.number(),
  deadlineKey: z.string(),
  dueOn: z.string(),
  unitId: z.number(),
  doneOn: z.string(),
  note: z.string().nullable(),
});
export type CompletionDto = z.infer<typeof completionDto>;

export const deadlineSummaryResponse = z.object({
  today: z.string(),
  dueSoonDays: z.number(),
  /** Counted per responsible unit and occurrence. */
  overdue: z.number(),
  dueSoon: z.number(),
  doneThisMonth: z.number(),
  /** The next occurrences not yet met by every unit, soonest first. */
  next: z.array(deadlineEntryDto),
});
export type DeadlineSummaryResponse = z.infer<typeof deadlineSummaryResponse>;
