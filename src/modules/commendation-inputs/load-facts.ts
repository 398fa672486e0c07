import type { Db } from '../../db/database';
import { contentInForce } from '../movements/cascade/cascade.queries';
import type { PlanContent } from '../movements/model/plan-content.schema';
import { evaluateTarget, formatResultValue } from '../scoring/criterion-check';
import { ResultValueError, type ResultValue } from '../scoring/result-value';
import type { CriterionFact, StandardsFacts, SubjectFacts } from '../standards/engine/facts';
import { anyOf, loadSubjectLists, personKey, unitKey } from './facts.queries';

export interface FactsNominee {
  kind: 'individual' | 'collective';
  /** A person's id for an individual, a unit's id for a collective. */
  id: number;
}

/** A year's result of a criterion: the whole year's period, else its latest part ("2024-Q4" before "2024-Q1"). */
const periodRank = (period: string, year: number) => (period === String(year) ? 0 : 1);

/** Key of one subject's criteria: its unit, and the person (none for the unit itself). */
export const criteriaKey = (unitId: number, personId: number | null) => `${unitId}:${personId ?? ''}`;

/**
 * The criteria of one movement for many subjects in one query: appraised results are judged against
 * the plan's target; a result not yet appraised is "met: null" (the engine says "cần xem xét").
 */
export async function criteriaFor(
  db: Db,
  movementId: number,
  year: number,
  subjects: readonly { unitId: number; personId: number | null }[],
): Promise<Map<string, Record<string, CriterionFact>>> {
  const out = new Map<string, Record<string, CriterionFact>>();
  for (const s of subjects) out.set(criteriaKey(s.unitId, s.personId), {});
  if (subjects.length === 0) return out;
  const content = (await contentInForce(db, movementId)) as PlanContent;
  const targets = new Map(content.criteria.map((c) => [c.key, c.target]));
  // Traces name a criterion as the plan does ("Chỉ số hài lòng SIPAS"), not by its key.
  const labels = new Map(content.criteria.map((c) => [c.key, c.indicator]));
  const unitIds = [...new Set(subjects.map((s) => s.unitId))];
  const rows = (
    await db
      .selectFrom('results as r')
      .leftJoin('assessments as a', (j) =>
        j.onRef('a.movement_id', '=', 'r.movement_id').onRef('a.unit_id', '=', 'r.unit_id').onRef('a.criterion_key', '=', 'r.criterion_key').onRef('a.period', '=', 'r.period'),
      )
      .select(['r.unit_id', 'r.criterion_key', 'r.period', 'r.value', 'r.person_id', 'a.person_id as a_person', 'a.status'])
      .where('r.movement_id', '=', movementId)
      .where(anyOf('r.unit_id', unitIds))
      .where((eb) => eb.or([eb('r.period', '=', String(year)), eb('r.period', 'like', `${year}-%`)]))
      .execute()
  )
    .filter((r) => (r.a_person === null || r.a_person === r.person_id) && out.has(criteriaKey(r.unit_id, r.person_id)))
    .sort((a, b) => periodRank(a.period, year) - periodRank(b.period, year) || b.period.localeCompare(a.period));
  for (const r of rows) {
    const criteria = out.get(criteriaKey(r.unit_id, r.person_id))!;
    if (criteria[r.criterion_key]) continue;
    const target = targets.get(r.criterion_key);
    if (!target) continue;
    const value = (typeof r.value === 'string' ? JSON.parse(r.value) : r.value) as ResultValue;
    const source = `Kết quả ${r.status === 'da_tham_dinh' ? 'thẩm định' : 'tự đánh giá'} kỳ ${r.period}`;
    const check = evaluateTarget(target, value);
    const shown = formatResultValue(value, target);
    const label = labels.get(r.criterion_key) ?? null;
    if (check instanceof ResultValueError) criteria[r.criterion_key] = { label, met: null, value: shown, reason: check.message, source };
    else criteria[r.criterion_key] = { label, met: r.status === 'da_tham_dinh' ? check.met : null, value: shown, reason: r.status === 'da_tham_dinh' ? check.reason : null, source };
  }
  return out;
}

async function criteriaOf(db: Db, movementId: number, year: number, subject: { unitId: number; personId: number | null }): Promise<Record<string, CriterionFact>> {
  return (await criteriaFor(db, movementId, year, [subject])).get(criteriaKey(subject.unitId, subject.personId))!;
}

async function headOf(db: Db, unitId: number) {
  return db.selectFrom('people').select(['id', 'full_name']).where('unit_id', '=', unitId).where('is_unit_head', '=', true).where('active', '=', true).orderBy('id').executeTakeFirst();
}

/**
 * The facts the standards engine reads for a nominee and a year, gathered from initiatives,
 * discipline, yearly ratings, index scores and (given a movement) its appraised results. An
 * individual brings its unit and that unit's head; a collective brings its head and its members
 * (the active people working directly in it). Titles come from the award history (issued decisions)
 * and, for the judged year, from live nominations ('proposed'). Recorded judgements are not known
 * here: they stay absent, so qualitative clauses wait for the council ("cần xem xét").
 * Many nominees at once: loadFactsBulk (bulk-facts.ts) gives the same facts in a few queries.
 */
export async function loadFacts(db: Db, nominee: FactsNominee, year: number, opts: { movementId?: number } = {}): Promise<StandardsFacts> {
  let unit: { id: number; name: string };
  let person: { id: number; full_name: string } | undefined;
  if (nominee.kind === 'individual') {
    const p = await db.selectFrom('people as p').innerJoin('units as u', 'u.id', 'p.unit_id').select(['p.id', 'p.full_name', 'u.id as unit_id', 'u.name']).where('p.id', '=', nominee.id).executeTakeFirstOrThrow();
    person = p;
    unit = { id: p.unit_id, name: p.name };
  } else {
    unit = await db.selectFrom('units').select(['id', 'name']).where('id', '=', nominee.id).executeTakeFirstOrThrow();
  }
  const head = await headOf(db, unit.id);
  const members = nominee.kind === 'collective' ? await db.selectFrom('people').select(['id', 'full_name']).where('unit_id', '=', unit.id).where('active', '=', true).orderBy('id').execute() : [];
  const personIds = [...new Set([...(person ? [person.id] : []), ...(head ? [head.id] : []), ...members.map((m) => m.id)])];
  const lists = await loadSubjectLists(db, personIds, [unit.id], year);

  const personFacts = (p: { id: number; full_name: string }): SubjectFacts => ({ kind: 'person', id: p.id, name: p.full_name, ...lists.get(personKey(p.id)) });
  const unitFacts: SubjectFacts = { kind: 'unit', id: unit.id, name: unit.name, ...lists.get(unitKey(unit.id)) };
  const self = person ? personFacts(person) : unitFacts;
  if (opts.movementId !== undefined) self.criteria = await criteriaOf(db, opts.movementId, year, { unitId: unit.id, personId: person?.id ?? null });

  return {
    self,
    ownUnit: person ? unitFacts : null,
    leader: head ? personFacts(head) : null,
    ...(nominee.kind === 'collective' ? { members: members.map(personFacts) } : {}),
  };
}
