import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');

export const auditQuery = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  userId: z.coerce.number().int().positive().optional(),
  entity: z.string().max(50).optional(),
  entityId: z.string().max(50).optional(),
  action: z.string().max(80).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const auditEntryDto = z.object({
  id: z.number().int(),
  at: z.string(),
  userId: z.number().int().nullable(),
  userName: z.string().nullable(),
  action: z.string(),
  actionLabel: z.string(),
  entity: z.string(),
  entityLabel: z.string(),
  entityId: z.string().nullable(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
});

export const auditListResponse = z.object({ items: z.array(auditEntryDto), total: z.number().int() });

const option = z.object({ value: z.string(), label: z.string() });
export const auditFiltersResponse = z.object({
  entities: z.array(option),
  actions: z.array(option),
  users: z.array(z.object({ id: z.number().int(), name: z.string() })),
});

export type AuditQuery = z.infer<typeof auditQuery>;
export type AuditEntryDto = z.infer<typeof auditEntryDto>;
export type AuditListResponse = z.infer<typeof auditListResponse>;
export type AuditFiltersResponse = z.infer<typeof auditFiltersResponse>;
