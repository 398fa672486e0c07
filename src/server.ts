import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from './config';
import { openDatabase, type DbHandle } from './db/database';
import { migrateToLatest } from './db/migrate';
import { buildApp } from './http/app';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const defaultWebDir = path.join(repoRoot, 'dist', 'web');

/** Opens the configured database (PGlite under DATA_DIR unless DATABASE_URL is set) and migrates it. */
export async function openConfiguredDatabase(config: Config): Promise<DbHandle> {
  const handle = await openDatabase({
    url: config.DATABASE_URL,
    dataDir: path.join(config.DATA_DIR, 'pglite'),
  });
  await migrateToLatest(handle.db);
  return handle;
}

export async function startServer(config: Config, handle: DbHandle) {
  const app = await buildApp({ config, db: handle.db, engine: handle.engine, webDir: defaultWebDir });
  const close = async () => {
    await app.close();
    await handle.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
  await app.listen({ port: config.PORT, host: config.HOST });
  return { app, close };
}
