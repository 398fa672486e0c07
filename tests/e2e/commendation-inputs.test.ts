import { buildPerson, buildUnit, buildUser } from '../factories';
import { describe, expect, test } from './helpers/fixtures';
import { logIn, textOf, visible } from './helpers/ui';

describe('dữ liệu xét khen thưởng', () => {
  test('the standing agency records a khiển trách: the period of effect follows the rule and shows in the list', async ({ page, server }) => {
    const so = await buildUnit(server.db, { kind: 'so', name: 'Sở Lao động - Thương binh và Xã hội' });
    await buildPerson(server.db, { unitId: so.id, fullName: 'Trần Văn Trưởng', isUnitHead: true });
    const user = await buildUser(server.db, { role: 'standing', unitId: so.id });

    await logIn(page, user.username);
    await page.getByRole('menuitem', { name: 'Kỷ luật' }).click();
    await visible(page.getByTestId('discipline-page'));
    await page.getByTestId('discipline-add').click();
    const dialog = await visible(page.getByTestId('discipline-form'));

    await dialog.getByLabel('Cá nhân', { exact: true }).last().click();
    await dialog.getByLabel('Cá nhân', { exact: true }).last().fill('truong');
    await (await visible(page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Trần Văn Trưởng' }))).click();
    await dialog.getByLabel('Hình thức kỷ luật').click();
    await (await visible(page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Khiển trách' }))).click();
    await dialog.getByLabel('Ngày quyết định').fill('03/05/2024');
    await dialog.getByLabel('Ngày quyết định').press('Enter');
    expect(await textOf(page.getByTestId('discipline-rule-end'), '02/05/2025')).toContain('Theo quy định');

    await page.getByTestId('discipline-save').click();
    const row = page.getByTestId('discipline-table').locator('tbody tr.ant-table-row', { hasText: 'Trần Văn Trưởng' });
    const text = await textOf(row, '03/05/2024 – 02/05/2025');
    expect(text).toContain('Khiển trách');
  });
});
