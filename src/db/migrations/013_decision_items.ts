import { sql, type Kysely } from 'kysely';

// The awardees of a decision (quyết định khen thưởng): which agreed nominations a draft holds, in which
// order, with the prize computed for the signing date. A nomination sits in one decision at a time, so
// two drafts cannot grant it twice. money_source: Điều 2 (nguồn kinh phí) as the drafter wrote it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table award_decision_items (
      decision_id integer not null references award_decisions(id) on delete cascade,
      nomination_id integer not null references nominations(id),
      position integer not null,
      coefficient numeric(6, 2),
      prize_amount bigint not null default 0,
      primary key (decision_id, nomination_id)
    )`.execute(db);
  await sql`create unique index award_decision_items_once on award_decision_items (nomination_id)`.execute(db);
  await sql`alter table award_decisions add column money_source text`.execute(db);
  await sql`alter table award_decisions add column title text`.execute(db);
}
