import { sql, type Kysely } from 'kysely';

// Forward-only: a released migration is never edited; a fix is a new migration.
// SQL is kept to what PostgreSQL 15 (Debian) and PGlite (PostgreSQL 18) both accept.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);

  await sql`
    create table units (
      id integer generated always as identity primary key,
      code text not null unique,
      name text not null,
      short_name text,
      kind text not null,
      parent_id integer references units(id),
      path text not null,
      depth integer not null,
      valid_from date,
      valid_to date,
      merged_into_id integer references units(id),
      search_key text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint units_period check (valid_to is null or valid_from is null or valid_to >= valid_from)
    )`.execute(db);
  await sql`create index units_path_idx on units (path text_pattern_ops)`.execute(db);
  await sql`create index units_parent_idx on units (parent_id)`.execute(db);
  await sql`create index units_search_idx on units using gin (search_key gin_trgm_ops)`.execute(db);

  await sql`
    create table unit_parent_history (
      id integer generated always as identity primary key,
      unit_id integer not null references units(id),
      parent_id integer references units(id),
      valid_from date not null,
      valid_to date
    )`.execute(db);
  await sql`create index unit_parent_history_unit_idx on unit_parent_history (unit_id, valid_from)`.execute(db);

  await sql`
    create table unit_events (
      id integer generated always as identity primary key,
      kind text not null,
      effective_date date not null,
      source_unit_ids integer[] not null default '{}',
      target_unit_id integer references units(id),
      note text,
      created_by integer,
      created_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table people (
      id integer generated always as identity primary key,
      full_name text not null,
      gender text,
      birth_year integer,
      unit_id integer not null references units(id),
      position text,
      category text not null,
      is_unit_head boolean not null default false,
      active boolean not null default true,
      search_key text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index people_unit_idx on people (unit_id, id)`.execute(db);
  await sql`create index people_search_idx on people using gin (search_key gin_trgm_ops)`.execute(db);

  await sql`
    create table person_transfers (
      id integer generated always as identity primary key,
      person_id integer not null references people(id),
      from_unit_id integer references units(id),
      to_unit_id integer not null references units(id),
      effective_date date not null,
      reason text,
      created_by integer,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index person_transfers_person_idx on person_transfers (person_id, effective_date)`.execute(db);

  await sql`
    create table users (
      id integer generated always as identity primary key,
      username text not null unique,
      password_hash text not null,
      full_name text not null,
      person_id integer references people(id),
      disabled boolean not null default false,
      failed_attempts integer not null default 0,
      locked_until timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table user_roles (
      id integer generated always as identity primary key,
      user_id integer not null references users(id) on delete cascade,
      role text not null,
      unit_id integer not null references units(id),
      unique (user_id, role, unit_id)
    )`.execute(db);

  await sql`
    create table sessions (
      id text primary key,
      user_id integer not null references users(id) on delete cascade,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      last_seen_at timestamptz not null default now(),
      ip text,
      user_agent text
    )`.execute(db);
  await sql`create index sessions_user_idx on sessions (user_id)`.execute(db);

  await sql`
    create table audit_log (
      id bigint generated always as identity primary key,
      at timestamptz not null default now(),
      user_id integer references users(id),
      action text not null,
      entity text not null,
      entity_id text,
      unit_id integer references units(id),
      before jsonb,
      after jsonb,
      request_id text
    )`.execute(db);
  await sql`create index audit_log_at_idx on audit_log (at desc, id desc)`.execute(db);
  await sql`create index audit_log_entity_idx on audit_log (entity, entity_id)`.execute(db);
  await sql`create index audit_log_unit_idx on audit_log (unit_id)`.execute(db);

  await sql`
    create table import_jobs (
      id text primary key,
      kind text not null,
      status text not null,
      total integer not null default 0,
      processed integer not null default 0,
      errors jsonb,
      summary jsonb,
      file_name text,
      file_sha256 text,
      unit_id integer references units(id),
      created_by integer references users(id),
      created_at timestamptz not null default now(),
      finished_at timestamptz
    )`.execute(db);
}
