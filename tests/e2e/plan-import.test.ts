import { join } from 'node:path';
import { buildUnit, buildUser } from '../factories';
import { describe, expect, test } from './helpers/fixtures';
import { logIn, textOf, visible } from './helpers/ui';

describe('nhập kế hoạch từ tài liệu', () => {
  test('upload a plan, see its fields highlighted in the text, correct the title, save a draft', async ({ page, server }) => {
    const district = await buildUnit(server.db, { name: 'UBND thị xã Thử Nghiệm', kind: 'huyen' });
    const user = await buildUser(server.db, { role: 'standing', unitId: district.id });
    await logIn(page, user.username);
    await page.goto('/phong-trao');
    await (await visible(page.getByTestId('plan-import-open'))).click();

    const upload = await visible(page.getByTestId('plan-import-upload'));
    await upload.locator('input[type=file]').setInputFiles(join(import.meta.dirname, '../fixtures/seeds/004_fc5f79a73a9cda40.txt'));

    // The document beside the form: the signer's name is a highlighted source span.
    const doc = await visible(page.getByTestId('plan-import-text'));
    await textOf(doc, 'Nguyễn Vĩnh Thạnh');
    expect(await doc.locator('mark[data-path="header.signer.name"]').textContent()).toBe('Nguyễn Vĩnh Thạnh');
    await expect.poll(() => page.getByLabel('Cơ quan ban hành').inputValue()).toBe('ỦY BAN NHÂN DÂN THỊ XÃ NINH HÒA');

    await page.locator('.ant-select').first().click();
    await (await visible(page.locator('.ant-select-tree-node-content-wrapper', { hasText: 'UBND thị xã Thử Nghiệm' }))).click();
    await page.getByLabel('Tên kế hoạch (trích yếu)').fill('Đẩy mạnh cải cách hành chính năm 2022 (đã rà soát)');
    await page.getByTestId('plan-import-save').click();

    await expect.poll(() => page.url(), { timeout: 20_000 }).toMatch(/\/phong-trao\/\d+$/);
    await textOf(page.getByTestId('movement-title'), 'Đẩy mạnh cải cách hành chính năm 2022 (đã rà soát)');
  });
});
