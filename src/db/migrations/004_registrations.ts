import { sql, type Kysely } from 'kysely';

// Registration (đăng ký thi đua): one per unit and movement, holding the titles the unit and its
// people aim for and their commitments. The upper level returns it with a reason or approves it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table registrations (
      id integer generated always as identity primary key,
      movement_id integer not null references movements(id),
      unit_id integer not null references units(id),
      status text not null default 'chua_gui',
      commitments text not null default '',
      return_reason text,
      revision integer not null default 1,
      created_by integer references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      submitted_at timestamptz,
      submitted_by integer references users(id),
      decided_at timestamptz,
      decided_by integer references users(id),
      constraint registrations_status check (status in ('chua_gui', 'cho_duyet', 'tra_lai', 'da_duyet')),
      constraint registrations_once unique (movement_id, unit_id),
      constraint registrations_returned_with_reason check (status <> 'tra_lai' or return_reason is not null)
    )`.execute(db);
  await sql`create index registrations_unit_idx on registrations (unit_id)`.execute(db);

  await sql`
    create table registration_entries (
      id integer generated always as identity primary key,
      registration_id integer not null references registrations(id) on delete cascade,
      position integer not null,
      subject text not null,
      person_id integer references people(id),
      target_title text not null,
      commitment text,
      constraint registration_entries_subject check (subject in ('collective', 'individual')),
      constraint registration_entries_person check ((subject = 'collective') = (person_id is null))
    )`.execute(db);
  await sql`create index registration_entries_registration_idx on registration_entries (registration_id, position)`.execute(db);
  await sql`create unique index registration_entries_one_collective on registration_entries (registration_id) where subject = 'collective'`.execute(db);
  await sql`create unique index registration_entries_person_once on registration_entries (registration_id, person_id) where person_id is not null`.execute(db);
  await sql`create index registration_entries_person_idx on registration_entries (person_id)`.execute(db);
}
