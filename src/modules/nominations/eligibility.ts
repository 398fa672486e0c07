import type { Db } from '../../db/database';
import { engineSettingsFor, standardsWithPlan } from '../commendation/catalogue';
import { loadFacts } from '../commendation-inputs/load-facts';
import type { PlanContent } from '../movements/model/plan-content.schema';
import { evaluate } from '../standards/engine';
import type { EligibilityDto } from './nominations.schema';

export interface EligibilityInput {
  subject_kind: string;
  person_id: number | null;
  unit_id: number;
  nominee_name: string;
  catalogue_code: string;
  movement_id: number;
}

/** pass → eligible; only qualitative clauses left (cần xem xét) → null, the council judges; fail or no data → not eligible. */
export const eligibleOf = (status: string): boolean | null => (status === 'pass' ? true : status === 'pending' ? null : false);

/**
 * The standards engine on one nominee for the batch year: the catalogue's standards for the award
 * and the plan's standards for the subject kind, with the facts the database holds for that year.
 */
export async function evaluateNominee(db: Db, n: EligibilityInput, year: number, content: Pick<PlanContent, 'standards' | 'header'>): Promise<EligibilityDto> {
  const subject = n.subject_kind === 'individual' ? 'individual' : 'collective';
  const date = `${year}-12-31`;
  const plan = content.standards[subject].map((s) => ({ key: s.key, text: s.text, rule: s.rule }));
  const planSource = content.header.number ? `Kế hoạch số ${content.header.number}` : 'Kế hoạch của phong trào';
  const rules = standardsWithPlan(n.catalogue_code, date, plan, planSource, { subject });
  const id = subject === 'individual' ? n.person_id! : n.unit_id;
  const facts = await loadFacts(db, { kind: subject, id }, year, { movementId: n.movement_id });
  const ev = evaluate(rules, { kind: subject, id, name: n.nominee_name }, year, facts, engineSettingsFor(date));
  return { status: ev.status, eligible: eligibleOf(ev.status), year, catalogueCode: n.catalogue_code, evaluatedAt: new Date().toISOString(), trace: ev.trace };
}
