import { sql, type Kysely } from 'kysely';

// The end of the cycle (issue 5): nominations in batches, public notice, council sessions with secret
// ballots, decisions and the awards they grant. Every row names a unit so reads and writes are scoped by
// units.path like everything else.
//
// - A batch (đợt đề nghị, one tờ trình) is sent by proposing_unit_id to addressed_unit_id, whose council
//   considers it. Khen cao: after its own council agrees, a level forwards nominations it may not grant
//   in a new batch addressed to the level above (forwarded_from_batch_id); the nominations move to it.
// - Ballots are secret: `ballots` has a random id, no member and no time; `ballot_receipts` says who has
//   voted on what, without the choice. Both are written in one transaction and neither may change.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table nomination_batches (
      id integer generated always as identity primary key,
      movement_id integer not null references movements(id),
      year integer not null,
      proposing_unit_id integer not null references units(id),
      addressed_unit_id integer not null references units(id),
      forwarded_from_batch_id integer references nomination_batches(id),
      title text not null,
      status text not null default 'nhap',
      due_on date,
      submission_number text,
      submitted_at timestamptz,
      submitted_by integer references users(id),
      notice_from date,
      notice_to date,
      return_reason text,
      version integer not null default 1,
      created_by integer references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint nomination_batches_year check (year between 2000 and 2100),
      constraint nomination_batches_status check (status in ('nhap', 'da_gui', 'tra_lai', 'cong_khai', 'da_xet', 'da_chuyen', 'da_quyet_dinh')),
      constraint nomination_batches_notice check (notice_to is null or (notice_from is not null and notice_to >= notice_from))
    )`.execute(db);
  await sql`create index nomination_batches_movement_idx on nomination_batches (movement_id, year)`.execute(db);
  await sql`create index nomination_batches_addressed_idx on nomination_batches (addressed_unit_id, status)`.execute(db);
  await sql`create index nomination_batches_proposing_idx on nomination_batches (proposing_unit_id)`.execute(db);

  // catalogue_code: the catalogue entry ("giay_khen:collective", "ldtt"); award_key: the plan's award offer.
  // report: the báo cáo thành tích as sections (jsonb), detailed and summary versions.
  // eligibility: the standards engine's result at submit (verdict + trace), kept as evidence.
  await sql`
    create table nominations (
      id integer generated always as identity primary key,
      batch_id integer not null references nomination_batches(id),
      movement_id integer not null references movements(id),
      award_key text,
      catalogue_code text not null,
      subject_kind text not null,
      person_id integer references people(id),
      unit_id integer not null references units(id),
      nominee_name text not null,
      report jsonb not null default '{}'::jsonb,
      eligibility jsonb,
      eligible boolean,
      override_reason text,
      status text not null default 'de_nghi',
      version integer not null default 1,
      created_by integer references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint nominations_subject check ((subject_kind = 'individual' and person_id is not null) or (subject_kind = 'collective' and person_id is null)),
      constraint nominations_status check (status in ('de_nghi', 'rut', 'dong_y', 'khong_dong_y', 'da_chuyen', 'khen_thuong', 'khong_khen_thuong'))
    )`.execute(db);
  // One award form per nominee per movement (a withdrawn nomination frees the nominee).
  await sql`create unique index nominations_one_per_movement on nominations (movement_id, subject_kind, unit_id, coalesce(person_id, 0)) where status <> 'rut'`.execute(db);
  await sql`create index nominations_batch_idx on nominations (batch_id)`.execute(db);
  await sql`create index nominations_person_idx on nominations (person_id) where person_id is not null`.execute(db);

  await sql`
    create table nomination_history (
      id integer generated always as identity primary key,
      nomination_id integer not null references nominations(id),
      batch_id integer not null references nomination_batches(id),
      action text not null,
      old_status text,
      new_status text,
      reason text,
      by_user integer references users(id),
      at timestamptz not null default now()
    )`.execute(db);
  await sql`create index nomination_history_nomination_idx on nomination_history (nomination_id, at)`.execute(db);

  // Comments received during public notice (công khai); nomination_id null = about the whole list.
  await sql`
    create table nomination_comments (
      id integer generated always as identity primary key,
      batch_id integer not null references nomination_batches(id),
      nomination_id integer references nominations(id),
      author_user_id integer references users(id),
      author_name text not null,
      body text not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index nomination_comments_batch_idx on nomination_comments (batch_id, created_at)`.execute(db);

  await sql`
    create table council_sessions (
      id integer generated always as identity primary key,
      unit_id integer not null references units(id),
      movement_id integer not null references movements(id),
      title text not null,
      meeting_on date not null,
      location text,
      status text not null default 'chuan_bi',
      threshold_percent numeric(5, 2) not null,
      quorum_percent numeric(5, 2) not null,
      opened_at timestamptz,
      closed_at timestamptz,
      version integer not null default 1,
      created_by integer references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint council_sessions_status check (status in ('chuan_bi', 'dang_bo_phieu', 'da_dong'))
    )`.execute(db);
  await sql`create index council_sessions_unit_idx on council_sessions (unit_id, meeting_on)`.execute(db);

  await sql`
    create table council_session_items (
      session_id integer not null references council_sessions(id),
      nomination_id integer not null references nominations(id),
      position integer not null,
      primary key (session_id, nomination_id)
    )`.execute(db);

  // A member is a person (name, post and unit as at the meeting); user_id is the account that votes online.
  await sql`
    create table council_members (
      id integer generated always as identity primary key,
      session_id integer not null references council_sessions(id),
      person_id integer references people(id),
      user_id integer references users(id),
      full_name text not null,
      position_title text,
      unit_id integer references units(id),
      role text not null,
      present boolean,
      constraint council_members_role check (role in ('chu_tich', 'pho_chu_tich', 'thuong_truc', 'thu_ky', 'uy_vien'))
    )`.execute(db);
  await sql`create unique index council_members_user_once on council_members (session_id, user_id) where user_id is not null`.execute(db);

  await sql`
    create table council_recusals (
      session_id integer not null references council_sessions(id),
      member_id integer not null references council_members(id),
      nomination_id integer not null references nominations(id),
      reason text not null,
      primary key (session_id, member_id, nomination_id)
    )`.execute(db);

  await sql`
    create table ballot_receipts (
      session_id integer not null references council_sessions(id),
      member_id integer not null references council_members(id),
      nomination_id integer not null references nominations(id),
      primary key (session_id, member_id, nomination_id)
    )`.execute(db);
  await sql`
    create table ballots (
      id uuid primary key default gen_random_uuid(),
      session_id integer not null references council_sessions(id),
      nomination_id integer not null references nominations(id),
      choice text not null,
      constraint ballots_choice check (choice in ('dong_y', 'khong_dong_y'))
    )`.execute(db);
  await sql`create index ballots_session_idx on ballots (session_id, nomination_id)`.execute(db);
  await sql`
    create function thidua_immutable() returns trigger language plpgsql as $$
    begin
      raise exception 'thidua: % rows cannot be changed', tg_table_name;
    end $$`.execute(db);
  await sql`create trigger ballots_immutable before update or delete on ballots for each row execute function thidua_immutable()`.execute(db);
  await sql`create trigger ballot_receipts_immutable before update or delete on ballot_receipts for each row execute function thidua_immutable()`.execute(db);

  // A decision (quyết định khen thưởng) of the grantor at unit_id, proposed by a tờ trình.
  await sql`
    create table award_decisions (
      id integer generated always as identity primary key,
      unit_id integer not null references units(id),
      movement_id integer not null references movements(id),
      batch_id integer references nomination_batches(id),
      session_id integer references council_sessions(id),
      grantor_code text not null,
      status text not null default 'du_thao',
      number text,
      signed_on date,
      signer_name text,
      signer_title text,
      submission_number text,
      submission_date date,
      base_salary bigint,
      total_amount bigint not null default 0,
      version integer not null default 1,
      created_by integer references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint award_decisions_status check (status in ('du_thao', 'da_ban_hanh')),
      constraint award_decisions_issued check (status = 'du_thao' or (number is not null and signed_on is not null and signer_name is not null))
    )`.execute(db);
  await sql`create unique index award_decisions_number_once on award_decisions (unit_id, number) where number is not null`.execute(db);

  // An award granted: the person's and the unit's history. prize_amount in whole đồng.
  await sql`
    create table awards (
      id integer generated always as identity primary key,
      decision_id integer references award_decisions(id),
      nomination_id integer references nominations(id),
      movement_id integer references movements(id),
      catalogue_code text not null,
      award_name text not null,
      subject_kind text not null,
      person_id integer references people(id),
      unit_id integer not null references units(id),
      nominee_name text not null,
      year integer not null,
      decided_on date not null,
      decision_number text,
      grantor_title text,
      coefficient numeric(6, 2),
      prize_amount bigint not null default 0,
      achievement text,
      public boolean not null default true,
      created_at timestamptz not null default now(),
      constraint awards_subject check ((subject_kind = 'individual' and person_id is not null) or (subject_kind = 'collective' and person_id is null))
    )`.execute(db);
  await sql`create index awards_person_idx on awards (person_id, year) where person_id is not null`.execute(db);
  await sql`create index awards_unit_idx on awards (unit_id, year)`.execute(db);
  await sql`create index awards_movement_idx on awards (movement_id, year)`.execute(db);
}
