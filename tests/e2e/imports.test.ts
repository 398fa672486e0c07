import type { Page } from 'playwright-core';
import { buildUnit, buildUser } from '../factories';
import { describe, expect, test } from './helpers/fixtures';
import { hidden, logIn, textOf, visible } from './helpers/ui';
import { writePeopleWorkbook } from './helpers/xlsx';

async function openPeopleImport(page: Page) {
  await page.getByRole('menuitem', { name: 'Nhập/xuất Excel' }).click();
  // Ant Design's button-style radios hide the real input under their label: click what the user sees.
  await page.locator('label.ant-radio-button-wrapper', { hasText: 'Cá nhân' }).click();
  expect(await page.getByRole('radio', { name: 'Cá nhân' }).isChecked()).toBe(true);
  return visible(page.getByTestId('import-upload'));
}

describe('nhập Excel', () => {
  test('imports a file of people through the UI, shows progress while it runs, then the new people are listed', async ({ page, server }) => {
    const commune = await buildUnit(server.db, { name: 'UBND xã Trà Lâm', kind: 'xa', code: 'XA-TRALAM' });
    const user = await buildUser(server.db, { role: 'unit_officer', unitId: commune.id });
    const file = await writePeopleWorkbook([
      { fullName: 'Hồ Thị Thu Hà', gender: 'Nữ', birthYear: 1988, unitCode: 'XA-TRALAM', position: 'Chủ tịch UBND xã', category: 'Cán bộ', isUnitHead: 'Có' },
      { fullName: 'Đinh Văn Lực', gender: 'Nam', birthYear: 1992, unitCode: 'XA-TRALAM', category: 'Công chức' },
      { fullName: 'Phạm Ngọc Ánh', gender: 'Nữ', birthYear: 1979, unitCode: 'XA-TRALAM', category: 'Người hoạt động không chuyên trách' },
    ]);

    await logIn(page, user.username);
    const upload = await openPeopleImport(page);

    // Hold the upload at the network so the "in progress" state can be seen without any race.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/imports/people', async (route) => {
      await held;
      await route.continue();
    });
    await upload.locator('input[type=file]').setInputFiles(file);
    await textOf(page.getByTestId('import-progress'), 'Đang xử lý tệp danh-sach-ca-nhan.xlsx');
    release();

    const success = await visible(page.getByRole('alert').filter({ hasText: 'Nhập dữ liệu thành công' }));
    expect(await success.textContent()).toMatch(/Thêm mới 3\b/);
    await hidden(page.getByTestId('import-progress'));

    await page.getByRole('menuitem', { name: 'Cá nhân' }).click();
    const table = await visible(page.getByTestId('people-table'));
    const text = await textOf(table, 'Hồ Thị Thu Hà');
    expect(text).toContain('Đinh Văn Lực');
    expect(text).toContain('Phạm Ngọc Ánh');
    expect(text).toContain('Chủ tịch UBND xã');
  });

  test('a file with a bad row shows the error table with the row number and a Vietnamese message, and imports nothing', async ({ page, server }) => {
    const commune = await buildUnit(server.db, { name: 'UBND xã Mỹ Thạnh', kind: 'xa', code: 'XA-MYTHANH' });
    const user = await buildUser(server.db, { role: 'unit_officer', unitId: commune.id });
    const file = await writePeopleWorkbook([
      { fullName: 'Võ Minh Tâm', gender: 'Nam', birthYear: 1990, unitCode: 'XA-MYTHANH', category: 'Công chức' },
      // Excel row 3: a birth year that is not a year.
      { fullName: 'Lưu Thị Mai', gender: 'Nữ', birthYear: 'năm 85', unitCode: 'XA-MYTHANH', category: 'Viên chức' },
      { fullName: 'Huỳnh Văn Sơn', gender: 'Nam', birthYear: 1975, unitCode: 'XA-MYTHANH', category: 'Cán bộ' },
    ]);

    await logIn(page, user.username);
    const upload = await openPeopleImport(page);
    await upload.locator('input[type=file]').setInputFiles(file);

    await visible(page.getByRole('alert').filter({ hasText: 'Tệp có lỗi, chưa nhập dòng nào' }));
    const errors = await visible(page.getByTestId('import-errors'));
    const rows = errors.locator('tbody tr.ant-table-row');
    await textOf(rows, 'Năm sinh');
    expect(await rows.count()).toBe(1);
    const cells = (await rows.first().locator('td').allTextContents()).map((c) => c.trim());
    expect(cells).toEqual(['3', 'Năm sinh', expect.stringMatching(/^Phải là số từ 1900 đến \d{4}$/)]);

    // All or nothing: the valid rows of the rejected file were not written either.
    const people = await server.db.selectFrom('people').select('full_name').where('unit_id', '=', commune.id).execute();
    expect(people).toEqual([]);
  });
});
