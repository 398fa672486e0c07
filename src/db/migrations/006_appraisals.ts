import { sql, type Kysely } from 'kysely';

// Self-assessment (tự chấm) and appraisal (thẩm định) per participant, criterion and period; every
// earlier state kept in assessment_history; a locked period (appraisal_locks) is published and final.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table assessments (
      id integer generated always as identity primary key,
      movement_id integer not null references movements(id),
      unit_id integer not null references units(id),
      person_id integer references people(id),
      criterion_key text not null,
      period text not null,
      self_points double precision not null,
      self_note text,
      status text not null default 'tu_cham',
      explain_by date,
      explain_request text,
      explanation text,
      appraised_points double precision,
      appraisal_reason text,
      appraised_by integer references users(id),
      appraised_at timestamptz,
      locked boolean not null default false,
      revision integer not null default 1,
      created_by integer references users(id),
      created_at timestamptz not null default now(),
      updated_by integer references users(id),
      updated_at timestamptz not null default now(),
      constraint assessments_status check (status in ('tu_cham', 'cho_tham_dinh', 'giai_trinh', 'da_tham_dinh')),
      constraint assessments_points check (self_points >= 0 and (appraised_points is null or appraised_points >= 0)),
      constraint assessments_period check (period ~ '^[0-9]{4}(-H[12]|-Q[1-4])?$')
    )`.execute(db);
  await sql`create unique index assessments_once on assessments (movement_id, unit_id, (coalesce(person_id, 0)), criterion_key, period)`.execute(db);
  await sql`create index assessments_unit_idx on assessments (unit_id)`.execute(db);

  await sql`
    create table assessment_history (
      id integer generated always as identity primary key,
      assessment_id integer not null references assessments(id),
      revision integer not null,
      action text not null,
      old_status text not null,
      old_self_points double precision not null,
      old_self_note text,
      old_appraised_points double precision,
      changed_by integer references users(id),
      changed_at timestamptz not null default now(),
      reason text
    )`.execute(db);
  await sql`create index assessment_history_idx on assessment_history (assessment_id, revision)`.execute(db);

  await sql`
    create table appraisal_locks (
      id integer generated always as identity primary key,
      movement_id integer not null references movements(id),
      period text not null,
      locked_by integer references users(id),
      locked_at timestamptz not null default now(),
      constraint appraisal_locks_once unique (movement_id, period)
    )`.execute(db);
}
