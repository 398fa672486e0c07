import { z } from 'zod';
import { planStateLabels, planStates, timelinessLabels, timelinessValues } from './cascade-labels';

export { planStateLabels, planStates, timelinessLabels, timelinessValues };
import { movementStatusSchema, unitRefDto } from '../movements.schema';

export const createChildBody = z.strictObject({
  ownerUnitId: z.number({ error: 'Chưa chọn đơn vị xây dựng kế hoạch' }).int().positive(),
});
export type CreateChildBody = z.infer<typeof createChildBody>;


/** One movement below, in tree order (parent before its children); `depth` 1 = made directly from this one. */
export const cascadeNodeDto = z.object({
  id: z.number(),
  parentMovementId: z.number(),
  depth: z.number(),
  title: z.string(),
  status: movementStatusSchema,
  number: z.string().nullable(),
  issuedOn: z.string().nullable(),
  owner: unitRefDto,
});
export type CascadeNodeDto = z.infer<typeof cascadeNodeDto>;

export const cascadeUnitDto = z.object({
  unit: /* @__PURE__ */ unitRefDto.extend({ parentId: z.number().nullable() }),
  plan: z.object({ state: z.enum(planStates), movementId: z.number().nullable(), issuedOn: z.string().nullable() }),
  dueOn: z.string().nullable(),
  timeliness: z.enum(timelinessValues),
  late: z.boolean(),
});
export type CascadeUnitDto = z.infer<typeof cascadeUnitDto>;

export const cascadeResponse = z.object({
  movementId: z.number(),
  /** The deadline the lower units' plans are due by, from the plan's cascade settings. */
  deadline: z.object({ key: z.string(), title: z.string(), dueOn: z.string().nullable() }).nullable(),
  today: z.string(),
  tree: z.array(cascadeNodeDto),
  /** Units expected to issue their own plan, among those the reader may see. */
  units: z.array(cascadeUnitDto),
  summary: z.object({ expected: z.number(), issued: z.number(), draft: z.number(), none: z.number(), late: z.number() }),
});
export type CascadeResponse = z.infer<typeof cascadeResponse>;
