import { buildPerson, buildUnit, buildUser } from '../factories';
import { describe, expect, test } from './helpers/fixtures';
import { logIn, textOf, visible } from './helpers/ui';

describe('tìm cá nhân', () => {
  test('search ignores diacritics and case: "nguyen van" finds Nguyễn Văn …, not Nguyễn Thị …', async ({ page, server }) => {
    const db = server.db;
    const commune = await buildUnit(db, { name: 'UBND xã Mỹ Thạnh', kind: 'xa' });
    for (const fullName of ['Nguyễn Văn An', 'Nguyễn Văn Bình', 'Nguyễn Thị Cúc', 'Trần Văn Đức']) {
      await buildPerson(db, { unitId: commune.id, fullName });
    }
    const user = await buildUser(db, { role: 'unit_officer', unitId: commune.id });

    await logIn(page, user.username);
    await page.getByRole('menuitem', { name: 'Cá nhân' }).click();
    const table = await visible(page.getByTestId('people-table'));
    await textOf(table, 'Trần Văn Đức');

    const search = await visible(page.getByTestId('people-search'));
    await search.fill('nguyen van');
    await expect.poll(() => names(table), { timeout: 20_000 }).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Bình']);

    // đ folds to d and case does not matter.
    await search.fill('DUC');
    await expect.poll(() => names(table), { timeout: 20_000 }).toEqual(['Trần Văn Đức']);
  });
});

/** The names in the table's rows, sorted (the order of the list is not what this test is about). */
async function names(table: import('playwright-core').Locator): Promise<string[]> {
  const cells = await table.locator('tbody tr.ant-table-row td:first-child a').allTextContents();
  return cells.map((c) => c.trim()).sort((a, b) => a.localeCompare(b, 'vi'));
}
