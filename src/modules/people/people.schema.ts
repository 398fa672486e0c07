import { z } from 'zod';
import { isoDate, queryBoolean } from '../units/units.schema';
import { genderSchema, personCategorySchema } from './person-fields';

const fullName = z
  .string({ error: 'Họ và tên phải là chuỗi ký tự' })
  .trim()
  .min(1, 'Vui lòng nhập họ và tên')
  .max(200, 'Họ và tên tối đa 200 ký tự');
// Checked when the request arrives, not when the server started (a server may run past New Year).
const birthYear = z
  .number({ error: 'Năm sinh phải là số' })
  .int('Năm sinh phải là số nguyên')
  .min(1900, 'Năm sinh không được trước 1900')
  .refine((y) => y <= new Date().getFullYear(), 'Năm sinh không được sau năm hiện tại');
const position = z.string({ error: 'Chức vụ phải là chuỗi ký tự' }).trim().max(200, 'Chức vụ tối đa 200 ký tự');
const unitRef = z.number({ error: 'Mã đơn vị phải là số' }).int().positive();

// ---- requests ----

export const peopleListQuery = z.strictObject({
  /** Matched ignoring diacritics and case: "nguyen van" finds "Nguyễn Văn". */
  q: z.string().trim().max(200, 'Từ khóa tối đa 200 ký tự').optional(),
  unitId: z.coerce.number({ error: 'Mã đơn vị phải là số' }).int().positive().optional(),
  /** With unitId: also people of its subunits (default true). */
  includeSubunits: queryBoolean.default(true),
  category: personCategorySchema.optional(),
  /** Also people no longer followed (deactivated). Default false. */
  includeInactive: queryBoolean.default(false),
  limit: z.coerce.number({ error: 'Số dòng phải là số' }).int().min(1).max(500).default(50),
  offset: z.coerce.number({ error: 'Vị trí bắt đầu phải là số' }).int().min(0).default(0),
});

export const createPersonBody = z.strictObject({
  fullName,
  gender: genderSchema.nullable().optional(),
  birthYear: birthYear.nullable().optional(),
  unitId: unitRef,
  position: position.nullable().optional(),
  category: personCategorySchema,
  isUnitHead: z.boolean({ error: 'Người đứng đầu phải là true hoặc false' }).optional(),
});

/** Only the fields sent are changed; a change of unit is a transfer (POST /people/:id/transfer). */
export const updatePersonBody = z
  .strictObject({
    fullName: fullName.optional(),
    gender: genderSchema.nullable().optional(),
    birthYear: birthYear.nullable().optional(),
    position: position.nullable().optional(),
    category: personCategorySchema.optional(),
    isUnitHead: z.boolean({ error: 'Người đứng đầu phải là true hoặc false' }).optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { path: [], message: 'Không có thông tin nào cần cập nhật' });

export const transferPersonBody = z.strictObject({
  toUnitId: unitRef,
  effectiveDate: isoDate,
  reason: z.string({ error: 'Lý do phải là chuỗi ký tự' }).trim().max(500, 'Lý do tối đa 500 ký tự').optional(),
});

// ---- responses ----

export const personDto = z.object({
  id: z.number().int(),
  fullName: z.string(),
  gender: z.string().nullable(),
  genderLabel: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  unitId: z.number().int(),
  unitName: z.string(),
  position: z.string().nullable(),
  category: z.string(),
  categoryLabel: z.string(),
  isUnitHead: z.boolean(),
  active: z.boolean(),
});

export const peopleListResponse = z.object({
  /** Ordered by name folded for search (search_key, byte order), then id: stable on both engines. */
  items: z.array(personDto),
  total: z.number().int(),
});

export const personTransferDto = z.object({
  id: z.number().int(),
  fromUnitId: z.number().int().nullable(),
  fromUnitName: z.string().nullable(),
  toUnitId: z.number().int(),
  toUnitName: z.string(),
  effectiveDate: z.string(),
  reason: z.string().nullable(),
  createdAt: z.string(),
});

export const personDetailResponse = personDto.extend({
  unitCode: z.string(),
  /** Names from the root down to the person's unit, e.g. ["Huyện Trà Bồng", "Xã Trà Lâm"]. */
  unitPath: z.array(z.object({ id: z.number().int(), name: z.string() })),
  /** Oldest first. */
  transfers: z.array(personTransferDto),
  canWrite: z.boolean(),
});

export type PeopleListQuery = z.infer<typeof peopleListQuery>;
export type CreatePersonBody = z.infer<typeof createPersonBody>;
export type UpdatePersonBody = z.infer<typeof updatePersonBody>;
export type TransferPersonBody = z.infer<typeof transferPersonBody>;
export type PersonDto = z.infer<typeof personDto>;
export type PeopleListResponse = z.infer<typeof peopleListResponse>;
export type PersonTransferDto = z.infer<typeof personTransferDto>;
export type PersonDetailResponse = z.infer<typeof personDetailResponse>;
