import crypto from 'node:crypto';
import type { Config } from '../../config';
import type { Db } from '../../db/database';
import type { Actor, ServiceContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit/audit.queries';
import { findLiveSessionWithRoles, findUserByUsername } from './auth.queries';
import type { ChangePasswordBody, LoginBody, MeResponse } from './auth.schema';
import { hashPassword, verifyPassword } from './password';
import { permissions, roleAllows, roleLabels } from './roles';

/** The cookie holds a random token; the database keeps only its hash, so a leaked table opens nothing. */
export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

// Verifying against a real hash when the user is unknown keeps response times alike for both cases.
let dummyHash: Promise<string> | undefined;

export async function login(
  db: Db,
  config: Config,
  input: LoginBody,
  meta: { ip: string | null; userAgent: string | null; requestId: string },
): Promise<{ token: string; expiresAt: Date }> {
  const user = await findUserByUsername(db, input.username);
  if (!user || user.disabled) {
    dummyHash ??= hashPassword('không-có-người-dùng-này');
    await verifyPassword(await dummyHash, input.password);
    throw new AppError('invalid_credentials');
  }
  if (user.locked_until && user.locked_until > new Date()) {
    throw new AppError('locked', lockedMessage(user.locked_until));
  }
  if (!(await verifyPassword(user.password_hash, input.password))) {
    const failures = user.failed_attempts + 1;
    const lock = failures >= config.LOGIN_MAX_FAILURES;
    const lockedUntil = lock ? new Date(Date.now() + config.LOGIN_LOCK_MINUTES * 60_000) : null;
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('users')
        .set({ failed_attempts: lock ? 0 : failures, locked_until: lockedUntil })
        .where('id', '=', user.id)
        .execute();
      await recordAudit(trx, {
        userId: user.id,
        action: lock ? 'auth.locked' : 'auth.login_failed',
        entity: 'user',
        entityId: user.id,
        unitId: null,
        after: { failures },
        requestId: meta.requestId,
      });
    });
    if (lockedUntil) throw new AppError('locked', lockedMessage(lockedUntil));
    throw new AppError('invalid_credentials');
  }

  const token = crypto.randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + config.SESSION_TTL_HOURS * 3_600_000);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ failed_attempts: 0, locked_until: null })
      .where('id', '=', user.id)
      .execute();
    await trx
      .insertInto('sessions')
      .values({ id: hashToken(token), user_id: user.id, expires_at: expiresAt, ip: meta.ip, user_agent: meta.userAgent })
      .execute();
    await recordAudit(trx, {
      userId: user.id,
      action: 'auth.login',
      entity: 'user',
      entityId: user.id,
      unitId: null,
      requestId: meta.requestId,
    });
  });
  return { token, expiresAt };
}

function lockedMessage(until: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return `Tài khoản tạm bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau ${minutes} phút.`;
}

export async function actorFromToken(db: Db, token: string): Promise<{ actor: Actor; sessionId: string } | null> {
  const sessionId = hashToken(token);
  const session = await findLiveSessionWithRoles(db, sessionId);
  if (!session || session.disabled) return null;
  const roles = session.roles;
  return {
    sessionId,
    actor: {
      userId: session.user_id,
      username: session.username,
      fullName: session.full_name,
      personId: session.person_id,
      roles,
    },
  };
}

export async function logout(ctx: ServiceContext, sessionId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sessions').where('id', '=', sessionId).execute();
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: 'auth.logout',
      entity: 'user',
      entityId: ctx.actor.userId,
      unitId: null,
      requestId: ctx.requestId,
    });
  });
}

export async function changePassword(ctx: ServiceContext, sessionId: string, input: ChangePasswordBody): Promise<void> {
  const user = await ctx.db.selectFrom('users').selectAll().where('id', '=', ctx.actor.userId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw new AppError('validation', 'Mật khẩu hiện tại không đúng.', { currentPassword: 'Mật khẩu hiện tại không đúng' });
  }
  if (input.currentPassword === input.newPassword) {
    throw new AppError('validation', 'Mật khẩu mới phải khác mật khẩu hiện tại.', {
      newPassword: 'Mật khẩu mới phải khác mật khẩu hiện tại',
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: passwordHash, updated_at: new Date() }).where('id', '=', user.id).execute();
    // Other sessions may belong to whoever learnt the old password: end them.
    await trx.deleteFrom('sessions').where('user_id', '=', user.id).where('id', '!=', sessionId).execute();
    await recordAudit(trx, {
      userId: user.id,
      action: 'auth.password_changed',
      entity: 'user',
      entityId: user.id,
      unitId: null,
      requestId: ctx.requestId,
    });
  });
}

export function presentMe(actor: Actor): MeResponse {
  const allowed = permissions.filter((p) => actor.roles.some((g) => roleAllows(g.role, p)));
  return {
    id: actor.userId,
    username: actor.username,
    fullName: actor.fullName,
    personId: actor.personId,
    roles: actor.roles.map((g) => ({ role: g.role, roleLabel: roleLabels[g.role], unitId: g.unitId, unitName: g.unitName })),
    permissions: allowed,
  };
}
