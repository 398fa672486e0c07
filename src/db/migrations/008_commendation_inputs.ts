import { sql, type Kysely } from 'kysely';

// The inputs the standards engine reads besides index scores and results (issue 5): recognised
// initiatives, discipline (decided, and pending processes that hold awards under NĐ 152/2025) and the
// yearly ratings of people and units. Each row names the unit it belongs to, so reads and writes are
// scoped by units.path like everything else; for a person that is their unit when the row was written.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table initiatives (
      id integer generated always as identity primary key,
      unit_id integer not null references units(id),
      title text not null,
      summary text,
      year integer not null,
      recognition_level text,
      council_name text,
      decision_number text,
      decision_date date,
      created_by integer references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint initiatives_year check (year between 2000 and 2100),
      constraint initiatives_level check (recognition_level is null or recognition_level in ('co_so', 'tinh', 'toan_quoc')),
      constraint initiatives_recognition check (
        (recognition_level is null and decision_number is null and decision_date is null)
        or (recognition_level is not null and decision_number is not null and decision_date is not null))
    )`.execute(db);
  await sql`create index initiatives_unit_year_idx on initiatives (unit_id, year)`.execute(db);

  // share is a percentage of the authorship (double precision: comes back as a JS number).
  await sql`
    create table initiative_authors (
      initiative_id integer not null references initiatives(id) on delete cascade,
      person_id integer not null references people(id),
      share double precision not null,
      primary key (initiative_id, person_id),
      constraint initiative_authors_share check (share > 0 and share <= 100)
    )`.execute(db);
  await sql`create index initiative_authors_person_idx on initiative_authors (person_id)`.execute(db);

  // kind 'decision': a discipline decision; effective_from/to is its period of effect (to null = no end).
  // kind 'pending': a review, inspection or complaint under way; from/to are when it opened and closed.
  await sql`
    create table discipline_records (
      id integer generated always as identity primary key,
      subject_kind text not null,
      person_id integer references people(id),
      unit_id integer not null references units(id),
      kind text not null,
      form text,
      pending_kind text,
      decision_number text,
      decision_date date,
      effective_from date not null,
      effective_to date,
      period_override_reason text,
      note text,
      created_by integer references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint discipline_subject check ((subject_kind = 'person' and person_id is not null) or (subject_kind = 'unit' and person_id is null)),
      constraint discipline_kind check (
        (kind = 'decision' and form is not null and pending_kind is null and decision_date is not null)
        or (kind = 'pending' and form is null and pending_kind is not null)),
      constraint discipline_pending_kind check (pending_kind is null or pending_kind in ('discipline_review', 'inspection', 'complaint')),
      constraint discipline_period check (effective_to is null or effective_to >= effective_from)
    )`.execute(db);
  await sql`create index discipline_records_person_idx on discipline_records (person_id) where person_id is not null`.execute(db);
  await sql`create index discipline_records_unit_idx on discipline_records (unit_id, effective_from)`.execute(db);

  await sql`
    create table annual_ratings (
      id integer generated always as identity primary key,
      subject_kind text not null,
      person_id integer references people(id),
      unit_id integer not null references units(id),
      year integer not null,
      rating text not null,
      source text,
      recorded_by integer references users(id),
      recorded_at timestamptz not null default now(),
      constraint annual_ratings_subject check ((subject_kind = 'person' and person_id is not null) or (subject_kind = 'unit' and person_id is null)),
      constraint annual_ratings_year check (year between 2000 and 2100),
      constraint annual_ratings_rating check (rating in ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'))
    )`.execute(db);
  await sql`create unique index annual_ratings_person_once on annual_ratings (person_id, year) where person_id is not null`.execute(db);
  await sql`create unique index annual_ratings_unit_once on annual_ratings (unit_id, year) where person_id is null`.execute(db);
}
