import { z } from 'zod';
import { registrationStatuses } from '../registrations/registration-labels';
import { cellStates, overdueKinds } from './dashboard-labels';

export const dashboardQuery = z.strictObject({
  period: z
    .string()
    .regex(/^\d{4}$/, 'Kỳ phải là năm, dạng «2024»')
    .optional(),
  /** The self-score gap rule's settings (scoring's defaultGapSettings when left out). */
  gapThreshold: z.coerce.number({ error: 'Ngưỡng chênh lệch phải là số' }).min(0, 'Ngưỡng chênh lệch không được âm').max(1000).optional(),
  gapSdFactor: z.coerce.number({ error: 'Hệ số độ lệch chuẩn phải là số' }).min(0, 'Hệ số độ lệch chuẩn không được âm').max(10).optional(),
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
  /** What the ranking totals are: appraised points of a locked period, or the reported results. */
  basis: z.enum(['appraised', 'results']),
  basisNote: z.string(),
  appraisedPeriod: z.string().nullable(),
  gaps: z.object({
    period: z.string().nullable(),
    settings: z.object({ threshold: z.number(), sdFactor: z.number().nullable(), source: z.string() }),
    rows: z.array(
      z.object({ unit, group: z.string(), self: z.number(), appraised: z.number(), gap: z.number(), runsHigh: z.boolean(), why: z.array(z.string()) }),
    ),
  }),
  overdue: z.array(z.object({ unit, kind: z.enum(overdueKinds), kindLabel: z.string(), dueOn: z.string(), detail: z.string() })),
  formula: z.object({
    text: z.string(),
    weights: z.array(z.object({ key: z.string(), label: z.string(), rule: z.string(), possible: z.number() })),
    bands: z.string(),
  }),
});
export type DashboardResponse = z.infer<typeof dashboardResponse>;
