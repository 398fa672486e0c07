import { sql, type Kysely } from 'kysely';

// Results (kết quả) per participant, criterion and period, with every earlier value kept in
// result_history; evidence files stored once by SHA-256 and attached to results.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table results (
      id integer generated always as identity primary key,
      movement_id integer not null references movements(id),
      unit_id integer not null references units(id),
      person_id integer references people(id),
      criterion_key text not null,
      period text not null,
      value jsonb not null,
      note text,
      revision integer not null default 1,
      created_by integer references users(id),
      created_at timestamptz not null default now(),
      updated_by integer references users(id),
      updated_at timestamptz not null default now(),
      constraint results_period check (period ~ '^[0-9]{4}(-H[12]|-Q[1-4])?$')
    )`.execute(db);
  // A collective result has no person; coalesce makes "no person" one value, so the unit's own result is unique too.
  await sql`create unique index results_once on results (movement_id, unit_id, (coalesce(person_id, 0)), criterion_key, period)`.execute(db);
  await sql`create index results_unit_idx on results (unit_id)`.execute(db);

  await sql`
    create table result_history (
      id integer generated always as identity primary key,
      result_id integer not null references results(id),
      revision integer not null,
      old_value jsonb not null,
      old_note text,
      changed_by integer references users(id),
      changed_at timestamptz not null default now(),
      reason text
    )`.execute(db);
  await sql`create index result_history_result_idx on result_history (result_id, revision)`.execute(db);

  await sql`
    create table evidence_files (
      id integer generated always as identity primary key,
      sha256 text not null unique,
      size integer not null,
      mime text not null,
      original_name text not null,
      stored_at timestamptz not null default now(),
      constraint evidence_files_sha256 check (sha256 ~ '^[0-9a-f]{64}$')
    )`.execute(db);

  await sql`
    create table result_evidence (
      id integer generated always as identity primary key,
      result_id integer not null references results(id),
      file_id integer not null references evidence_files(id),
      unit_id integer not null references units(id),
      file_name text not null,
      uploaded_by integer references users(id),
      uploaded_at timestamptz not null default now(),
      constraint result_evidence_once unique (result_id, file_id)
    )`.execute(db);
  await sql`create index result_evidence_file_idx on result_evidence (file_id, unit_id)`.execute(db);
}
