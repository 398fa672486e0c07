import { z } from 'zod';
import { registrationStatuses } from '../registrations/registration-labels';
import { cellStates } from './dashboard-labels';

export const dashboardQuery = z.strictObject({
  period: z
    .string()
    .regex(/^\d{4}$/, 'Kỳ phải là năm, dạng «2024»')
    .optional(),
});
export type DashboardQuery = z.infer<typeof dashboardQuery>;

const unit = z.object({ id: z.number(), code: z.string().nullable(), name: z.string(), kind: z.string() });

export const dashboardResponse = z.object({
  movementId: z.number(),
  year: z.number(),
  /** True when the reader sees every unit's row (their scope covers the movement's owner). */
  fullView: z.boolean(),
  visibilityNote: z.string(),
  criteria: z.array(z.object({ key: z.string(), label: z.string() })),
  progress: z.array(z.object({ unit, status: z.enum(registrationStatuses), submitted: z.number(), criteriaCount: z.number() })),
  heatmap: z.array(z.object({ unit, cells: z.array(z.enum(cellStates)) })),
  ranking: z.array(
    z.object({
      key: z.string(),
      parent: z.object({ id: z.number().nullable(), name: z.string().nullable() }),
      kind: z.string(),
      size: z.number(),
      rows: z.array(
        z.object({
          unit,
          metCount: z.number(),
          total: z.number(),
          score100: z.number(),
          band: z.string(),
          bandLabel: z.string(),
          rank: z.number(),
          of: z.number(),
          tied: z.boolean(),
          label: z.string(),
        }),
      ),
    }),
  ),
  formula: z.object({
    text: z.string(),
    weights: z.array(z.object({ key: z.string(), label: z.string(), rule: z.string(), possible: z.number() })),
    bands: z.string(),
  }),
});
export type DashboardResponse = z.infer<typeof dashboardResponse>;
