import { sql } from 'kysely';
import type { Db } from '../src/db/database';
import { escapeLike, searchKey } from '../src/lib/text';
import type { RawSql } from './engines';

/**
 * The read figures: each is one question asked twice, once through the app's code and once as
 * hand-written SQL. Both must return the same rows (checked before timing).
 */
export interface Scenario {
  key: string;
  label: string;
  app(): Promise<Answer>;
  hand(): Promise<Answer>;
}

/** What both sides must agree on: the ids returned, in order, and the total when the query counts. */
export interface Answer {
  ids: number[];
  total?: number;
}

export interface ScenarioInput {
  db: Db;
  raw: RawSql;
  province: { id: number; path: string };
  pageSize: number;
  searches: string[];
}

export function scenarios(input: ScenarioInput): Scenario[] {
  const { db, raw, province, pageSize } = input;
  const prefix = `${escapeLike(province.path)}%`;
  const list: Scenario[] = [
    {
      key: 'subtree_units',
      label: 'Cây đơn vị của một tỉnh (toàn bộ cây con)',
      app: async () => ({ ids: (await appUnitsSubtree(db, province.path)).map((u) => u.id) }),
      hand: async () => {
        const rows = await raw.query<{ id: number }>(
          `select id, code, name, short_name, kind, parent_id, path, depth, valid_from, valid_to
             from units where path like $1 and (valid_to is null or valid_to > current_date)
            order by path`,
          [prefix],
        );
        return { ids: rows.map((r) => r.id) };
      },
    },
    {
      key: 'subtree_people',
      label: `Người trong cây con của tỉnh, trang đầu (${pageSize} dòng) + tổng số`,
      app: () => appPeople(db, province.path, undefined, pageSize),
      hand: () => handPeople(raw, prefix, undefined, pageSize),
    },
  ];
  for (const q of input.searches) {
    list.push({
      key: `search:${q}`,
      label: `Tìm người "${q}" trong tỉnh`,
      app: () => appPeople(db, province.path, q, pageSize),
      hand: () => handPeople(raw, prefix, q, pageSize),
    });
  }
  return list;
}

// ---- app side: stand-in until units/people queries land (replaced by the real functions) ----

async function appUnitsSubtree(db: Db, path: string) {
  return db
    .selectFrom('units')
    .selectAll()
    .where('path', 'like', `${escapeLike(path)}%`)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', sql<string>`current_date`)]))
    .orderBy('path')
    .execute();
}

async function appPeople(db: Db, path: string, q: string | undefined, limit: number): Promise<Answer> {
  let base = db
    .selectFrom('people as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .where('u.path', 'like', `${escapeLike(path)}%`)
    .where('p.active', '=', true);
  if (q) base = base.where('p.search_key', 'like', `%${escapeLike(searchKey(q))}%`);
  const [items, count] = await Promise.all([
    base
      .select(['p.id', 'p.full_name', 'p.gender', 'p.birth_year', 'p.unit_id', 'u.name as unit_name', 'p.position', 'p.category', 'p.is_unit_head', 'p.active'])
      .orderBy('p.search_key')
      .orderBy('p.id')
      .limit(limit)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { ids: items.map((r) => r.id), total: Number(count.n) };
}

// ---- by hand ----

async function handPeople(raw: RawSql, prefix: string, q: string | undefined, limit: number): Promise<Answer> {
  const params: unknown[] = [prefix];
  let filter = '';
  if (q) {
    params.push(`%${escapeLike(searchKey(q))}%`);
    filter = ' and p.search_key like $2';
  }
  const from = `from people p join units u on u.id = p.unit_id where u.path like $1 and p.active${filter}`;
  const items = await raw.query<{ id: number }>(
    `select p.id, p.full_name, p.gender, p.birth_year, p.unit_id, u.name as unit_name, p.position, p.category,
            p.is_unit_head, p.active ${from} order by p.search_key, p.id limit ${limit}`,
    params,
  );
  const [count] = await raw.query<{ n: number }>(`select count(*) as n ${from}`, params);
  return { ids: items.map((r) => r.id), total: Number(count?.n) };
}
