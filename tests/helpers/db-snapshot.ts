import { sql } from 'kysely';
import type { Db } from '../../src/db/database';

const tables = ['units', 'unit_parent_history', 'unit_events', 'people', 'person_transfers', 'audit_log', 'user_roles', 'movements', 'movement_versions', 'deadline_completions', 'registrations', 'registration_entries', 'index_scores', 'results', 'result_history', 'evidence_files', 'result_evidence', 'assessments', 'assessment_history', 'appraisal_locks'] as const;

/**
 * A fingerprint of every row of the tables a refused request must not touch: compare one taken
 * before the request with one taken after to prove "nothing written" (audit rows included).
 */
export async function dbSnapshot(db: Db): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of tables) {
    const { rows } = await sql<{ n: number; digest: string | null }>`
      select count(*) as n, md5(string_agg(t::text, '|' order by t.id)) as digest from ${sql.table(table)} t
    `.execute(db);
    out[table] = `${rows[0]!.n}:${rows[0]!.digest ?? ''}`;
  }
  return out;
}
