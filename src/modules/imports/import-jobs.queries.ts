import type { Db } from '../../db/database';
import type { RowError } from './row-errors';

export type ImportKind = 'units' | 'people';
/** running → succeeded (written), rejected (row errors, nothing written) or failed (an error while writing). */
export type ImportStatus = 'running' | 'succeeded' | 'rejected' | 'failed';

export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
}

export async function createImportJob(
  db: Db,
  job: { id: string; kind: ImportKind; fileName: string | null; sha256: string; userId: number; unitId: number | null },
): Promise<void> {
  await db
    .insertInto('import_jobs')
    .values({
      id: job.id,
      kind: job.kind,
      status: 'running',
      total: 0,
      processed: 0,
      file_name: job.fileName,
      file_sha256: job.sha256,
      unit_id: job.unitId,
      created_by: job.userId,
    })
    .execute();
}

/** Records how a job ended. Called inside the write transaction on success, so both commit together. */
export async function finishImportJob(
  db: Db,
  id: string,
  end: { status: ImportStatus; total: number; processed: number; errors: RowError[]; summary: ImportSummary | null },
): Promise<void> {
  await db
    .updateTable('import_jobs')
    .set({
      status: end.status,
      total: end.total,
      processed: end.processed,
      errors: end.errors.length > 0 ? JSON.stringify(end.errors) : null,
      summary: end.summary ? JSON.stringify(end.summary) : null,
      finished_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}
