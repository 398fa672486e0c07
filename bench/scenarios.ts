import type { Db } from '../src/db/database';
import type { ServiceContext } from '../src/http/context';
import { escapeLike, searchKey } from '../src/lib/text';
import { listPeople } from '../src/modules/people/people.service';
import { todayInVietnam } from '../src/modules/units/unit-period';
import { listUnits } from '../src/modules/units/units.service';
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
  /** EXPLAIN ANALYZE of the hand-written statement (the page, for lists): kept in the results JSON. */
  plan(): Promise<string>;
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
      app: async () => {
        const list = await listUnits(provinceReader(db, province), { includeInactive: false });
        return { ids: list.items.map((u) => u.id) };
      },
      hand: async () => {
        const rows = await raw.query<{ id: number }>(UNITS_SQL, [prefix, todayInVietnam()]);
        return { ids: rows.map((r) => r.id) };
      },
      plan: () => explain(raw, UNITS_SQL, [prefix, todayInVietnam()]),
    },
    {
      key: 'subtree_people',
      label: `Người trong cây con của tỉnh, trang đầu (${pageSize} dòng) + tổng số`,
      app: () => appPeople(db, province, undefined, pageSize),
      hand: () => handPeople(raw, prefix, undefined, pageSize),
      plan: () => {
        const { page, params } = peopleSql(prefix, undefined, pageSize);
        return explain(raw, page, params);
      },
    },
  ];
  for (const q of input.searches) {
    list.push({
      key: `search:${q}`,
      label: `Tìm người "${q}" trong tỉnh`,
      app: () => appPeople(db, province, q, pageSize),
      hand: () => handPeople(raw, prefix, q, pageSize),
      plan: () => {
        const { page, params } = peopleSql(prefix, q, pageSize);
        return explain(raw, page, params);
      },
    });
  }
  return list;
}

// ---- app side: the real services (permission check, query, presenter), as the routes call them ----

/** Someone who may read the province's subtree (a leader of the tỉnh), as a signed-in request would carry. */
function provinceReader(db: Db, province: { id: number; path: string }): ServiceContext {
  return {
    db,
    requestId: 'bench',
    actor: {
      userId: 0,
      username: 'bench',
      fullName: 'Đo hiệu năng',
      personId: null,
      roles: [{ role: 'leader', unitId: province.id, unitPath: province.path, unitName: 'tỉnh' }],
    },
  };
}

async function appPeople(db: Db, province: { id: number; path: string }, q: string | undefined, limit: number): Promise<Answer> {
  const page = await listPeople(provinceReader(db, province), { q, includeSubunits: true, includeInactive: false, limit, offset: 0 });
  return { ids: page.items.map((r) => r.id), total: page.total };
}

// ---- by hand ----

const UNITS_SQL = `
  select u.*, (select count(*) from people p where p.unit_id = u.id and p.active) as people_count
    from units u
   where u.path like $1
     and (u.valid_from is null or u.valid_from <= $2) and (u.valid_to is null or u.valid_to > $2)
   order by u.path collate "C"`;

function peopleSql(prefix: string, q: string | undefined, limit: number) {
  const params: unknown[] = [prefix];
  let filter = '';
  if (q) {
    params.push(`%${escapeLike(searchKey(q))}%`);
    filter = ' and p.search_key ilike $2';
  }
  const from = `from people p join units u on u.id = p.unit_id where u.path like $1 and p.active${filter}`;
  return {
    page: `select p.*, u.name as unit_name ${from} order by p.search_key collate "C", p.id limit ${limit} offset 0`,
    count: `select count(*) as n ${from}`,
    params,
  };
}

async function handPeople(raw: RawSql, prefix: string, q: string | undefined, limit: number): Promise<Answer> {
  const { page, count, params } = peopleSql(prefix, q, limit);
  // Page and count side by side, as searchPeople sends them (two connections on PostgreSQL).
  const [items, [total]] = await Promise.all([raw.query<{ id: number }>(page, params), raw.query<{ n: number }>(count, params)]);
  return { ids: items.map((r) => r.id), total: Number(total?.n) };
}

async function explain(raw: RawSql, text: string, params: unknown[]): Promise<string> {
  const rows = await raw.query<{ 'QUERY PLAN': string }>(`explain (analyze, costs off) ${text}`, params);
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}
