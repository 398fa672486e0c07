import type { Db } from '../../db/database';
import { escapeLike } from '../../lib/text';
import { contentInForce } from '../movements/cascade/cascade.queries';
import type { PlanContent } from '../movements/model/plan-content.schema';
import type { IndexCode } from './index-rules';
import { indexCriterionValue, type IndexDerivedValue } from './index-value-rules';

export type { IndexDerivedValue } from './index-value-rules';

/** A unit's value for a criterion on an index, in the shape of a unit's own result for the year. */
export interface IndexCriterionValue extends IndexDerivedValue {
  unitId: number;
  criterionKey: string;
  /** The year ("2024"): indices are yearly. */
  period: string;
}

/**
 * Values that criteria on an index take from index_scores for the participants of a movement in one
 * year, where the unit has NOT entered a result of its own for that criterion in that year (an
 * entered value always prevails). Participants are the units whose registration is approved;
 * `unitIds` narrows them (the caller's scope). Scoring adds these to the entered results: the
 * dashboard, the results list and the appraiser read the same values, each with its sourceText.
 */
export async function indexValuesFor(db: Db, movementId: number, year: number, opts: { unitIds?: readonly number[] } = {}): Promise<IndexCriterionValue[]> {
  const content = (await contentInForce(db, movementId)) as PlanContent;
  const criteria = content.criteria.filter((c) => c.index !== null && c.appliesTo !== 'individual');
  if (criteria.length === 0 || (opts.unitIds !== undefined && opts.unitIds.length === 0)) return [];

  let regs = db.selectFrom('registrations').select('unit_id').where('movement_id', '=', movementId).where('status', '=', 'da_duyet');
  if (opts.unitIds !== undefined) regs = regs.where('unit_id', 'in', [...opts.unitIds]);
  const codes = [...new Set(criteria.map((c) => c.index!))];
  const [scores, entered] = await Promise.all([
    db
      .selectFrom('index_scores')
      .select(['unit_id', 'index_code', 'score', 'rank', 'rank_of', 'band', 'source'])
      .where('year', '=', year)
      .where('index_code', 'in', codes)
      .where('unit_id', 'in', regs)
      .execute(),
    db
      .selectFrom('results')
      .select(['unit_id', 'criterion_key'])
      .distinct()
      .where('movement_id', '=', movementId)
      .where('person_id', 'is', null)
      .where('period', 'like', `${escapeLike(String(year))}%`)
      .where('criterion_key', 'in', criteria.map((c) => c.key))
      .execute(),
  ]);
  if (scores.length === 0) return [];
  const has = new Set(entered.map((e) => `${e.unit_id}:${e.criterion_key}`));
  const out: IndexCriterionValue[] = [];
  for (const s of scores) {
    const recorded = {
      unitId: s.unit_id,
      year,
      index: s.index_code as IndexCode,
      score: s.score === null ? null : Number(s.score),
      rank: s.rank,
      rankOf: s.rank_of,
      band: s.band,
      source: s.source,
    };
    for (const c of criteria) {
      if (c.index !== recorded.index || has.has(`${s.unit_id}:${c.key}`)) continue;
      const derived = indexCriterionValue(c.target, recorded);
      if (derived) out.push({ unitId: s.unit_id, criterionKey: c.key, period: String(year), ...derived });
    }
  }
  return out.sort((a, b) => a.unitId - b.unitId || (a.criterionKey < b.criterionKey ? -1 : a.criterionKey > b.criterionKey ? 1 : 0));
}

/**
 * The same values in the shape of dashboards.queries.ts yearResults ([unitId, criterionKey, period,
 * value]), so the dashboard appends them to the year's entered results: `[...rows, ...tuples]`.
 */
export async function indexResultTuples(db: Db, movementId: number, year: number): Promise<[number, string, string, IndexCriterionValue['value']][]> {
  return (await indexValuesFor(db, movementId, year)).map((v) => [v.unitId, v.criterionKey, v.period, v.value]);
}
