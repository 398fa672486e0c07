import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './types';
import { acquireDataDirLock } from './lock';
import { usePreparedStatements } from './prepared';

export type Db = Kysely<Database>;
export type Engine = 'pglite' | 'postgres';

export interface DbHandle {
  db: Db;
  engine: Engine;
  close(): Promise<void>;
}

// A calendar date has no time zone; pg would otherwise turn '2024-03-18' into a local-midnight Date.
pg.types.setTypeParser(1082, (v: string) => v);
// count(*) and bigint ids fit comfortably in a JS number for this domain.
pg.types.setTypeParser(20, (v: string) => Number(v));

export interface OpenOptions {
  /** postgres://… for a server; omitted for embedded PGlite. */
  url?: string;
  /** PGlite data directory, or 'memory://' for a throwaway in-memory database. */
  dataDir?: string;
  maxConnections?: number;
  /** An in-memory PGlite starts from this dump (PGlite dumpDataDir) instead of an empty cluster. */
  loadDataDir?: Blob;
}

export async function openDatabase(opts: OpenOptions): Promise<DbHandle> {
  if (opts.url) {
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.maxConnections ?? 10 });
    pool.on('connect', usePreparedStatements);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', close: () => db.destroy() };
  }
  return openPglite(opts.dataDir ?? 'memory://', opts.loadDataDir);
}

async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<DbHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  const inMemory = dataDir.startsWith('memory://');
  let release = (): void => {};
  if (!inMemory) {
    fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
    // Two processes on one PGlite directory silently lose writes: refuse the second one.
    release = acquireDataDirLock(dataDir);
  }
  try {
    const pglite = await PGlite.create(inMemory ? undefined : dataDir, { extensions: { pg_trgm }, ...(inMemory && loadDataDir ? { loadDataDir } : {}) });
    const pool = new pg.Pool(createPgConfig(pglite) as unknown as pg.PoolConfig);
    pool.on('connect', usePreparedStatements);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      engine: 'pglite',
      close: async () => {
        await db.destroy();
        await pglite.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}
