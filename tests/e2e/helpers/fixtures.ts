import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { test as base } from 'vitest';
import { launchChromium } from './browser';
import { startE2eApp, type E2eApp } from './e2e-app';

export const ARTIFACTS_DIR = path.resolve('tmp/e2e-artifacts');

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);

/**
 * `server` and `browser` live for one test file (a fresh database per file, like the integration
 * tier); `page` is a fresh browser context per test, so cookies never leak from one test to the next.
 */
export const test = base.extend<{ server: E2eApp; browser: Browser; page: Page }>({
  // eslint-disable-next-line no-empty-pattern -- vitest reads the fixture's dependencies from this pattern
  server: [async ({}, use) => {
    const server = await startE2eApp();
    await use(server);
    await server.close();
  }, { scope: 'file' }],
  // eslint-disable-next-line no-empty-pattern
  browser: [async ({}, use) => {
    const browser = await launchChromium();
    await use(browser);
    await browser.close();
  }, { scope: 'file' }],
  page: async ({ server, browser, task }, use) => {
    const context = await browser.newContext({
      baseURL: server.baseUrl,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      viewport: { width: 1366, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    // Generous enough for a cold PGlite on a loaded 2-core machine; a real hang still fails.
    page.setDefaultTimeout(20_000);
    // An uncaught exception in the page is a defect even when the assertions happened to pass.
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.stack ?? err.message));

    await use(page);

    // Fixture teardown runs after the test body, when a failure has already been recorded: keep what
    // the browser showed so a red CI run can be understood without re-running it.
    if (task.result?.state === 'fail') {
      fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
      const name = `${slug(path.basename(task.file.name, '.test.ts'))}--${slug(task.name)}`;
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`), fullPage: true }).catch(() => {});
      await fs.promises.writeFile(path.join(ARTIFACTS_DIR, `${name}.html`), await page.content().catch(() => '')).catch(() => {});
      console.warn(`e2e: screenshot of the failed test saved to ${path.join(ARTIFACTS_DIR, name)}.png`);
    }
    await context.close();
    if (pageErrors.length > 0) throw new Error(`Uncaught errors in the page:\n${pageErrors.join('\n')}`);
  },
});

export { expect, describe } from 'vitest';
