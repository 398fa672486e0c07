import { z } from 'zod';
import { movementLevelLabels, movementLevels, movementStatusLabels, movementStatuses, type MovementStatus } from './movement-labels';

export { movementLevelLabels, movementLevels, movementStatusLabels, movementStatuses, type MovementStatus };
import { isoDate } from '../units/units.schema';
import { planContentSchema } from './model/plan-content.schema';
import { movementKindSchema } from './model/vocab';

export const movementStatusSchema = z.enum(movementStatuses, { error: 'Trạng thái phong trào không hợp lệ' });

export const movementLevelSchema = z.enum(movementLevels, { error: 'Cấp ban hành không hợp lệ' });

export const movementIdParam = z.strictObject({ id: z.coerce.number({ error: 'Mã phong trào phải là số' }).int().positive() });
export const versionParam = z.strictObject({
  id: z.coerce.number({ error: 'Mã phong trào phải là số' }).int().positive(),
  versionNo: z.coerce.number({ error: 'Số phiên bản phải là số' }).int().positive(),
});

// ---- requests ----
export const movementListQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  level: movementLevelSchema.optional(),
  year: z.coerce.number({ error: 'Năm phải là số' }).int().min(2000).max(2100).optional(),
  status: movementStatusSchema.optional(),
  unitId: z.coerce.number({ error: 'Mã đơn vị phải là số' }).int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type MovementListQuery = z.infer<typeof movementListQuery>;

export const createMovementBody = z.strictObject({
  ownerUnitId: z.number({ error: 'Chưa chọn đơn vị ban hành' }).int().positive(),
  content: planContentSchema,
});
export type CreateMovementBody = z.infer<typeof createMovementBody>;

export const saveDraftBody = z.strictObject({
  content: planContentSchema,
  /** The draft revision the editor started from; a stale one is refused, so no edit is silently lost. */
  revision: z.number({ error: 'Thiếu số lần sửa của dự thảo' }).int().positive(),
});
export type SaveDraftBody = z.infer<typeof saveDraftBody>;

export const issueBody = z.strictObject({
  number: z
    .string({ error: 'Chưa nhập số, ký hiệu văn bản' })
    .trim()
    .regex(/^\d+[a-zA-Z]?\/[\p{L}\d.]+(-[\p{L}\d.]+)*$/u, 'Số, ký hiệu phải có dạng «135/KH-LĐLĐ»'),
  issuedOn: isoDate,
  changeNote: z.string().trim().max(2000).nullable().default(null),
  revision: z.number().int().positive(),
});
export type IssueBody = z.infer<typeof issueBody>;

export const statusBody = z.strictObject({ status: movementStatusSchema });

// ---- responses ----
export const unitRefDto = z.object({ id: z.number(), code: z.string(), name: z.string(), kind: z.string() });

export const movementSummaryDto = z.object({
  id: z.number(),
  title: z.string(),
  kind: movementKindSchema,
  status: movementStatusSchema,
  level: movementLevelSchema,
  number: z.string().nullable(),
  issuedOn: z.string().nullable(),
  yearFrom: z.number().nullable(),
  yearTo: z.number().nullable(),
  owner: unitRefDto,
  parentMovementId: z.number().nullable(),
  hasDraft: z.boolean(),
  versionCount: z.number(),
});
export type MovementSummaryDto = z.infer<typeof movementSummaryDto>;

export const movementListResponse = z.object({ total: z.number(), items: z.array(movementSummaryDto) });
export type MovementListResponse = z.infer<typeof movementListResponse>;

export const versionDto = z.object({
  versionNo: z.number(),
  state: z.enum(['draft', 'issued']),
  revision: z.number(),
  changeNote: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  issuedAt: z.string().nullable(),
  issuedBy: z.string().nullable(),
});
export type VersionDto = z.infer<typeof versionDto>;

/** Content is sent as stored (already validated); typed on the client as PlanContent. */
export const movementDetailDto = movementSummaryDto.extend({
  parent: z.object({ id: z.number(), title: z.string(), number: z.string().nullable(), owner: unitRefDto }).nullable(),
  children: z.array(z.object({ id: z.number(), title: z.string(), status: movementStatusSchema, owner: unitRefDto })),
  /** The issued version in force, or the draft of a movement never issued. */
  current: versionDto.extend({ content: z.unknown() }),
  draft: versionDto.extend({ content: z.unknown() }).nullable(),
  versions: z.array(versionDto),
  /** References in the plan that match a movement in thidua, by reference key. */
  linkedReferences: z.array(z.object({ key: z.string(), movementId: z.number(), title: z.string() })),
  allowedStatuses: z.array(movementStatusSchema),
  /** copy: may start a new draft plan of the same unit from this one (next year's plan from last year's). */
  can: z.object({ edit: z.boolean(), issue: z.boolean(), cascade: z.boolean(), markDeadlines: z.boolean(), copy: z.boolean() }),
});
export type MovementDetailDto = z.infer<typeof movementDetailDto>;

export const diffQuery = z.strictObject({
  from: z.coerce.number({ error: 'Phiên bản gốc phải là số' }).int().positive(),
  to: z.coerce.number({ error: 'Phiên bản so sánh phải là số' }).int().positive(),
});
export const planChangeDto = z.object({
  /** JSON path inside the plan, e.g. "criteria.d.target". */
  path: z.string(),
  /** Vietnamese name of what changed: "Tiêu chí d) — Chỉ tiêu". */
  label: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type PlanChangeDto = z.infer<typeof planChangeDto>;
export const diffResponse = z.object({ from: z.number(), to: z.number(), changes: z.array(planChangeDto) });
