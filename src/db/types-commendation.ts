import type { ColumnType, Generated, Selectable } from 'kysely';

// Tables of migration 010 (nominations, council sessions, ballots, decisions, awards).
type DateString = string;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json = ColumnType<unknown, string | undefined | null, string | null>;
/** numeric columns come back from pg as strings; write numbers or strings. */
type Numeric = ColumnType<string, number | string, number | string>;
/** bigint columns are parsed to numbers (database.ts); amounts in whole đồng stay far below 2^53. */
type BigIntCol = ColumnType<number, number | string | bigint | undefined, number | string | bigint>;

export interface NominationBatchesTable {
  id: Generated<number>;
  movement_id: number;
  year: number;
  proposing_unit_id: number;
  addressed_unit_id: number;
  forwarded_from_batch_id: number | null;
  title: string;
  /** nhap | da_gui | tra_lai | cong_khai | da_xet | da_chuyen | da_quyet_dinh */
  status: Generated<string>;
  due_on: DateString | null;
  submission_number: string | null;
  submitted_at: NullableTimestamp;
  submitted_by: number | null;
  notice_from: DateString | null;
  notice_to: DateString | null;
  return_reason: string | null;
  version: Generated<number>;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface NominationsTable {
  id: Generated<number>;
  batch_id: number;
  movement_id: number;
  /** The batch's year, copied by trigger (migration 016). */
  year: Generated<number>;
  award_key: string | null;
  catalogue_code: string;
  /** individual | collective */
  subject_kind: string;
  person_id: number | null;
  unit_id: number;
  nominee_name: string;
  report: Json;
  eligibility: Json;
  eligible: boolean | null;
  override_reason: string | null;
  /** de_nghi | rut | dong_y | khong_dong_y | da_chuyen | khen_thuong | khong_khen_thuong */
  status: Generated<string>;
  version: Generated<number>;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface NominationHistoryTable {
  id: Generated<number>;
  nomination_id: number;
  batch_id: number;
  action: string;
  old_status: string | null;
  new_status: string | null;
  reason: string | null;
  by_user: number | null;
  at: Timestamp;
}

export interface NominationCommentsTable {
  id: Generated<number>;
  batch_id: number;
  nomination_id: number | null;
  author_user_id: number | null;
  author_name: string;
  body: string;
  created_at: Timestamp;
}

export interface CouncilSessionsTable {
  id: Generated<number>;
  unit_id: number;
  movement_id: number;
  title: string;
  meeting_on: DateString;
  location: string | null;
  /** chuan_bi | dang_bo_phieu | da_dong */
  status: Generated<string>;
  threshold_percent: Numeric;
  quorum_percent: Numeric;
  opened_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  version: Generated<number>;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CouncilSessionItemsTable {
  session_id: number;
  nomination_id: number;
  position: number;
}

export interface CouncilMembersTable {
  id: Generated<number>;
  session_id: number;
  person_id: number | null;
  user_id: number | null;
  full_name: string;
  position_title: string | null;
  unit_id: number | null;
  /** chu_tich | pho_chu_tich | thuong_truc | thu_ky | uy_vien */
  role: string;
  present: boolean | null;
}

export interface CouncilRecusalsTable {
  session_id: number;
  member_id: number;
  nomination_id: number;
  reason: string;
}

export interface BallotReceiptsTable {
  session_id: number;
  member_id: number;
  nomination_id: number;
}

export interface BallotsTable {
  id: Generated<string>;
  session_id: number;
  nomination_id: number;
  /** dong_y | khong_dong_y */
  choice: string;
}

export interface AwardDecisionsTable {
  id: Generated<number>;
  unit_id: number;
  movement_id: number;
  batch_id: number | null;
  session_id: number | null;
  grantor_code: string;
  /** du_thao | da_ban_hanh */
  status: Generated<string>;
  number: string | null;
  signed_on: DateString | null;
  signer_name: string | null;
  signer_title: string | null;
  submission_number: string | null;
  submission_date: DateString | null;
  base_salary: BigIntCol | null;
  total_amount: BigIntCol;
  /** Migration 013: Điều 2 (nguồn kinh phí) and the trích yếu as drafted. */
  money_source: string | null;
  title: string | null;
  version: Generated<number>;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AwardsTable {
  id: Generated<number>;
  decision_id: number | null;
  nomination_id: number | null;
  movement_id: number | null;
  catalogue_code: string;
  award_name: string;
  subject_kind: string;
  person_id: number | null;
  unit_id: number;
  nominee_name: string;
  year: number;
  decided_on: DateString;
  decision_number: string | null;
  grantor_title: string | null;
  coefficient: Numeric | null;
  prize_amount: BigIntCol;
  achievement: string | null;
  public: Generated<boolean>;
  created_at: Timestamp;
}

export interface CommendationTables {
  nomination_batches: NominationBatchesTable;
  nominations: NominationsTable;
  nomination_history: NominationHistoryTable;
  nomination_comments: NominationCommentsTable;
  council_sessions: CouncilSessionsTable;
  council_session_items: CouncilSessionItemsTable;
  council_members: CouncilMembersTable;
  council_recusals: CouncilRecusalsTable;
  ballot_receipts: BallotReceiptsTable;
  ballots: BallotsTable;
  award_decisions: AwardDecisionsTable;
  awards: AwardsTable;
}

export type NominationBatchRow = Selectable<NominationBatchesTable>;
export type NominationRow = Selectable<NominationsTable>;
export type CouncilSessionRow = Selectable<CouncilSessionsTable>;
export type CouncilMemberRow = Selectable<CouncilMembersTable>;
export type AwardDecisionRow = Selectable<AwardDecisionsTable>;
export type AwardRow = Selectable<AwardsTable>;
