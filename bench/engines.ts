import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CompiledQuery } from 'kysely';
import pg from 'pg';
import { openDatabase, type Db, type Engine } from '../src/db/database';
import { migrateToLatest } from '../src/db/migrate';

export const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:55432/postgres';

/** Hand-written SQL, sent as typed: no query builder between the text and the driver. */
export interface RawSql {
  query<R>(text: string, params?: unknown[]): Promise<R[]>;
  /** Runs fn inside BEGIN … COMMIT on one connection (PGlite has only one). */
  transaction<T>(fn: (q: RawSql) => Promise<T>): Promise<T>;
}

export interface BenchDatabase {
  engine: Engine;
  /** The app's Kysely instance, opened by src/db/database.ts like the server does. */
  db: Db;
  raw: RawSql;
  /** Where the data lives, for the report. */
  where: string;
  close(): Promise<void>;
}

/** A fresh, migrated database: PGlite in a temporary directory, or a new database on the server. */
export async function openFreshDatabase(engine: Engine, serverUrl: string): Promise<BenchDatabase> {
  return engine === 'pglite' ? openFreshPglite() : openFreshPostgres(serverUrl);
}

async function openFreshPglite(): Promise<BenchDatabase> {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-'));
  const dataDir = path.join(parent, 'data');
  const handle = await openDatabase({ dataDir });
  await migrateToLatest(handle.db);
  return {
    engine: 'pglite',
    db: handle.db,
    raw: passThrough(handle.db),
    where: dataDir,
    close: async () => {
      await handle.close();
      fs.rmSync(parent, { recursive: true, force: true });
    },
  };
}

/**
 * PGlite runs inside this process and accepts one client, which openDatabase already holds, so the
 * hand-written SQL goes through that same pg client: CompiledQuery.raw hands the text and parameters
 * straight to pg's client.query (no building, no compiling, no plugins).
 */
function passThrough(db: Db): RawSql {
  const on = (target: Db): RawSql => ({
    query: async <R>(text: string, params: unknown[] = []) =>
      (await target.executeQuery<R>(CompiledQuery.raw(text, params))).rows,
    transaction: (fn) => target.transaction().execute((trx) => fn(on(trx))),
  });
  return on(db);
}

async function openFreshPostgres(serverUrl: string): Promise<BenchDatabase> {
  const name = `thidua_bench_${crypto.randomBytes(4).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  await migrateToLatest(handle.db);
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
  const on = (client: pg.Pool | pg.PoolClient): RawSql => ({
    query: async <R>(text: string, params: unknown[] = []) =>
      (await client.query(text, params)).rows as R[],
    transaction: async (fn) => {
      const c = await pool.connect();
      try {
        await c.query('begin');
        const result = await fn(on(c));
        await c.query('commit');
        return result;
      } catch (err) {
        await c.query('rollback');
        throw err;
      } finally {
        c.release();
      }
    },
  });
  return {
    engine: 'postgres',
    db: handle.db,
    raw: on(pool),
    where: `${url.host}/${name}`,
    close: async () => {
      await pool.end();
      await handle.close();
      await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** True when a PostgreSQL server answers at url (so --engine=both can fall back to PGlite alone). */
export async function serverReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
