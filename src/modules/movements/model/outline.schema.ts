import { z } from 'zod';

/**
 * How the plan is laid out when printed: its sections with the numbering the issuer used
 * ("I.", "1.", "a)") and, in each, which structured elements appear and in what order.
 * Elements stay data; the outline only places them, so a plan prints back as it was written.
 */
export const listKinds = [
  'purposes',
  'requirements',
  'goals',
  'contents',
  'solutions',
  'criteria',
  'standards.collective',
  'standards.individual',
  'awards',
  'quotas',
  'dossier',
  'deadlines',
  'responsibilities',
] as const;
export type ListKind = (typeof listKinds)[number];
export const listKindSchema = z.enum(listKinds, { error: 'Danh mục không hợp lệ' });

export const fieldKinds = ['theme', 'slogan', 'period', 'subjects', 'subjects.collective', 'subjects.individual', 'funding', 'dossier.copies', 'dossier.formNote', 'criteriaIntro'] as const;
export type FieldKind = (typeof fieldKinds)[number];

export const blockSchema = z.discriminatedUnion(
  'kind',
  [
    /** Every element of a list, in order. */
    z.strictObject({ kind: z.literal('list'), list: listKindSchema }),
    /** One element of a list, by key. */
    z.strictObject({ kind: z.literal('element'), list: listKindSchema, key: z.string().min(1) }),
    /** A single-valued field of the plan. */
    z.strictObject({ kind: z.literal('field'), field: z.enum(fieldKinds, { error: 'Trường không hợp lệ' }) }),
    /** Prose as written; `refs` names the elements it states ("deadlines:nop-xa"). */
    z.strictObject({
      kind: z.literal('text'),
      label: z.string().trim().max(20).nullable().default(null),
      text: z.string().trim().min(1, 'Đoạn văn không được để trống').max(20_000),
      italic: z.boolean().default(false),
      refs: z.array(z.string().regex(/^[a-z.]+:[a-z0-9_.-]+$/, 'Tham chiếu không hợp lệ')).max(20).default([]),
    }),
  ],
  { error: 'Loại khối nội dung không hợp lệ' },
);
export type Block = z.infer<typeof blockSchema>;

export type Section = { number: string | null; heading: string | null; inline: boolean; blocks: Block[]; children: Section[] };
export const sectionSchema: z.ZodType<Section, unknown> = z.lazy(() =>
  z.strictObject({
    number: z.string().trim().max(20).nullable().default(null),
    heading: z.string().trim().max(1000).nullable().default(null),
    /** "1. Chủ đề thi đua: <text>" — the first block continues the heading's line. */
    inline: z.boolean().default(false),
    blocks: z.array(blockSchema).max(200).default([]),
    children: z.array(sectionSchema).max(50).default([]),
  }),
) as z.ZodType<Section, unknown>;
