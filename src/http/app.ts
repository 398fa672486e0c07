import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../config';
import type { Db, Engine } from '../db/database';
import { actorFromToken } from '../modules/auth/auth.service';
import { registerErrorHandler } from './error-handler';
import { registerRoutes } from './routes';
import './context';

export const SESSION_COOKIE = 'thidua_sid';

export interface AppDeps {
  config: Config;
  db: Db;
  engine: Engine;
  /** Folder of the built web app; omitted in API-only tests. */
  webDir?: string;
}

// Zod's own Vietnamese messages for every generic rule (type, length, format…).
z.config(z.locales.vi());

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    logger: config.LOG_LEVEL === 'silent' ? false : { level: config.LOG_LEVEL },
    bodyLimit: config.BODY_LIMIT_BYTES,
    genReqId: () => crypto.randomUUID(),
    trustProxy: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Ant Design injects component styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, {
    limits: { fileSize: config.UPLOAD_LIMIT_BYTES, files: 1, fields: 10, fieldSize: 10_000 },
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'thidua API', description: 'API quản lý phong trào thi đua cải cách hành chính', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token || !request.url.startsWith('/api/')) return;
    const found = await actorFromToken(deps.db, token);
    if (found) {
      request.actor = found.actor;
      request.sessionId = found.sessionId;
    }
  });

  await app.register(async (api) => registerRoutes(api, deps), { prefix: '/api' });

  const webDir = deps.webDir;
  if (webDir && fs.existsSync(path.join(webDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: webDir, wildcard: false });
    // Client-side routes (/don-vi, /nhat-ky…) all load the single page.
    app.get('/*', (request, reply) => {
      if (request.url.startsWith('/api/')) {
        return reply.status(404).send({ error: { code: 'not_found', message: 'Không tìm thấy đường dẫn API.' } });
      }
      return reply.sendFile('index.html');
    });
  }
  return app;
}
