import { z } from 'zod';

const unit = z.object({ id: z.number(), code: z.string().nullable(), name: z.string(), kind: z.string() });

export const scorecardResponse = z.object({
  unit,
  years: z.array(
    z.object({
      year: z.number(),
      movements: z.array(
        z.object({
          movement: z.object({ id: z.number(), title: z.string() }),
          basis: z.enum(['appraised', 'results']),
          total: z.number(),
          score100: z.number(),
          band: z.string(),
          bandLabel: z.string(),
          rank: z.number(),
          of: z.number(),
          label: z.string(),
        }),
      ),
      indices: z.array(
        z.object({ code: z.string(), label: z.string(), score: z.number().nullable(), rank: z.number().nullable(), rankOf: z.number().nullable(), band: z.string().nullable() }),
      ),
    }),
  ),
  /** False when the reader may read the unit's movements but not its index scores. */
  indicesShown: z.boolean(),
});
export type ScorecardResponse = z.infer<typeof scorecardResponse>;
