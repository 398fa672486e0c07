import { sql, type Kysely } from 'kysely';

// Result writes made by the app project themselves (dashboard-projection.ts) and say so with a
// transaction-local setting, so the trigger no longer bumps the movement's counter row for them:
// that one row, updated by every write to a movement, queued concurrent result entry until commit.
// Writes without the setting (seed, bulk import, psql) are still counted and trigger a rebuild.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function dashboard_results_changed() returns trigger language plpgsql as $$
    begin
      if current_setting('thidua.projected', true) = 'on' then
        return null;
      end if;
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
}
