import { z } from 'zod';
import { unitKindSchema } from './unit-kinds';

/**
 * API dates are calendar days 'YYYY-MM-DD'. Periods are half-open: a unit is active on day d when
 * validFrom <= d (or validFrom is empty) and d < validTo (or validTo is empty). validTo is therefore
 * the first day the unit no longer operates — a merge effective 01/07/2025 sets validTo = 2025-07-01.
 */
export const isoDate = z
  .string({ error: 'Ngày phải có dạng YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'Ngày không tồn tại trên lịch');

/** Query-string booleans arrive as text; z.coerce.boolean would read 'false' as true. */
export const queryBoolean = z
  .enum(['true', 'false'], { error: 'Giá trị phải là true hoặc false' })
  .transform((v) => v === 'true');

export const idParam = z.strictObject({ id: z.coerce.number({ error: 'Mã số phải là số' }).int().positive() });

const unitCode = z
  .string({ error: 'Mã đơn vị phải là chuỗi ký tự' })
  .trim()
  .min(1, 'Vui lòng nhập mã đơn vị')
  .max(50, 'Mã đơn vị tối đa 50 ký tự')
  .regex(/^\S+$/, 'Mã đơn vị không được chứa khoảng trắng');
const unitName = z
  .string({ error: 'Tên đơn vị phải là chuỗi ký tự' })
  .trim()
  .min(1, 'Vui lòng nhập tên đơn vị')
  .max(300, 'Tên đơn vị tối đa 300 ký tự');
const shortName = z.string().trim().max(100, 'Tên viết tắt tối đa 100 ký tự').nullable();
const unitRef = z.number({ error: 'Mã đơn vị cấp trên phải là số' }).int().positive();
const note = z.string().trim().max(2000, 'Ghi chú tối đa 2000 ký tự');

// ---- requests ----

export const unitListQuery = z.strictObject({
  /** The tree as it was on that day (each unit under the parent it had then). */
  asOf: isoDate.optional(),
  /** Without asOf: also list units no longer active today (merged, dissolved). Ignored with asOf. */
  includeInactive: queryBoolean.default(false),
});

export const createUnitBody = z
  .strictObject({
    code: unitCode,
    name: unitName,
    shortName: shortName.optional(),
    kind: unitKindSchema,
    /** null creates a root unit: only for an administrator granted on a root unit. */
    parentId: unitRef.nullable(),
    validFrom: isoDate.nullable().optional(),
    validTo: isoDate.nullable().optional(),
  })
  .refine((b) => !b.validFrom || !b.validTo || b.validTo >= b.validFrom, {
    path: ['validTo'],
    message: 'Ngày kết thúc hoạt động không được trước ngày bắt đầu hoạt động',
  });

/** Only the fields sent are changed; parent changes go through /move, merges through /merge. */
export const updateUnitBody = z
  .strictObject({
    code: unitCode.optional(),
    name: unitName.optional(),
    shortName: shortName.optional(),
    kind: unitKindSchema.optional(),
    validFrom: isoDate.nullable().optional(),
    validTo: isoDate.nullable().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    path: [],
    message: 'Không có thông tin nào cần cập nhật',
  })
  .refine((b) => !b.validFrom || !b.validTo || b.validTo >= b.validFrom, {
    path: ['validTo'],
    message: 'Ngày kết thúc hoạt động không được trước ngày bắt đầu hoạt động',
  });

export const moveUnitBody = z.strictObject({
  parentId: unitRef,
  effectiveDate: isoDate,
  note: note.optional(),
});

const newMergeTarget = z.strictObject({
  code: unitCode,
  name: unitName,
  shortName: shortName.optional(),
  kind: unitKindSchema,
  parentId: unitRef.nullable(),
});
const existingMergeTarget = z.strictObject({ unitId: z.number({ error: 'Mã đơn vị phải là số' }).int().positive() });

export const mergeUnitsBody = z.strictObject({
  sourceIds: z
    .array(z.number({ error: 'Mã đơn vị phải là số' }).int().positive(), { error: 'Các đơn vị sáp nhập phải là danh sách mã số' })
    .min(1, 'Chọn ít nhất một đơn vị sáp nhập')
    .max(500, 'Tối đa 500 đơn vị trong một lần sáp nhập')
    .refine((ids) => new Set(ids).size === ids.length, 'Một đơn vị được chọn hai lần'),
  /** Either an existing unit ({unitId}) or a unit created by the merge ({code, name, kind, parentId}). */
  target: z.union([existingMergeTarget, newMergeTarget], {
    error: 'Đơn vị tiếp nhận không hợp lệ: chọn một đơn vị có sẵn (unitId) hoặc nhập đủ mã, tên, loại và đơn vị cấp trên của đơn vị mới',
  }),
  effectiveDate: isoDate,
  note: note.optional(),
});

// ---- responses ----

export const unitDto = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.string(),
  kindLabel: z.string(),
  /** With asOf: the parent the unit had on that day. */
  parentId: z.number().int().nullable(),
  /** Level in the tree (0 = root); with asOf, the level it had on that day. */
  depth: z.number().int(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  mergedIntoId: z.number().int().nullable(),
  /** Active on the reference day (asOf, or today). */
  active: z.boolean(),
  /** Active people directly in this unit today (not its subunits). */
  peopleCount: z.number().int(),
});

export const unitListResponse = z.object({
  /** The reference day: asOf when given, else today (Asia/Ho_Chi_Minh). */
  asOf: z.string(),
  /** Ordered by path: every parent comes before its children. */
  items: z.array(unitDto),
});

export const unitRefDto = z.object({ id: z.number().int(), code: z.string(), name: z.string() });

export const unitEventDto = z.object({
  id: z.number().int(),
  /** 'merged' (sáp nhập) or 'moved' (chuyển đơn vị cấp trên). */
  kind: z.string(),
  kindLabel: z.string(),
  effectiveDate: z.string(),
  /** merged: the units merged; moved: the unit moved. */
  sourceUnits: z.array(unitRefDto),
  /** merged: the receiving unit; moved: the new parent. */
  targetUnit: unitRefDto.nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});

export const unitDetailResponse = unitDto.extend({
  path: z.string(),
  /** From the root down to the parent; readable=false for ancestors outside the caller's scope (not to be linked). */
  breadcrumb: z.array(unitRefDto.extend({ readable: z.boolean() })),
  parentHistory: z.array(
    z.object({ parentId: z.number().int().nullable(), parentName: z.string().nullable(), validFrom: z.string(), validTo: z.string().nullable() }),
  ),
  events: z.array(unitEventDto),
  mergedInto: unitRefDto.nullable(),
  /** Active child units today. */
  childCount: z.number().int(),
  /** What the caller may do here (the web hides buttons accordingly; the server checks anyway). */
  canWrite: z.boolean(),
  canWritePeople: z.boolean(),
});

export const mergeUnitsResponse = z.object({
  eventId: z.number().int(),
  target: unitDto,
  mergedUnitIds: z.array(z.number().int()),
  movedUnitCount: z.number().int(),
  movedPeopleCount: z.number().int(),
});

export type UnitListQuery = z.infer<typeof unitListQuery>;
export type CreateUnitBody = z.infer<typeof createUnitBody>;
export type UpdateUnitBody = z.infer<typeof updateUnitBody>;
export type MoveUnitBody = z.infer<typeof moveUnitBody>;
export type MergeUnitsBody = z.infer<typeof mergeUnitsBody>;
export type UnitDto = z.infer<typeof unitDto>;
export type UnitListResponse = z.infer<typeof unitListResponse>;
export type UnitRefDto = z.infer<typeof unitRefDto>;
export type UnitEventDto = z.infer<typeof unitEventDto>;
export type UnitDetailResponse = z.infer<typeof unitDetailResponse>;
export type MergeUnitsResponse = z.infer<typeof mergeUnitsResponse>;
