import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE, type AppDeps } from '../../http/app';
import { AppError } from '../../http/errors';
import { serviceContext } from '../../http/request';
import { changePasswordBody, loginBody, meResponse } from './auth.schema';
import { actorFromToken, changePassword, login, logout, presentMe } from './auth.service';

const ok = z.object({ ok: z.literal(true) });

export async function authRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: deps.config.COOKIE_SECURE,
  };

  app.post(
    '/auth/login',
    {
      schema: { tags: ['Tài khoản'], summary: 'Đăng nhập', body: loginBody, response: { 200: meResponse } },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { token, expiresAt } = await login(deps.db, deps.config, request.body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        requestId: request.id,
      });
      const found = await actorFromToken(deps.db, token);
      if (!found) throw new AppError('internal');
      reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, expires: expiresAt });
      return presentMe(found.actor);
    },
  );

  app.post('/auth/logout', { schema: { tags: ['Tài khoản'], summary: 'Đăng xuất', response: { 200: ok } } }, async (request, reply) => {
    const ctx = serviceContext(request, deps.db);
    await logout(ctx, request.sessionId!);
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    return { ok: true as const };
  });

  app.get('/auth/me', { schema: { tags: ['Tài khoản'], summary: 'Người dùng hiện tại', response: { 200: meResponse } } }, async (request) => {
    return presentMe(serviceContext(request, deps.db).actor);
  });

  app.post(
    '/auth/password',
    { schema: { tags: ['Tài khoản'], summary: 'Đổi mật khẩu', body: changePasswordBody, response: { 200: ok } } },
    async (request) => {
      const ctx = serviceContext(request, deps.db);
      await changePassword(ctx, request.sessionId!, request.body);
      return { ok: true as const };
    },
  );
}
