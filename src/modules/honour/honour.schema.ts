import { z } from 'zod';

// The public honour board (bảng vinh danh): what anyone may read without signing in. Only what a
// decision publishes: names, units, the award, its decision and the achievement. Never birth year,
// gender, position, ids of people or prize money.

const id = (what: string) => z.coerce.number({ error: `${what} phải là số` }).int().positive(`${what} phải là số dương`);
const year = z.coerce.number({ error: 'Năm phải là số' }).int().min(2000, 'Năm phải từ 2000 đến 2100').max(2100, 'Năm phải từ 2000 đến 2100');

export const honourQuery = z.strictObject({
  movementId: id('Mã phong trào').optional(),
  year: year.optional(),
});
export type HonourQuery = z.infer<typeof honourQuery>;

export const honourEntry = z.object({
  /** The award row, so a card has a stable key; says nothing about the person. */
  id: z.number(),
  subjectKind: z.enum(['individual', 'collective']),
  /** The person's name, or the collective's. */
  name: z.string(),
  /** The unit the person works in, or the collective itself. */
  unitName: z.string(),
  awardName: z.string(),
  year: z.number(),
  decisionNumber: z.string().nullable(),
  decidedOn: z.string(),
  grantorTitle: z.string().nullable(),
  movementTitle: z.string().nullable(),
  achievement: z.string().nullable(),
});
export type HonourEntry = z.infer<typeof honourEntry>;

export const honourGroup = z.object({ awardName: z.string(), entries: z.array(honourEntry) });

export const honourResponse = z.object({
  groups: z.array(honourGroup),
  total: z.number(),
  /** True when more awards match than one page shows (narrow by movement or year). */
  truncated: z.boolean(),
});
export type HonourResponse = z.infer<typeof honourResponse>;

export const honourFiltersResponse = z.object({
  movements: z.array(z.object({ id: z.number(), title: z.string(), years: z.array(z.number()) })),
  years: z.array(z.number()),
});
export type HonourFiltersResponse = z.infer<typeof honourFiltersResponse>;
