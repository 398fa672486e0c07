import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { loginAs, startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '15' });
});
afterAll(() => t?.close());

describe('accounts', () => {
  it('logs in with an HttpOnly SameSite cookie, reports the user, and logs out', async () => {
    const unit = await buildUnit(t.db, { name: 'Xã Trà Lâm' });
    const user = await buildUser(t.db, { role: 'unit_officer', unitId: unit.id });
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user.username, password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const header = String(res.headers['set-cookie']);
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Strict/i);
    expect(res.json().roles[0]).toMatchObject({ role: 'unit_officer', roleLabel: 'Cán bộ đơn vị', unitName: 'Xã Trà Lâm' });

    const client = await loginAs(t.app, user.username, TEST_PASSWORD);
    expect((await client.get('/api/auth/me')).json().username).toBe(user.username);
    expect((await client.post('/api/auth/logout')).statusCode).toBe(200);
    const after = await client.get('/api/auth/me');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('unauthenticated');
  });

  it('rejects a wrong password with a Vietnamese message and locks after repeated failures', async () => {
    const unit = await buildUnit(t.db);
    const user = await buildUser(t.db, { role: 'individual', unitId: unit.id });
    const attempt = (password: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user.username, password } });
    const first = await attempt('sai');
    expect(first.statusCode).toBe(401);
    expect(first.json().error.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    await attempt('sai');
    const third = await attempt('sai');
    expect(third.statusCode).toBe(423);
    // Even the right password is refused while the lock holds.
    const locked = await attempt(TEST_PASSWORD);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.message).toMatch(/tạm bị khóa/);
    const audit = await t.db.selectFrom('audit_log').select('action').where('entity_id', '=', String(user.id)).execute();
    expect(audit.map((a) => a.action)).toContain('auth.locked');
  });

  it('changes the password and ends the other sessions', async () => {
    const unit = await buildUnit(t.db);
    const user = await buildUser(t.db, { role: 'individual', unitId: unit.id });
    const a = await loginAs(t.app, user.username, TEST_PASSWORD);
    const b = await loginAs(t.app, user.username, TEST_PASSWORD);
    const weak = await a.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'ngan' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields.newPassword).toMatch(/ít nhất 10 ký tự/);
    const ok = await a.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'mot-mat-khau-moi-dai' });
    expect(ok.statusCode).toBe(200);
    expect((await a.get('/api/auth/me')).statusCode).toBe(200);
    expect((await b.get('/api/auth/me')).statusCode).toBe(401);
    await loginAs(t.app, user.username, 'mot-mat-khau-moi-dai');
  });
});

describe('API basics', () => {
  it('answers health with the engine', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json()).toEqual({ status: 'ok', database: process.env.DATABASE_URL ? 'postgres' : 'pglite' });
  });

  it('maps malformed JSON, unknown fields and oversize bodies to Vietnamese 4xx errors', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'validation', message: 'Nội dung JSON không hợp lệ (sai cú pháp).' });

    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'a', password: 'b', role: 'admin' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('validation');
    expect(unknown.json().error.fields).toEqual({ role: 'Trường này không được chấp nhận' });
    expect(unknown.json().error.message).toMatch(/Vai trò \(role\): Trường này không được chấp nhận/);

    const wrongType = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 5, password: 'b' } });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.message).toMatch(/Tên đăng nhập/);
    expect(wrongType.json().error.fields).toHaveProperty('username');

    const huge = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'x'.repeat(2_000_000), password: 'b' },
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('payload_too_large');
  });

  it('serves the OpenAPI document', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    expect(res.json().paths).toHaveProperty('/api/auth/login');
  });
});
