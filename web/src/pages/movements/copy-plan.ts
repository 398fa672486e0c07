import type { PlanContent } from '../../api/movements';

/**
 * A new draft from an existing plan — what offices do each year in Word: last year's plan with the
 * number and date cleared (they are given on issue) and a fresh start. Criteria, awards and deadlines
 * keep their keys so the next version's diff stays readable.
 */
export function copyAsNewPlan(content: PlanContent): PlanContent {
  const clearHeader = (h: PlanContent['header']): PlanContent['header'] => ({ ...h, number: null, issuedOn: null });
  return {
    ...content,
    header: clearHeader(content.header),
    decision: content.decision ? { ...content.decision, header: clearHeader(content.decision.header) } : null,
  };
}
