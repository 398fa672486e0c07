import { sql, type Kysely } from 'kysely';

// "One award form per nominee per movement" holds per YEAR: a plan running 2015–2020 with yearly awards
// (seed 003) proposes its people again each year. The year lives on the batch; the nomination keeps a
// copy, set by trigger from its batch on every insert and move (khen cao keeps the year), so the
// partial unique index can hold the rule under concurrency.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table nominations add column year integer`.execute(db);
  await sql`update nominations n set year = b.year from nomination_batches b where b.id = n.batch_id`.execute(db);
  await sql`alter table nominations alter column year set not null`.execute(db);
  await sql`
    create function thidua_nomination_year() returns trigger language plpgsql as $$
    begin
      select b.year into new.year from nomination_batches b where b.id = new.batch_id;
      return new;
    end $$`.execute(db);
  await sql`create trigger nominations_year before insert or update of batch_id on nominations for each row execute function thidua_nomination_year()`.execute(db);
  await sql`drop index nominations_one_per_movement`.execute(db);
  await sql`create unique index nominations_one_per_movement_year on nominations (movement_id, year, subject_kind, unit_id, coalesce(person_id, 0)) where status <> 'rut'`.execute(db);
}
