import type { ColumnType, Generated, Selectable } from 'kysely';

// Tables of migration 008: the inputs the standards engine reads (initiatives, discipline, yearly ratings).
type DateString = string;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface InitiativesTable {
  id: Generated<number>;
  unit_id: number;
  title: string;
  summary: string | null;
  year: number;
  recognition_level: string | null;
  council_name: string | null;
  decision_number: string | null;
  decision_date: DateString | null;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export interface InitiativeAuthorsTable {
  initiative_id: number;
  person_id: number;
  share: number;
}
export interface DisciplineRecordsTable {
  id: Generated<number>;
  subject_kind: string;
  person_id: number | null;
  unit_id: number;
  kind: string;
  form: string | null;
  pending_kind: string | null;
  decision_number: string | null;
  decision_date: DateString | null;
  effective_from: DateString;
  effective_to: DateString | null;
  period_override_reason: string | null;
  note: string | null;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export interface AnnualRatingsTable {
  id: Generated<number>;
  subject_kind: string;
  person_id: number | null;
  unit_id: number;
  year: number;
  rating: string;
  source: string | null;
  recorded_by: number | null;
  recorded_at: Timestamp;
}
export type InitiativeRow = Selectable<InitiativesTable>;
export type DisciplineRecordRow = Selectable<DisciplineRecordsTable>;
export type AnnualRatingRow = Selectable<AnnualRatingsTable>;

export interface InputTables {
  initiatives: InitiativesTable;
  initiative_authors: InitiativeAuthorsTable;
  discipline_records: DisciplineRecordsTable;
  annual_ratings: AnnualRatingsTable;
}
