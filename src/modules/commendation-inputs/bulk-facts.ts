import type { Db } from '../../db/database';
import type { StandardsFacts, SubjectFacts } from '../standards/engine/facts';
import { anyOf, chunks, loadSubjectLists, personKey, unitKey, type IdRange, type Lists } from './facts.queries';
import { criteriaFor, criteriaKey, type FactsNominee } from './load-facts';

interface Named {
  id: number;
  full_name: string;
}
type Person = Named & { unit_id: number };

/**
 * The facts of many nominees for one year, in a few set-based queries (people, units, heads, members,
 * then each kind of list for everyone at once) instead of loadFacts' queries per nominee. Gives for
 * every nominee the same StandardsFacts as loadFacts (an integration test holds it to that); the result
 * is in the order of `nominees`. A nominee that does not exist fails the whole call, as loadFacts does.
 * Memory grows with the number of nominees: screen a country in chunks of tens of thousands.
 */
export async function loadFactsBulk(db: Db, nominees: readonly FactsNominee[], year: number, opts: { movementId?: number } = {}): Promise<StandardsFacts[]> {
  const personIds = [...new Set(nominees.filter((n) => n.kind === 'individual').map((n) => n.id))];
  const people = new Map<number, Person>();
  for (const part of chunks(personIds)) {
    for (const p of await db.selectFrom('people').select(['id', 'full_name', 'unit_id']).where(anyOf('id', part)).execute()) people.set(p.id, p);
  }
  return assemble(db, nominees, people, year, opts, undefined);
}

/**
 * Every active person whose id is in [from, to], as individual nominees, with their facts: screening a
 * whole population range by range. Rows are read by id range (index range scans) instead of id by id,
 * which is what makes a country's screening fast. Same facts as loadFacts for each (tested).
 */
export async function loadPeopleFactsInRange(db: Db, range: IdRange, year: number, opts: { movementId?: number } = {}): Promise<StandardsFacts[]> {
  const rows = await db.selectFrom('people').select(['id', 'full_name', 'unit_id']).where('id', '>=', range.from).where('id', '<=', range.to).where('active', '=', true).orderBy('id').execute();
  const people = new Map(rows.map((p) => [p.id, p]));
  return assemble(db, rows.map((p) => ({ kind: 'individual' as const, id: p.id })), people, year, opts, range);
}

async function assemble(
  db: Db,
  nominees: readonly FactsNominee[],
  people: Map<number, Person>,
  year: number,
  opts: { movementId?: number },
  range: IdRange | undefined,
): Promise<StandardsFacts[]> {
  const personIds = [...people.keys()];
  const collectiveIds = [...new Set(nominees.filter((n) => n.kind === 'collective').map((n) => n.id))];
  const unitIds = [...new Set([...collectiveIds, ...[...people.values()].map((p) => p.unit_id)])];
  const units = new Map<number, string>();
  const heads = new Map<number, Named>();
  const members = new Map<number, Named[]>(collectiveIds.map((id) => [id, []]));
  for (const part of chunks(unitIds)) {
    for (const u of await db.selectFrom('units').select(['id', 'name']).where(anyOf('id', part)).execute()) units.set(u.id, u.name);
    // The head is the lowest id among a unit's active heads, as loadFacts' headOf takes it.
    const hs = await db
      .selectFrom('people')
      .select(['id', 'full_name', 'unit_id'])
      .where(anyOf('unit_id', part))
      .where('is_unit_head', '=', true)
      .where('active', '=', true)
      .orderBy('unit_id')
      .orderBy('id')
      .execute();
    for (const h of hs) if (!heads.has(h.unit_id)) heads.set(h.unit_id, h);
  }
  for (const part of chunks(collectiveIds)) {
    const ms = await db.selectFrom('people').select(['id', 'full_name', 'unit_id']).where(anyOf('unit_id', part)).where('active', '=', true).orderBy('id').execute();
    for (const m of ms) members.get(m.unit_id)!.push(m);
  }
  for (const n of nominees) {
    if (n.kind === 'individual' ? !people.has(n.id) : !units.has(n.id)) throw new Error(`loadFactsBulk: ${n.kind} ${n.id} not found`);
  }

  const everyone = new Set<number>(personIds);
  for (const h of heads.values()) everyone.add(h.id);
  for (const ms of members.values()) for (const m of ms) everyone.add(m.id);
  const lists = await loadSubjectLists(db, [...everyone], unitIds, year, range);
  const criteria =
    opts.movementId === undefined
      ? null
      : await criteriaFor(
          db,
          opts.movementId,
          year,
          nominees.map((n) => (n.kind === 'individual' ? { unitId: people.get(n.id)!.unit_id, personId: n.id } : { unitId: n.id, personId: null })),
        );

  // A nominee's own subject is built for it (criteria are set on it); its unit, leader and members are
  // shared between the nominees of a unit, and every list is shared: all read-only, as in loadFacts.
  // A screening builds millions of these, so properties are set one by one (no spread) and reused.
  const personFacts = (p: Named): SubjectFacts => subject('person', p.id, p.full_name, lists.get(personKey(p.id)));
  const sharedPeople = new Map<number, SubjectFacts>();
  const sharedPerson = (p: Named) => sharedPeople.get(p.id) ?? sharedPeople.set(p.id, personFacts(p)).get(p.id)!;
  const sharedUnits = new Map<number, SubjectFacts>();
  const unitFacts = (id: number) => subject('unit', id, units.get(id)!, lists.get(unitKey(id)));
  const sharedUnit = (id: number) => sharedUnits.get(id) ?? sharedUnits.set(id, unitFacts(id)).get(id)!;
  return nominees.map((n) => {
    const person = n.kind === 'individual' ? people.get(n.id)! : null;
    const unitId = person ? person.unit_id : n.id;
    const self = person ? personFacts(person) : unitFacts(unitId);
    if (criteria) self.criteria = criteria.get(criteriaKey(unitId, person?.id ?? null))!;
    const head = heads.get(unitId);
    const facts: StandardsFacts = { self, ownUnit: person ? sharedUnit(unitId) : null, leader: head ? sharedPerson(head) : null };
    if (n.kind === 'collective') facts.members = members.get(unitId)!.map(sharedPerson);
    return facts;
  });
}

function subject(kind: 'person' | 'unit', id: number, name: string, l: Lists | undefined): SubjectFacts {
  const s: SubjectFacts = { kind, id, name };
  if (l) {
    s.ratings = l.ratings;
    s.initiatives = l.initiatives;
    s.discipline = l.discipline;
    s.pending = l.pending;
    s.metrics = l.metrics;
    s.titles = l.titles;
  }
  return s;
}
