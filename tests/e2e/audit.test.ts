import fs from 'node:fs';
import { buildUnit, buildUser } from '../factories';
import { describe, expect, test } from './helpers/fixtures';
import { logIn, textOf, visible } from './helpers/ui';
import { writePeopleWorkbook } from './helpers/xlsx';

describe('nhật ký thay đổi', () => {
  test('the audit page shows who imported which file', async ({ page, server }) => {
    const district = await buildUnit(server.db, { name: 'UBND huyện Giồng Trôm', kind: 'huyen', code: 'H-GIONGTROM' });
    const user = await buildUser(server.db, { role: 'standing', unitId: district.id, fullName: 'Nguyễn Thị Thanh Tâm' });
    const file = await writePeopleWorkbook([
      { fullName: 'Trương Văn Tài', gender: 'Nam', birthYear: 1983, unitCode: 'H-GIONGTROM', category: 'Công chức' },
    ]);

    await logIn(page, user.username);
    // The import itself is covered by imports.test.ts; here it is only the change to look up.
    const imported = await page.request.post('/api/imports/people', {
      multipart: { file: { name: 'nhan-su-giong-trom.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: fs.readFileSync(file) } },
    });
    expect(imported.status()).toBe(200);

    await page.getByRole('menuitem', { name: 'Nhật ký thay đổi' }).click();
    const table = await visible(page.getByTestId('audit-table'));
    const row = table.locator('tbody tr.ant-table-row', { hasText: 'Nhập Excel' });
    const text = await textOf(row, 'Nguyễn Thị Thanh Tâm');
    expect(text).toContain('UBND huyện Giồng Trôm');
    // The time is shown the Vietnamese way, dd/mm/yyyy.
    expect(text).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    // The action is named in Vietnamese, never by its internal code (import.people).
    const headers = (await table.locator('thead th').allTextContents()).map((c) => c.trim());
    const action = (await row.first().locator('td').nth(headers.indexOf('Thao tác')).textContent())?.trim();
    expect(action).toMatch(/^Nhập/);
    expect(text).not.toMatch(/import\.\w+/);

    // Expanding the entry shows what was imported: the file's name is in the "after" values.
    await row.first().locator('.ant-table-row-expand-icon').click();
    await textOf(table, 'nhan-su-giong-trom.xlsx');
    // The imported person's own creation is audited too.
    await textOf(table.locator('tbody tr.ant-table-row', { hasText: 'Trương Văn Tài' }), 'Thêm mới');
  });
});
