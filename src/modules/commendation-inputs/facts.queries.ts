import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database';
import type { DisciplineFact, InitiativeFact, MetricFact, PendingFact, RatingFact, SubjectFacts, TitleFact } from '../standards/engine/facts';
import type { ResultValue } from '../scoring/result-value';
import { dmy } from './discipline-period';
import type { FactDisciplineForm } from '../standards/engine/facts';
import type { RatingCode as EngineRating } from '../standards/rule.schema';
import { communityTitleLabels, titleLabels } from '../standards/labels';

/** Whose facts to load: people and units by id. Lists of one kind are keyed "p12" / "u5". */
export type FactKey = `p${number}` | `u${number}`;
export const personKey = (id: number): FactKey => `p${id}`;
export const unitKey = (id: number): FactKey => `u${id}`;

const NONE: never[] = Object.freeze([]) as never[];
export type Lists = Pick<SubjectFacts, 'ratings' | 'initiatives' | 'discipline' | 'pending' | 'metrics' | 'titles'>;

// Ids travel as one array parameter (= any($1)): one bind value however many ids, so a chunk can be large.
const CHUNK = 50_000;
export const chunks = <T>(xs: T[]) => Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK));

/** "QĐ số 12/QĐ-UBND ngày 10/12/2023": where a decided fact came from. */
export const decisionSource = (number: string | null, date: string | null) => (number ? `QĐ số ${number}${date ? ` ngày ${dmy(date)}` : ''}` : date ? `Quyết định ngày ${dmy(date)}` : null);

/**
 * column in (unnest($ids)): the ids as one int[] parameter. Not "= any($ids)": the planner estimates
 * that element by element (tens of ms for 20,000 ids) and then prefers scanning the whole table;
 * unnest is planned in a blink and read by the index, one probe per id.
 */
export const anyOf = (column: string, ids: number[]) => sql<boolean>`${sql.ref(column)} in (select unnest(${ids}::int[]))`;

/** A range of person ids read whole (by index range), for screening a population. */
export interface IdRange {
  from: number;
  to: number;
}
type Filter = (column: string) => RawBuilder<boolean>;

/** The filters that together select the given people: chunks of ids, or a range plus the ids outside it. */
function personFilters(personIds: number[], range: IdRange | undefined): Filter[] {
  if (!range) return chunks(personIds).map((part) => (c: string) => anyOf(c, part));
  const outside = personIds.filter((id) => id < range.from || id > range.to);
  return [(c: string) => sql<boolean>`${sql.ref(c)} between ${range.from} and ${range.to}`, ...chunks(outside).map((part) => (c: string) => anyOf(c, part))];
}
const unitFilters = (unitIds: number[]): Filter[] => chunks(unitIds).map((part) => (c: string) => anyOf(c, part));

/**
 * One index result as the values a plan may set a target on. The band comes first: the engine takes
 * the first metric of an index, and the seed plans' index targets are bands ("PAR Index xếp loại Tốt");
 * SIPAS has no band and is a share of satisfied people, the other scores are points.
 */
function indexValues(r: { index_code: string; score: number | null; band: string | null; rank: number | null; rank_of: number | null }): ResultValue[] {
  const out: ResultValue[] = [];
  if (r.band !== null) out.push({ measure: 'band', band: r.band });
  if (r.score !== null) out.push(r.index_code === 'SIPAS' ? { measure: 'percent', value: Number(r.score) } : { measure: 'score', value: Number(r.score) });
  if (r.rank !== null && r.rank_of !== null) out.push({ measure: 'rank', rank: r.rank, of: r.rank_of });
  return out;
}

/** Catalogue codes that are titles (danh hiệu); awards of other forms (Giấy khen, Bằng khen) are not titles. */
const TITLE_CODES = [...Object.keys(titleLabels), ...Object.keys(communityTitleLabels)];
/** Nominations still in play: proposed, agreed by the council, or forwarded upward (not withdrawn or refused). */
const LIVE_NOMINATION = ['de_nghi', 'dong_y', 'da_chuyen'];

