import type { RawSql } from './engines';

/**
 * The population of bench/standards-db.ts, generated inside the database with generate_series (no rows
 * travel from Node): a province (unit 1) with units of 20 people, the first of each its head.
 * - ratings for the judged year: 15% HTXSNV, 50% HTTNV, 25% HTNV, 10% KHTNV; 2% of people have none;
 * - discipline: 1% of people, khiển trách or cảnh cáo, decided between 01/01/2023 and 01/12/2024, in
 *   effect 12 months (so some ended before the judged year);
 * - a recognised initiative (cơ sở) for 10% of people;
 * - award history: LĐTT 2022 for 30%, LĐTT 2023 for 40%, CSTĐCS 2023 for 5% of people, Tập thể LĐTT
 *   2023 for 30% of units, all from issued decisions.
 * Shares come from hashint4 of the id, so every run (and both engines) get the same people.
 */
export async function generatePopulation(raw: RawSql, people: number, unitSize: number, year: number): Promise<void> {
  const units = Math.ceil(people / unitSize);
  // A share of ids by a salted hash: "pct(id, 7) < 40" holds for about 40% of ids.
  const pct = (col: string, salt: number) => `mod(hashint4(${col} + ${salt})::bigint + 2147483648, 100)`;
  const run = (text: string) => raw.query(text);

  await run(`insert into units (id, code, name, kind, parent_id, path, depth, search_key) overriding system value
    values (1, 'BENCH-TINH', 'Tỉnh thử nghiệm', 'tinh', null, '/1/', 0, 'tinh thu nghiem')`);
  await run(`insert into units (id, code, name, kind, parent_id, path, depth, search_key) overriding system value
    select g + 1, 'BENCH-' || g, 'Đơn vị ' || g, 'phong', 1, '/1/' || (g + 1) || '/', 1, 'don vi ' || g from generate_series(1, ${units}) g`);
  await run(`insert into people (id, full_name, unit_id, category, is_unit_head, search_key) overriding system value
    select g, 'Cán bộ ' || g, 2 + (g - 1) / ${unitSize}, 'cong_chuc', (g - 1) % ${unitSize} = 0, 'can bo ' || g from generate_series(1, ${people}) g`);

  await run(`insert into annual_ratings (subject_kind, person_id, unit_id, year, rating)
    select 'person', id, unit_id, ${year},
      case when h < 15 then 'HTXSNV' when h < 65 then 'HTTNV' when h < 90 then 'HTNV' else 'KHTNV' end
    from (select id, unit_id, ${pct('id', 1)} as h from people where ${pct('id', 2)} >= 2) p`);
  await run(`insert into annual_ratings (subject_kind, person_id, unit_id, year, rating)
    select 'unit', null, id, ${year}, case when ${pct('id', 3)} < 80 then 'HTTNV' else 'HTNV' end from units where id > 1`);

  await run(`insert into discipline_records (subject_kind, person_id, unit_id, kind, form, decision_number, decision_date, effective_from, effective_to)
    select 'person', id, unit_id, 'decision', case when id % 2 = 0 then 'khien_trach' else 'canh_cao' end, id || '/QĐ-KL', d, d, (d + interval '12 months')::date - 1
    from (select id, unit_id, date '2023-01-01' + ${pct('id', 5)}::int * 7 as d from people where ${pct('id', 4)} = 0) p`);

  // summary carries the author's id for the one statement that links authors to initiatives.
  await run(`insert into initiatives (unit_id, title, summary, year, recognition_level, council_name, decision_number, decision_date)
    select unit_id, 'Sáng kiến cải cách thủ tục ' || id, id::text, ${year}, 'co_so', 'Hội đồng sáng kiến cơ sở', 'SK-' || id, date '${year}-10-15'
    from people where ${pct('id', 6)} < 10`);
  await run(`insert into initiative_authors (initiative_id, person_id, share) select id, summary::int, 100 from initiatives`);

  await run(`insert into movements (id, owner_unit_id, kind, status, title, search_key) overriding system value
    values (1, 1, 'thuong_xuyen', 'in_progress', 'Phong trào thi đua thử nghiệm', 'phong trao thi dua thu nghiem')`);
  for (const [id, y] of [[1, year - 2], [2, year - 1]] as const) {
    await run(`insert into award_decisions (id, unit_id, movement_id, grantor_code, status, number, signed_on, signer_name) overriding system value
      values (${id}, 1, 1, 'chu_tich_ubnd_tinh', 'da_ban_hanh', '${id}/QĐ-UBND', date '${y}-12-10', 'Người ký')`);
  }
  const award = (decision: number, y: number, code: string, name: string, salt: number, share: number) =>
    run(`insert into awards (decision_id, movement_id, catalogue_code, award_name, subject_kind, person_id, unit_id, nominee_name, year, decided_on, decision_number)
      select ${decision}, 1, '${code}', '${name}', 'individual', id, unit_id, full_name, ${y}, date '${y}-12-10', '${decision}/QĐ-UBND'
      from people where ${pct('id', salt)} < ${share}`);
  await award(1, year - 2, 'ldtt', 'Lao động tiên tiến', 7, 30);
  await award(2, year - 1, 'ldtt', 'Lao động tiên tiến', 8, 40);
  await award(2, year - 1, 'cstdcs', 'Chiến sĩ thi đua cơ sở', 9, 5);
  await run(`insert into awards (decision_id, movement_id, catalogue_code, award_name, subject_kind, person_id, unit_id, nominee_name, year, decided_on, decision_number)
    select 2, 1, 'tt_ldtt', 'Tập thể lao động tiên tiến', 'collective', null, id, name, ${year - 1}, date '${year - 1}-12-10', '2/QĐ-UBND'
    from units where id > 1 and ${pct('id', 10)} < 30`);

  for (const table of ['units', 'people', 'initiatives', 'movements', 'award_decisions', 'awards', 'annual_ratings', 'discipline_records']) {
    await run(`select setval(pg_get_serial_sequence('${table}', 'id'), (select coalesce(max(id), 1) from ${table}))`);
  }
  await run('analyze');
}
