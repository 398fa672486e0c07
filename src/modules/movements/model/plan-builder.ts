import { planContentSchema, type PlanContent, type PlanContentInput } from './plan-content.schema';

/**
 * The smallest valid plan for an issuing unit: header, title, period. Used by the UI's "new plan",
 * by cascade prefill and by test factories; everything else is filled in afterwards.
 */
export function blankPlan(input: { issuerName: string; parentBody?: string | null; title: string; year?: number } & Partial<PlanContentInput>): PlanContent {
  const { issuerName, parentBody = null, title, year, ...rest } = input;
  return planContentSchema.parse({
    header: { parentBody, issuerName, signer: { title: 'CHỦ TỊCH' } },
    title,
    period: { start: { kind: 'on_issue' }, end: year ? `${year}-12-31` : null },
    subjects: {},
    standards: {},
    cascade: {},
    ...rest,
  });
}
