import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../../src/config';
import type { Db } from '../../../src/db/database';
import { buildApp } from '../../../src/http/app';
import { createTestDatabase } from '../../helpers/test-db';

/** The real app served over a real socket, so the browser exercises cookies, static files and the SPA fallback. */
export interface E2eApp {
  baseUrl: string;
  db: Db;
  app: FastifyInstance;
  close(): Promise<void>;
}

// E2E_WEB_DIR lets engineers working side by side test their own build without overwriting dist/web.
export const WEB_DIR = path.resolve(process.env.E2E_WEB_DIR ?? 'dist/web');

export async function startE2eApp(): Promise<E2eApp> {
  // Without the built web app Fastify would serve only the API and every test would fail obscurely.
  if (!fs.existsSync(path.join(WEB_DIR, 'index.html'))) {
    throw new Error(`${WEB_DIR}/index.html is missing: run \`npm run build\` first (\`npm run test:e2e\` does).`);
  }
  // Fresh database per test file: in-memory PGlite, or a new database on DATABASE_URL's server.
  const handle = await createTestDatabase();
  const config = loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', DATA_DIR: './data/test', HOST: '127.0.0.1', PORT: '0' });
  const app = await buildApp({ config, db: handle.db, engine: handle.engine, webDir: WEB_DIR });
  // Port 0: the OS picks a free port, so parallel runs on one machine never collide.
  const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    baseUrl,
    db: handle.db,
    app,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}
