import type { ColumnType } from 'kysely';

// Tables of migration 013 (the awardees of a decision).
type Numeric = ColumnType<string, number | string, number | string>;
type BigIntCol = ColumnType<number, number | string | bigint | undefined, number | string | bigint>;

export interface AwardDecisionItemsTable {
  decision_id: number;
  nomination_id: number;
  position: number;
  coefficient: Numeric | null;
  prize_amount: BigIntCol;
}

export interface DecisionTables {
  award_decision_items: AwardDecisionItemsTable;
}