/**
 * Titles held by the given people and units: every award of a title whose decision is issued (an award
 * without a decision is history recorded by hand), and, for `year`, the titles proposed in that year's
 * live nominations (the engine counts them for the judged year only, if its settings allow). A title
 * both granted and proposed for a year is listed once, as granted.
 */
async function loadTitles(db: Db, people: Filter[], units: Filter[], year: number | undefined): Promise<[FactKey, TitleFact][]> {
  const out: [FactKey, TitleFact][] = [];
  const granted = new Set<string>();
  for (const [filters, person] of [[people, true], [units, false]] as const) {
    for (const where of filters) {
      let q = db
        .selectFrom('awards as a')
        .leftJoin('award_decisions as d', 'd.id', 'a.decision_id')
        .select(['a.person_id', 'a.unit_id', 'a.year', 'a.catalogue_code', 'a.decision_number', 'a.decided_on'])
        .where('a.catalogue_code', 'in', TITLE_CODES)
        .where((eb) => eb.or([eb('a.decision_id', 'is', null), eb('d.status', '=', 'da_ban_hanh')]))
        .orderBy('a.year')
        .orderBy('a.id');
      q = person ? q.where(where('a.person_id')) : q.where(where('a.unit_id')).where('a.person_id', 'is', null);
      for (const a of await q.execute()) {
        const key = a.person_id === null ? unitKey(a.unit_id) : personKey(a.person_id);
        granted.add(`${key}:${a.year}:${a.catalogue_code}`);
        out.push([key, { year: a.year, title: a.catalogue_code, status: 'granted', decisionNumber: a.decision_number, decidedOn: a.decided_on, source: decisionSource(a.decision_number, a.decided_on) }]);
      }
      if (year === undefined) continue;
      let n = db
        .selectFrom('nominations as n')
        .innerJoin('nomination_batches as b', 'b.id', 'n.batch_id')
        .select(['n.person_id', 'n.unit_id', 'n.catalogue_code', 'b.submission_number'])
        .where('b.year', '=', year)
        .where('n.status', 'in', LIVE_NOMINATION)
        .where('n.catalogue_code', 'in', TITLE_CODES)
        .orderBy('n.id');
      n = person ? n.where(where('n.person_id')) : n.where(where('n.unit_id')).where('n.person_id', 'is', null);
      for (const r of await n.execute()) {
        const key = r.person_id === null ? unitKey(r.unit_id) : personKey(r.person_id);
        const seen = `${key}:${year}:${r.catalogue_code}`;
        if (granted.has(seen)) continue;
        granted.add(seen);
        const source = r.submission_number ? `Đề nghị cùng đợt, tờ trình số ${r.submission_number}` : 'Đề nghị cùng đợt';
        out.push([key, { year, title: r.catalogue_code, status: 'proposed', decisionNumber: null, decidedOn: null, source }]);
      }
    }
  }
  return out;
}

/**
 * Every year's ratings, recognised initiatives, discipline decisions, pending matters, titles and (for
 * units) index results of the given people and units, as the standards engine reads them. Every subject
 * asked for gets lists, empty when nothing is recorded ("looked, there are none"). Titles are those
 * granted (awards of issued decisions) and, for `year`, those proposed in that year's nominations.
 * `personRange`: the people are (mostly) the ids of this range; their rows are read by range, not id by id.
 */
