import type { Db } from '../../db/database';
import type { HonourEntry, HonourFiltersResponse, HonourQuery, HonourResponse } from './honour.schema';

/** At most this many awards on one page of the board; a province's whole history needs a filter. */
export const HONOUR_LIMIT = 1000;

/** Awards the public may see: marked public, granted by an issued decision (never a draft). */
function publicAwards(db: Db) {
  return db
    .selectFrom('awards as a')
    .innerJoin('award_decisions as d', 'd.id', 'a.decision_id')
    .where('a.public', '=', true)
    .where('d.status', '=', 'da_ban_hanh');
}

/**
 * The honour board: public awards of issued decisions, grouped by award (the awards granted most come
 * first), people and collectives by name within a group. Selects named columns only, so nothing
 * private can slip into the answer when the tables grow.
 */
export async function honourBoard(db: Db, q: HonourQuery): Promise<HonourResponse> {
  let query = publicAwards(db)
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .leftJoin('movements as m', 'm.id', 'a.movement_id')
    .select([
      'a.id',
      'a.subject_kind',
      'a.nominee_name',
      'u.name as unit_name',
      'a.award_name',
      'a.year',
      'a.decision_number',
      'a.decided_on',
      'a.grantor_title',
      'm.title as movement_title',
      'a.achievement',
    ])
    .orderBy('a.year', 'desc')
    .orderBy('a.award_name')
    .orderBy('a.nominee_name')
    .orderBy('a.id')
    .limit(HONOUR_LIMIT + 1);
  if (q.movementId !== undefined) query = query.where('a.movement_id', '=', q.movementId);
  if (q.year !== undefined) query = query.where('a.year', '=', q.year);
  const rows = await query.execute();
  const truncated = rows.length > HONOUR_LIMIT;
  const groups = new Map<string, HonourEntry[]>();
  for (const r of rows.slice(0, HONOUR_LIMIT)) {
    const entry: HonourEntry = {
      id: r.id,
      subjectKind: r.subject_kind === 'collective' ? 'collective' : 'individual',
      name: r.nominee_name,
      unitName: r.unit_name,
      awardName: r.award_name,
      year: r.year,
      decisionNumber: r.decision_number,
      decidedOn: r.decided_on,
      grantorTitle: r.grantor_title,
      movementTitle: r.movement_title,
      achievement: r.achievement,
    };
    const list = groups.get(r.award_name);
    if (list) list.push(entry);
    else groups.set(r.award_name, [entry]);
  }
  const sorted = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0], 'vi'));
  return { groups: sorted.map(([awardName, entries]) => ({ awardName, entries })), total: Math.min(rows.length, HONOUR_LIMIT), truncated };
}

/** The movements and years that have something on the board, for its filters (newest first). */
export async function honourFilters(db: Db): Promise<HonourFiltersResponse> {
  const rows = await publicAwards(db)
    .leftJoin('movements as m', 'm.id', 'a.movement_id')
    .select(['a.movement_id', 'm.title', 'a.year'])
    .distinct()
    .execute();
  const movements = new Map<number, { id: number; title: string; years: number[] }>();
  const years = new Set<number>();
  for (const r of rows) {
    years.add(r.year);
    if (r.movement_id === null || r.title === null) continue;
    const m = movements.get(r.movement_id) ?? { id: r.movement_id, title: r.title, years: [] };
    m.years.push(r.year);
    movements.set(r.movement_id, m);
  }
  for (const m of movements.values()) m.years.sort((a, b) => b - a);
  return {
    movements: [...movements.values()].sort((a, b) => (b.years[0] ?? 0) - (a.years[0] ?? 0) || a.title.localeCompare(b.title, 'vi')),
    years: [...years].sort((a, b) => b - a),
  };
}
