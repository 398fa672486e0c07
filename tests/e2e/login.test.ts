import { buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { describe, expect, test } from './helpers/fixtures';
import { hidden, submitLogin, textOf, visible } from './helpers/ui';

describe('đăng nhập', () => {
  test('a wrong password shows the Vietnamese error and keeps the user on the login form', async ({ page, server }) => {
    const unit = await buildUnit(server.db, { name: 'UBND xã Trà Lâm', kind: 'xa' });
    const user = await buildUser(server.db, { role: 'unit_officer', unitId: unit.id });

    await page.goto('/');
    await submitLogin(page, user.username, 'khong-phai-mat-khau');

    await textOf(page.getByRole('alert'), 'Tên đăng nhập hoặc mật khẩu không đúng.');
    await visible(page.getByTestId('login-form'));
    // Still signed out: the API refuses the session-less browser.
    const me = await page.request.get('/api/auth/me');
    expect(me.status()).toBe(401);
  });

  test('the right password lands on the home page with the user signed in', async ({ page, server }) => {
    const unit = await buildUnit(server.db, { name: 'UBND huyện Trà Bồng', kind: 'huyen' });
    const user = await buildUser(server.db, { role: 'standing', unitId: unit.id, fullName: 'Trần Thị Bích Ngọc' });

    await page.goto('/');
    await submitLogin(page, user.username, TEST_PASSWORD);

    await hidden(page.getByTestId('login-form'));
    await textOf(page.locator('body'), 'Xin chào, Trần Thị Bích Ngọc');
    // The scope shown on the home page is the unit the role was granted on.
    await textOf(page.locator('body'), 'UBND huyện Trà Bồng');
    // The session cookie now authorises API calls made by the page.
    const me = await page.request.get('/api/auth/me');
    expect(me.status()).toBe(200);
    expect((await me.json()).username).toBe(user.username);

    // A reload keeps the session (HttpOnly cookie, not page memory).
    await page.reload();
    await textOf(page.locator('body'), 'Xin chào, Trần Thị Bích Ngọc');
  });
});
