import { sql, type Kysely } from 'kysely';

// Published index results (PAR Index, SIPAS, PAPI, PCI, ICT Index, the province's own Chỉ số CCHC)
// of one unit for one year. Plans set targets on them and criteria read them ("SIPAS ≥ 90%").
//
// score is double precision, not numeric: published scores carry at most four decimals, nothing sums
// them to the cent, and pg returns float8 as a JS number (numeric would come back as a string).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table index_scores (
      id integer generated always as identity primary key,
      unit_id integer not null references units(id),
      year integer not null,
      index_code text not null,
      score double precision,
      rank integer,
      rank_of integer,
      band text,
      source text,
      recorded_by integer references users(id),
      recorded_at timestamptz not null default now(),
      constraint index_scores_once unique (unit_id, year, index_code),
      constraint index_scores_code check (index_code in ('PAR_INDEX', 'SIPAS', 'PAPI', 'PCI', 'ICT_INDEX', 'CCHC')),
      constraint index_scores_year check (year between 2000 and 2100),
      constraint index_scores_score check (score is null or (score >= 0 and score <= 100)),
      constraint index_scores_rank check (rank is null or rank >= 1),
      constraint index_scores_rank_of check (rank_of is null or (rank_of >= 1 and (rank is null or rank <= rank_of))),
      constraint index_scores_something check (score is not null or rank is not null or band is not null)
    )`.execute(db);
  await sql`create index index_scores_code_year_idx on index_scores (index_code, year)`.execute(db);
}
