import crypto from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { openDatabase, type DbHandle } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on the
 * PostgreSQL server named by DATABASE_URL (CI runs the suite both ways). Dropped again on close.
 */
export async function createTestDatabase(): Promise<DbHandle> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    // The global setup's migrated dump when there is one (tests/helpers/pglite-template.ts); the
    // migrations still run, so a dump older than the code only costs time.
    const template = process.env.THIDUA_PGLITE_TEMPLATE;
    const loadDataDir = template && fs.existsSync(template) ? new Blob([fs.readFileSync(template)]) : undefined;
    const handle = await openDatabase({ dataDir: 'memory://', loadDataDir });
    await migrateToLatest(handle.db);
    return handle;
  }
  const name = `thidua_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const handle = await openDatabase({ url: dbUrl.toString() });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const drop = new pg.Client({ connectionString: url });
      await drop.connect();
      // pg.Pool.end() resolves before its sockets have closed. Dropping WITH (FORCE) at once would
      // kill a session that is still closing, and its "terminating connection" error then surfaces
      // as an uncaught exception that fails the whole run: wait (up to 5 s) for the sessions to go.
      for (let i = 0; i < 100; i++) {
        const { rows } = await drop.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
        if (rows[0]?.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await drop.query(`drop database if exists ${name} with (force)`);
      await drop.end();
    },
  };
}
