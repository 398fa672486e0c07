import { z } from 'zod';
import { optionalText, subjectDto, subjectFields, subjectProblems, yearField } from './subjects';
import { ratingCodes } from './vocab';

export const ratingCodeSchema = z.enum(ratingCodes, { error: 'Xếp loại phải là một trong: HTXSNV, HTTNV, HTNV, KHTNV' });

/** One person's or unit's rating for one year; saving it again replaces it. */
export const ratingBody = z
  .strictObject({
    ...subjectFields,
    year: yearField,
    rating: ratingCodeSchema,
    source: optionalText('Căn cứ', 500),
  })
  .superRefine((b, ctx) => {
    for (const p of subjectProblems(b)) ctx.addIssue({ code: 'custom', path: [p.field], message: p.message });
  });
export type RatingBody = z.infer<typeof ratingBody>;

export const ratingDto = z.object({
  id: z.number(),
  subject: subjectDto,
  year: z.number(),
  rating: ratingCodeSchema,
  ratingName: z.string(),
  source: z.string().nullable(),
  recordedAt: z.string(),
  editable: z.boolean(),
});
export type RatingDto = z.infer<typeof ratingDto>;
export const ratingListResponse = z.object({ items: z.array(ratingDto) });
export type RatingListResponse = z.infer<typeof ratingListResponse>;

export const importResult = z.object({ total: z.number(), created: z.number(), updated: z.number(), unchanged: z.number() });
export type ImportResult = z.infer<typeof importResult>;
