import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { CommendationTables } from './types-commendation';
import type { InputTables } from './types-inputs';

export type { AnnualRatingRow, DisciplineRecordRow, InitiativeRow } from './types-inputs';
import type { DecisionTables } from './types-decisions';

/** `date` columns are kept as ISO strings (YYYY-MM-DD): a calendar day has no time zone. */
type DateString = string;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json = ColumnType<unknown, string | undefined | null, string | null>;

export interface UnitsTable {
  id: Generated<number>;
  code: string;
  name: string;
  short_name: string | null;
  kind: string;
  parent_id: number | null;
  /** Materialised path of ids, '/1/5/9/': a subtree is one indexed prefix match. */
  path: string;
  depth: number;
  valid_from: DateString | null;
  valid_to: DateString | null;
  merged_into_id: number | null;
  search_key: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UnitParentHistoryTable {
  id: Generated<number>;
  unit_id: number;
  parent_id: number | null;
  valid_from: DateString;
  valid_to: DateString | null;
}

export interface UnitEventsTable {
  id: Generated<number>;
  kind: string;
  effective_date: DateString;
  source_unit_ids: number[];
  target_unit_id: number | null;
  note: string | null;
  created_by: number | null;
  created_at: Timestamp;
}

export interface PeopleTable {
  id: Generated<number>;
  full_name: string;
  gender: string | null;
  birth_year: number | null;
  unit_id: number;
  position: string | null;
  category: string;
  is_unit_head: Generated<boolean>;
  active: Generated<boolean>;
  search_key: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PersonTransfersTable {
  id: Generated<number>;
  person_id: number;
  from_unit_id: number | null;
  to_unit_id: number;
  effective_date: DateString;
  reason: string | null;
  created_by: number | null;
  created_at: Timestamp;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  password_hash: string;
  full_name: string;
  person_id: number | null;
  disabled: Generated<boolean>;
  failed_attempts: Generated<number>;
  locked_until: Date | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UserRolesTable {
  id: Generated<number>;
  user_id: number;
  role: string;
  unit_id: number;
}

export interface SessionsTable {
  id: string;
  user_id: number;
  created_at: Timestamp;
  expires_at: Date;
  last_seen_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Timestamp;
  user_id: number | null;
  action: string;
  entity: string;
  entity_id: string | null;
  unit_id: number | null;
  before: Json;
  after: Json;
  request_id: string | null;
}

export interface ImportJobsTable {
  id: string;
  kind: string;
  status: string;
  total: number;
  processed: number;
  errors: Json;
  summary: Json;
  file_name: string | null;
  file_sha256: string | null;
  unit_id: number | null;
  created_by: number | null;
  created_at: Timestamp;
  finished_at: Date | null;
}

export interface MovementsTable {
  id: Generated<number>;
  owner_unit_id: number;
  parent_movement_id: number | null;
  kind: string;
  status: Generated<string>;
  title: string;
  number: string | null;
  issued_on: DateString | null;
  year_from: number | null;
  year_to: number | null;
  current_version_id: number | null;
  search_key: string;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MovementVersionsTable {
  id: Generated<number>;
  movement_id: number;
  version_no: number;
  state: Generated<string>;
  /** planContentSchema output; validated on every write, never trusted on read from outside. */
  content: Json;
  revision: Generated<number>;
  based_on_version_id: number | null;
  change_note: string | null;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  issued_by: number | null;
  issued_at: NullableTimestamp;
}

export interface DeadlineCompletionsTable {
  id: Generated<number>;
  movement_id: number;
  deadline_key: string;
  due_on: DateString;
  unit_id: number;
  done_on: DateString;
  note: string | null;
  recorded_by: number | null;
  recorded_at: Timestamp;
}

export interface IndexScoresTable {
  id: Generated<number>;
  unit_id: number;
  year: number;
  index_code: string;
  score: number | null;
  rank: number | null;
  rank_of: number | null;
  band: string | null;
  source: string | null;
  recorded_by: number | null;
  recorded_at: Timestamp;
}

export interface Database extends CommendationTables, DecisionTables, InputTables {
  units: UnitsTable;
  unit_parent_history: UnitParentHistoryTable;
  unit_events: UnitEventsTable;
  people: PeopleTable;
  person_transfers: PersonTransfersTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  import_jobs: ImportJobsTable;
  movements: MovementsTable;
  movement_versions: MovementVersionsTable;
  deadline_completions: DeadlineCompletionsTable;
  registrations: RegistrationsTable;
  registration_entries: RegistrationEntriesTable;
  index_scores: IndexScoresTable;
  results: ResultsTable;
  result_history: ResultHistoryTable;
  evidence_files: EvidenceFilesTable;
  result_evidence: ResultEvidenceTable;
  assessments: AssessmentsTable;
  assessment_history: AssessmentHistoryTable;
  appraisal_locks: AppraisalLocksTable;
  dashboard_projections: DashboardProjectionsTable;
  dashboard_cells: DashboardCellsTable;
}

export type UnitRow = Selectable<UnitsTable>;
export type NewUnit = Insertable<UnitsTable>;
export type UnitUpdate = Updateable<UnitsTable>;
export type PersonRow = Selectable<PeopleTable>;
export type NewPerson = Insertable<PeopleTable>;
export type UserRow = Selectable<UsersTable>;
export type MovementRow = Selectable<MovementsTable>;
export type MovementVersionRow = Selectable<MovementVersionsTable>;
export type DeadlineCompletionRow = Selectable<DeadlineCompletionsTable>;

export interface RegistrationsTable {
  id: Generated<number>;
  movement_id: number;
  unit_id: number;
  /** chua_gui | cho_duyet | tra_lai | da_duyet (registration-rules.ts). */
  status: Generated<string>;
  commitments: Generated<string>;
  return_reason: string | null;
  revision: Generated<number>;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  submitted_at: NullableTimestamp;
  submitted_by: number | null;
  decided_at: NullableTimestamp;
  decided_by: number | null;
}

export interface RegistrationEntriesTable {
  id: Generated<number>;
  registration_id: number;
  position: number;
  subject: string;
  person_id: number | null;
  target_title: string;
  commitment: string | null;
}
export type RegistrationRow = Selectable<RegistrationsTable>;
export type RegistrationEntryRow = Selectable<RegistrationEntriesTable>;
export type IndexScoreRow = Selectable<IndexScoresTable>;

export interface ResultsTable {
  id: Generated<number>;
  movement_id: number;
  unit_id: number;
  person_id: number | null;
  criterion_key: string;
  /** '2024' | '2024-H1' | '2024-Q3' */
  period: string;
  /** A ResultValue (scoring/result-value.ts). */
  value: Json;
  note: string | null;
  revision: Generated<number>;
  created_by: number | null;
  created_at: Timestamp;
  updated_by: number | null;
  updated_at: Timestamp;
}

export interface ResultHistoryTable {
  id: Generated<number>;
  result_id: number;
  revision: number;
  old_value: Json;
  old_note: string | null;
  changed_by: number | null;
  changed_at: Timestamp;
  reason: string | null;
}

export interface EvidenceFilesTable {
  id: Generated<number>;
  sha256: string;
  size: number;
  mime: string;
  original_name: string;
  stored_at: Timestamp;
}

export interface ResultEvidenceTable {
  id: Generated<number>;
  result_id: number;
  file_id: number;
  unit_id: number;
  file_name: string;
  uploaded_by: number | null;
  uploaded_at: Timestamp;
}
export type ResultRow = Selectable<ResultsTable>;

export type AssessmentStatus = 'tu_cham' | 'cho_tham_dinh' | 'giai_trinh' | 'da_tham_dinh';
export interface AssessmentsTable {
  id: Generated<number>;
  movement_id: number;
  unit_id: number;
  person_id: number | null;
  criterion_key: string;
  period: string;
  self_points: number;
  self_note: string | null;
  status: ColumnType<AssessmentStatus, AssessmentStatus | undefined, AssessmentStatus>;
  /** Deadline for the explanation (giải trình), set when the appraiser returns it. */
  explain_by: DateString | null;
  explain_request: string | null;
  explanation: string | null;
  appraised_points: number | null;
  appraisal_reason: string | null;
  appraised_by: number | null;
  appraised_at: Date | null;
  locked: Generated<boolean>;
  revision: Generated<number>;
  created_by: number | null;
  created_at: Timestamp;
  updated_by: number | null;
  updated_at: Timestamp;
}
export interface AssessmentHistoryTable {
  id: Generated<number>;
  assessment_id: number;
  revision: number;
  action: string;
  old_status: string;
  old_self_points: number;
  old_self_note: string | null;
  old_appraised_points: number | null;
  changed_by: number | null;
  changed_at: Timestamp;
  reason: string | null;
}
export interface AppraisalLocksTable {
  id: Generated<number>;
  movement_id: number;
  period: string;
  locked_by: number | null;
  locked_at: Timestamp;
}

// ---- dashboard projection (migration 007) ----
export interface DashboardProjectionsTable {
  movement_id: number;
  version_id: number | null;
  /** bigint: pg returns it as a string. */
  result_changes: Generated<string>;
  projected_changes: Generated<string>;
}
export interface DashboardCellsTable {
  movement_id: number;
  unit_id: number;
  period: string;
  /** One character per unit criterion of the plan version: 1 met, 0 not met, x cannot be judged, space no value. */
  states: string;
  points: number[];
}
