import { z } from 'zod';
import { isoDate, optionalText, yearField } from './subjects';
import { recognitionLevels } from './vocab';

export const recognitionLevelSchema = z.enum(recognitionLevels, { error: 'Cấp công nhận phải là cấp cơ sở, cấp tỉnh hoặc toàn quốc' });

const author = z.strictObject({
  personId: z.number({ error: 'Chưa chọn tác giả' }).int().positive(),
  share: z.number({ error: 'Tỷ lệ đóng góp phải là số' }).gt(0, 'Tỷ lệ đóng góp phải lớn hơn 0%').max(100, 'Tỷ lệ đóng góp tối đa 100%'),
});

/** Shares are percentages of the authorship; together they make 100 % (to the hundredth). */
export const initiativeBody = z
  .strictObject({
    unitId: z.number({ error: 'Chưa chọn đơn vị' }).int().positive(),
    title: z.string({ error: 'Chưa nhập tên sáng kiến' }).trim().min(1, 'Chưa nhập tên sáng kiến').max(500, 'Tên sáng kiến tối đa 500 ký tự'),
    summary: optionalText('Tóm tắt', 4000),
    year: yearField,
    recognitionLevel: recognitionLevelSchema.nullable().default(null),
    councilName: optionalText('Hội đồng công nhận', 300),
    decisionNumber: optionalText('Số quyết định công nhận', 100),
    decisionDate: isoDate('Ngày công nhận').nullable().default(null),
    authors: z.array(author, { error: 'Danh sách tác giả không hợp lệ' }).min(1, 'Sáng kiến phải có ít nhất một tác giả').max(30, 'Tối đa 30 tác giả'),
  })
  .superRefine((b, ctx) => {
    for (const p of initiativeProblems(b)) ctx.addIssue({ code: 'custom', path: [p.field], message: p.message });
  });
export type InitiativeBody = z.infer<typeof initiativeBody>;

export function initiativeProblems(b: {
  recognitionLevel: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  authors: { personId: number; share: number }[];
}): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  if (b.recognitionLevel !== null) {
    if (!b.decisionNumber) out.push({ field: 'decisionNumber', message: 'Sáng kiến đã được công nhận phải có số quyết định công nhận' });
    if (!b.decisionDate) out.push({ field: 'decisionDate', message: 'Sáng kiến đã được công nhận phải có ngày công nhận' });
  } else if (b.decisionNumber || b.decisionDate) {
    out.push({ field: 'recognitionLevel', message: 'Có quyết định công nhận thì phải chọn cấp công nhận' });
  }
  const ids = b.authors.map((a) => a.personId);
  if (new Set(ids).size !== ids.length) out.push({ field: 'authors', message: 'Một tác giả được ghi hai lần' });
  const total = b.authors.reduce((s, a) => s + a.share, 0);
  if (b.authors.length > 0 && Math.abs(total - 100) > 0.01) {
    out.push({ field: 'authors', message: `Tổng tỷ lệ đóng góp của các tác giả phải là 100% (đang là ${total.toLocaleString('vi-VN', { maximumFractionDigits: 2 })}%)` });
  }
  return out;
}

export const initiativeDto = z.object({
  id: z.number(),
  unit: z.object({ id: z.number(), code: z.string(), name: z.string() }),
  title: z.string(),
  summary: z.string().nullable(),
  year: z.number(),
  recognitionLevel: recognitionLevelSchema.nullable(),
  recognitionLevelName: z.string().nullable(),
  councilName: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  authors: z.array(z.object({ personId: z.number(), fullName: z.string(), unitName: z.string(), share: z.number() })),
  updatedAt: z.string(),
  editable: z.boolean(),
});
export type InitiativeDto = z.infer<typeof initiativeDto>;
export const initiativeListResponse = z.object({ items: z.array(initiativeDto) });
export type InitiativeListResponse = z.infer<typeof initiativeListResponse>;
