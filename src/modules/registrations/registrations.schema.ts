import { z } from 'zod';
import { unitRefDto } from '../movements/movements.schema';
import { titleCodeSchema } from '../standards/rule.schema';
import { entrySubjectLabels, entrySubjects, registrationStatusLabels, registrationStatuses, type RegistrationStatus } from './registration-labels';

export { entrySubjectLabels, entrySubjects, registrationStatusLabels, registrationStatuses, type RegistrationStatus };

export const registrationStatusSchema = z.enum(registrationStatuses);
const id = (what: string) => z.number({ error: `Chưa chọn ${what}` }).int(`${what} không hợp lệ`).positive(`${what} không hợp lệ`);

export const registrationIdParam = z.strictObject({ id: z.coerce.number({ error: 'Mã bản đăng ký phải là số' }).int().positive() });

export const entryInput = z.strictObject({
  subject: z.enum(entrySubjects, { error: 'Đối tượng phải là tập thể hoặc cá nhân' }),
  personId: id('cá nhân').nullable().default(null),
  targetTitle: titleCodeSchema,
  commitment: z.string().trim().max(2000, 'Cam kết tối đa 2000 ký tự').nullable().default(null),
});

export const saveRegistrationBody = z.strictObject({
  movementId: id('phong trào'),
  unitId: id('đơn vị đăng ký'),
  commitments: z.string().trim().max(8000, 'Cam kết tối đa 8000 ký tự').default(''),
  entries: z.array(entryInput).max(1000, 'Tối đa 1000 dòng đăng ký').default([]),
  /** The revision the client last read; required once the registration exists (stale → 409). */
  revision: z.number().int().positive().optional(),
});
export type SaveRegistrationBody = z.infer<typeof saveRegistrationBody>;

export const returnBody = z.strictObject({
  reason: z.string({ error: 'Chưa nhập lý do trả lại' }).trim().min(1, 'Chưa nhập lý do trả lại').max(2000, 'Lý do tối đa 2000 ký tự'),
});
export type ReturnBody = z.infer<typeof returnBody>;

const userRef = z.object({ id: z.number(), fullName: z.string() }).nullable();

export const registrationEntryDto = z.object({
  id: z.number(),
  subject: z.enum(entrySubjects),
  person: z.object({ id: z.number(), fullName: z.string(), position: z.string().nullable() }).nullable(),
  targetTitle: titleCodeSchema,
  commitment: z.string().nullable(),
});

export const registrationDto = z.object({
  id: z.number(),
  movementId: z.number(),
  unit: unitRefDto,
  status: registrationStatusSchema,
  commitments: z.string(),
  returnReason: z.string().nullable(),
  revision: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  submittedBy: userRef,
  decidedAt: z.string().nullable(),
  decidedBy: userRef,
  entries: z.array(registrationEntryDto),
  /** What the reader may do now (the server checks again on every request). */
  can: z.object({ edit: z.boolean(), submit: z.boolean(), decide: z.boolean() }),
});
export type RegistrationDto = z.infer<typeof registrationDto>;

export const registrationListItemDto = z.object({
  unit: unitRefDto,
  /** chua_gui also for a unit that has not started its registration (registration null). */
  status: registrationStatusSchema,
  registration: z
    .object({
      id: z.number(),
      revision: z.number(),
      submittedAt: z.string().nullable(),
      decidedAt: z.string().nullable(),
      collectiveTitle: titleCodeSchema.nullable(),
      individualCount: z.number(),
    })
    .nullable(),
});

export const registrationListResponse = z.object({
  movementId: z.number(),
  items: z.array(registrationListItemDto),
  /** Units expected to register (or registered) that the reader may see, by status. */
  summary: z.object({ total: z.number(), chua_gui: z.number(), cho_duyet: z.number(), tra_lai: z.number(), da_duyet: z.number() }),
  can: z.object({ decide: z.boolean() }),
});
export type RegistrationListResponse = z.infer<typeof registrationListResponse>;
export type RegistrationListItemDto = z.infer<typeof registrationListItemDto>;
