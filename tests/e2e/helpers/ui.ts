import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { TEST_PASSWORD } from '../../factories';

// playwright-core has the browser but not @playwright/test's auto-waiting assertions; these few
// helpers wait the same way (until the condition holds or the page's default timeout passes).

export async function visible(locator: Locator): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible' });
  return locator.first();
}

export async function hidden(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'hidden' });
}

/** Waits until the element's text contains `text`, then returns the whole text. */
export async function textOf(locator: Locator, text: string | RegExp): Promise<string> {
  await expect
    .poll(async () => (await locator.first().textContent()) ?? '', { timeout: 20_000, interval: 100 })
    .toMatch(typeof text === 'string' ? new RegExp(escapeRegExp(text)) : text);
  return (await locator.first().textContent()) ?? '';
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Fills and submits the login form the way a user does. */
export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  const form = await visible(page.getByTestId('login-form'));
  await form.getByLabel('Tên đăng nhập').fill(username);
  await form.getByLabel('Mật khẩu').fill(password);
  await form.getByRole('button', { name: /Đăng nhập/ }).click();
}

/** Opens the app and signs in; resolves once the login form has gone. */
export async function logIn(page: Page, username: string, password = TEST_PASSWORD): Promise<void> {
  await page.goto('/');
  await submitLogin(page, username, password);
  await hidden(page.getByTestId('login-form'));
}
