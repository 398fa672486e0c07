import { z } from 'zod';
import { indexCodeSchema } from '../movements/model/vocab';
import { indexProblems, type IndexCode } from './index-rules';

const id = (what: string) => z.coerce.number({ error: `${what} phải là số` }).int(`${what} phải là số nguyên`).positive(`${what} phải là số dương`);
const year = z.number({ error: 'Năm phải là số' }).int('Năm phải là số nguyên').min(2000, 'Năm phải từ 2000').max(2100, 'Năm không được quá 2100');

// ---- requests ----
export const indexListQuery = z.strictObject({
  unitId: id('Mã đơn vị').optional(),
  year: z.coerce.number({ error: 'Năm phải là số' }).int('Năm phải là số nguyên').min(2000, 'Năm phải từ 2000').max(2100, 'Năm không được quá 2100').optional(),
  index: indexCodeSchema.optional(),
});
export type IndexListQuery = z.infer<typeof indexListQuery>;

const rankNumber = (what: string) => z.number({ error: `${what} phải là số` }).int(`${what} phải là số nguyên`).min(1, `${what} nhỏ nhất là 1`);

/** One unit's result on one index for one year; saving it again replaces it. */
export const indexScoreBody = z
  .strictObject({
    unitId: z.number({ error: 'Chưa chọn đơn vị' }).int().positive(),
    year,
    index: indexCodeSchema,
    score: z.number({ error: 'Điểm phải là số' }).nullable().default(null),
    rank: rankNumber('Thứ hạng').nullable().default(null),
    rankOf: rankNumber('Tổng số').nullable().default(null),
    band: z.string({ error: 'Xếp loại phải là văn bản' }).trim().max(50, 'Xếp loại tối đa 50 ký tự').transform((s) => s || null).nullable().default(null),
    source: z.string({ error: 'Nguồn phải là văn bản' }).trim().max(500, 'Nguồn tối đa 500 ký tự').transform((s) => s || null).nullable().default(null),
  })
  .superRefine((b, ctx) => {
    for (const p of indexProblems(b.index as IndexCode, b)) ctx.addIssue({ code: 'custom', path: [p.field], message: p.message });
  });
export type IndexScoreBody = z.infer<typeof indexScoreBody>;

export const indexScoreIdParam = z.strictObject({ id: id('Mã kết quả chỉ số') });

// ---- responses ----
export const indexScoreDto = z.object({
  id: z.number(),
  unit: z.object({ id: z.number(), code: z.string(), name: z.string(), kind: z.string() }),
  year: z.number(),
  index: indexCodeSchema,
  indexName: z.string(),
  score: z.number().nullable(),
  rank: z.number().nullable(),
  rankOf: z.number().nullable(),
  band: z.string().nullable(),
  source: z.string().nullable(),
  recordedAt: z.string(),
  /** False for the scores of units above the actor's scope, shown read-only. */
  editable: z.boolean(),
});
export type IndexScoreDto = z.infer<typeof indexScoreDto>;

export const indexListResponse = z.object({ items: z.array(indexScoreDto) });
export type IndexListResponse = z.infer<typeof indexListResponse>;

export const indexImportResult = z.object({
  total: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
});
export type IndexImportResult = z.infer<typeof indexImportResult>;
