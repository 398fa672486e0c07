export interface RowErrorLike {
  row: number;
  column: string;
  message: string;
}

/**
 * The error text without its "Dòng 7, cột Năm sinh: " lead, since the table shows row and column in
 * their own columns. The full sentence is kept when it does not start that way.
 */
export function errorDetail(e: RowErrorLike): string {
  const lead = `Dòng ${e.row}, cột ${e.column}: `;
  if (!e.message.startsWith(lead)) return e.message;
  const rest = e.message.slice(lead.length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** Percent for the progress bar; never 100 before the result arrives (writing can still fail). */
export function progressPercent(processed: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(99, Math.floor((processed / total) * 100));
}
