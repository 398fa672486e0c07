import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from '../../src/db/migrate';
import type { Database } from '../../src/db/types';

/**
 * Vitest global setup for the PGlite runs: one migrated cluster, dumped to a file that every test
 * file's in-memory database starts from. Creating a PGlite cluster (initdb in WebAssembly) costs
 * 2–4 s; loading the dump about 0.6 s — over a hundred test files, minutes of CI.
 */
export const TEMPLATE_FILE = path.resolve('tmp/test-template/pglite-migrated.tar');

export default async function setup(): Promise<() => void> {
  if (process.env.DATABASE_URL) return () => {};
  const pglite = await PGlite.create({ extensions: { pg_trgm } });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool(createPgConfig(pglite) as unknown as pg.PoolConfig) }) });
  await migrateToLatest(db);
  await db.destroy();
  const dump = await pglite.dumpDataDir('none');
  await pglite.close();
  fs.mkdirSync(path.dirname(TEMPLATE_FILE), { recursive: true });
  // Written under a temporary name first: a run reading a half-written dump would fail obscurely.
  const partial = `${TEMPLATE_FILE}.${process.pid}`;
  fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  fs.renameSync(partial, TEMPLATE_FILE);
  process.env.THIDUA_PGLITE_TEMPLATE = TEMPLATE_FILE;
  return () => {};
}
