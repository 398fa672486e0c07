import { seed000 } from './seed-000';
import type { SeedPlan } from './types';

export type { SeedPlan, SeedUnitCodes } from './types';

/** The five seed plans of ../shared/seeds/, in file order. Append new seeds at the end of the list. */
export const seedPlans: SeedPlan[] = [
  seed000,
];
