import { sql, type Kysely } from 'kysely';

// A projection of the scored results for the dashboards: per movement, unit and period, each unit
// criterion's state (met / not met / cannot be judged / no value) and points, scored against the plan
// version in force. The app writes it in the same transaction as the result; a trigger counts every
// change of a unit's result so a change the app did not project (a direct insert, a seed, data from
// before this migration) or a new plan version is noticed and the projection rebuilt from the results.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table dashboard_projections (
      movement_id integer primary key references movements(id),
      version_id integer references movement_versions(id),
      result_changes bigint not null default 0,
      projected_changes bigint not null default 0
    )`.execute(db);
  await sql`
    create table dashboard_cells (
      movement_id integer not null references movements(id),
      unit_id integer not null references units(id),
      period text not null,
      states text not null,
      points double precision[] not null,
      primary key (movement_id, unit_id, period)
    )`.execute(db);
  await sql`
    create function dashboard_results_changed() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        insert into dashboard_projections as p (movement_id, result_changes)
          select movement_id, count(*) from old_rows where person_id is null group by movement_id
        on conflict (movement_id) do update set result_changes = p.result_changes + excluded.result_changes;
      else
        insert into dashboard_projections as p (movement_id, result_changes)
          select movement_id, count(*) from new_rows where person_id is null group by movement_id
        on conflict (movement_id) do update set result_changes = p.result_changes + excluded.result_changes;
      end if;
      return null;
    end
    $$`.execute(db);
  await sql`create trigger results_dashboard_insert after insert on results referencing new table as new_rows for each statement execute function dashboard_results_changed()`.execute(db);
  await sql`create trigger results_dashboard_update after update on results referencing new table as new_rows for each statement execute function dashboard_results_changed()`.execute(db);
  await sql`create trigger results_dashboard_delete after delete on results referencing old table as old_rows for each statement execute function dashboard_results_changed()`.execute(db);
  // Results already there are not projected yet: the first dashboard read rebuilds.
  await sql`
    insert into dashboard_projections (movement_id, result_changes)
    select movement_id, count(*) from results where person_id is null group by movement_id`.execute(db);
}
