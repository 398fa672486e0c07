import { sql, type Kysely } from 'kysely';

// Movements (phong trào) and the versions of the plan that launches each. A version's content is the
// whole structured plan as jsonb validated by planContentSchema (ADR 006); what lists, filters and
// the cascade need is projected into columns of `movements`.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table movements (
      id integer generated always as identity primary key,
      owner_unit_id integer not null references units(id),
      parent_movement_id integer references movements(id),
      kind text not null,
      status text not null default 'draft',
      title text not null,
      number text,
      issued_on date,
      year_from integer,
      year_to integer,
      current_version_id integer,
      search_key text not null,
      created_by integer references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint movements_status check (status in ('draft', 'issued', 'in_progress', 'midterm_review', 'final_review', 'closed')),
      constraint movements_not_own_parent check (parent_movement_id is null or parent_movement_id <> id),
      constraint movements_years check (year_to is null or year_from is null or year_to >= year_from)
    )`.execute(db);
  await sql`create index movements_owner_idx on movements (owner_unit_id)`.execute(db);
  await sql`create index movements_parent_idx on movements (parent_movement_id)`.execute(db);
  await sql`create index movements_number_idx on movements (number, issued_on)`.execute(db);
  await sql`create index movements_search_idx on movements using gin (search_key gin_trgm_ops)`.execute(db);

  await sql`
    create table movement_versions (
      id integer generated always as identity primary key,
      movement_id integer not null references movements(id),
      version_no integer not null,
      state text not null default 'draft',
      content jsonb not null,
      revision integer not null default 1,
      based_on_version_id integer references movement_versions(id),
      change_note text,
      created_by integer references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      issued_by integer references users(id),
      issued_at timestamptz,
      constraint movement_versions_state check (state in ('draft', 'issued')),
      constraint movement_versions_no unique (movement_id, version_no)
    )`.execute(db);
  await sql`create unique index movement_versions_one_draft on movement_versions (movement_id) where state = 'draft'`.execute(db);
  await sql`alter table movements add constraint movements_current_version foreign key (current_version_id) references movement_versions(id)`.execute(db);

  // An issued plan is a signed document: the database itself refuses to change or delete it.
  await sql`
    create function movement_versions_immutable() returns trigger language plpgsql as $$
    begin
      if old.state = 'issued' then
        raise exception 'issued plan version % is immutable', old.id using errcode = 'P0001';
      end if;
      if tg_op = 'DELETE' then return old; end if;
      return new;
    end $$`.execute(db);
  await sql`
    create trigger movement_versions_immutable before update or delete on movement_versions
    for each row execute function movement_versions_immutable()`.execute(db);

  // A deadline occurrence met by one responsible unit (the rest of the status is computed).
  await sql`
    create table deadline_completions (
      id integer generated always as identity primary key,
      movement_id integer not null references movements(id),
      deadline_key text not null,
      due_on date not null,
      unit_id integer not null references units(id),
      done_on date not null,
      note text,
      recorded_by integer references users(id),
      recorded_at timestamptz not null default now(),
      constraint deadline_completions_once unique (movement_id, deadline_key, due_on, unit_id)
    )`.execute(db);
  await sql`create index deadline_completions_unit_idx on deadline_completions (unit_id)`.execute(db);
}