export async function loadSubjectLists(db: Db, personIds: number[], unitIds: number[], year?: number, personRange?: IdRange): Promise<Map<FactKey, Lists>> {
  const out = new Map<FactKey, Lists>();
  // Most subjects have nothing in most lists: they share one frozen empty list until their first item.
  const empty = () => ({ ratings: NONE, initiatives: NONE, discipline: NONE, pending: NONE, metrics: NONE, titles: NONE }) as Lists;
  for (const id of personIds) out.set(personKey(id), empty());
  for (const id of unitIds) out.set(unitKey(id), empty());
  const keyOf = (personId: number | null, unitId: number): FactKey => (personId === null ? unitKey(unitId) : personKey(personId));
  const push = <K extends keyof Lists>(key: FactKey, list: K, item: NonNullable<Lists[K]>[number]) => {
    const lists = out.get(key);
    if (!lists) return;
    const l = lists[list] as NonNullable<Lists[K]>[number][];
    if (l === NONE) lists[list] = [item] as Lists[K];
    else l.push(item);
  };

  const people = personFilters(personIds, personRange);
  const units = unitFilters(unitIds);
  // Three independent parts, run side by side (a server answers them on several connections; PGlite's
  // one connection takes them in turn). Each fills its own lists, in its own order.
  const ratingsAndDiscipline = async () => {
    for (const [filters, column] of [[people, 'person_id'], [units, 'unit_id']] as const) {
      for (const where of filters) {
        let rq = db.selectFrom('annual_ratings').select(['person_id', 'unit_id', 'year', 'rating', 'source']).where(where(column)).orderBy('year');
        let dq = db.selectFrom('discipline_records').selectAll().where(where(column));
        if (column === 'unit_id') {
          rq = rq.where('person_id', 'is', null);
          dq = dq.where('person_id', 'is', null);
        }
        const [ratingRows, disciplineRows] = await Promise.all([rq.execute(), dq.orderBy('effective_from').orderBy('id').execute()]);
        for (const r of ratingRows) push(keyOf(r.person_id, r.unit_id), 'ratings', { year: r.year, rating: r.rating.toLowerCase() as EngineRating, source: r.source } satisfies RatingFact);
        for (const d of disciplineRows) {
          const key = keyOf(d.person_id, d.unit_id);
          const source = decisionSource(d.decision_number, d.decision_date);
          if (d.kind === 'pending') {
            push(key, 'pending', { kind: d.pending_kind as PendingFact['kind'], since: d.effective_from, resolvedOn: d.effective_to, note: d.note, source } satisfies PendingFact);
          } else {
            push(key, 'discipline', {
              form: d.form as FactDisciplineForm,
              decidedOn: d.decision_date ?? d.effective_from,
              effectiveFrom: d.effective_from,
              effectiveTo: d.effective_to,
              decisionNumber: d.decision_number,
              source,
            } satisfies DisciplineFact);
          }
        }
      }
    }
  };

  const initiative = (i: { id: number; title: string; recognition_level: string | null; decision_date: string | null; council_name: string | null; decision_number: string | null }): InitiativeFact => ({
    id: i.id,
    title: i.title,
    level: i.recognition_level as InitiativeFact['level'],
    recognisedOn: i.decision_date!,
    recognisedBy: i.council_name,
    decisionNumber: i.decision_number,
    source: decisionSource(i.decision_number, i.decision_date),
  });
  const recognised = (q: ReturnType<typeof initiativeQuery>) => q.where('i.recognition_level', 'is not', null);
  const initiativeQuery = (d: Db) => d.selectFrom('initiatives as i').select(['i.id', 'i.unit_id', 'i.title', 'i.recognition_level', 'i.decision_date', 'i.council_name', 'i.decision_number']);
  const initiativesAndScores = async () => {
    for (const where of people) {
      const rows = await recognised(initiativeQuery(db)).innerJoin('initiative_authors as a', 'a.initiative_id', 'i.id').select('a.person_id').where(where('a.person_id')).orderBy('i.decision_date').orderBy('i.id').execute();
      for (const r of rows) push(personKey(r.person_id), 'initiatives', initiative(r));
    }
    for (const part of chunks(unitIds)) {
      for (const r of await recognised(initiativeQuery(db)).where(anyOf('i.unit_id', part)).orderBy('i.decision_date').orderBy('i.id').execute()) push(unitKey(r.unit_id), 'initiatives', initiative(r));
      const scores = await db.selectFrom('index_scores').select(['unit_id', 'year', 'index_code', 'score', 'band', 'rank', 'rank_of', 'source']).where(anyOf('unit_id', part)).orderBy('year').orderBy('index_code').execute();
      for (const s of scores) {
        for (const value of indexValues(s)) push(unitKey(s.unit_id), 'metrics', { index: s.index_code as MetricFact['index'], indicator: null, year: s.year, value, source: s.source } satisfies MetricFact);
      }
    }
  };
  const titles = async () => {
    for (const [key, t] of await loadTitles(db, people, units, year)) push(key, 'titles', t satisfies TitleFact);
  };
  await Promise.all([ratingsAndDiscipline(), initiativesAndScores(), titles()]);
  return out;
}
