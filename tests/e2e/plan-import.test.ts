import { join } from 'node:path';
import { buildUnit, buildUser } from '../factories';
import { describe, expect, test } from './helpers/fixtures';
import { logIn, textOf, visible } from './helpers/ui';

describe('nhập kế hoạch từ tài liệu', () => {
  test('upload a plan, see each field’s span highlighted when its input has focus, correct elements, save a draft', async ({ page, server }) => {
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

    // Every element has inputs; focusing one highlights the narrowest span it was read from.
    const selectedText = async () => (await doc.locator('mark[data-selected="true"]').allTextContents()).join('');
    await (await visible(page.getByTestId('plan-import-part-criteria'))).click();
    const sipas = await visible(page.getByTestId('field-criteria.2.target.value'));
    expect(await sipas.inputValue()).toBe('90');
    await sipas.focus();
    await expect.poll(selectedText).toBe('90');
    expect(await doc.locator('mark[data-selected="true"]').first().getAttribute('data-path')).toBe('criteria.2.target.value');
    await sipas.fill('95');
    await page.getByTestId('field-criteria.2.indicator').focus();
    await expect.poll(selectedText).toContain('Kết quả Chỉ số SIPAS');

    await page.getByTestId('plan-import-part-awards').click();
    const grantor = await visible(page.getByTestId('field-awards.1.grantor.title'));
    await grantor.focus();
    await expect.poll(selectedText).toBe('Chủ tịch UBND thị xã');
    await grantor.fill('Chủ tịch UBND thị xã Thử Nghiệm');
    const collectives = page.getByTestId('field-awards.1.quota.collectives');
    await collectives.focus();
    await expect.poll(() => doc.locator('mark[data-selected="true"]').first().getAttribute('data-path')).toBe('awards.1.quota.collectives');
    await collectives.fill('8');

    // Contents carry the reform areas their words name, shown by label.
    await page.getByTestId('plan-import-part-contents').click();
    await textOf(page.getByTestId('list-contents'), 'Cải cách thủ tục hành chính');

    await page.getByTestId('plan-import-part-duties').click();
    await (await visible(page.getByTestId('field-deadlines.1.title'))).focus();
    await expect.poll(selectedText).toContain('trong Quý I/2022');
    await page.getByTestId('plan-import-part-general').click();

    await page.locator('.ant-select').first().click();
    await (await visible(page.locator('.ant-select-tree-node-content-wrapper', { hasText: 'UBND thị xã Thử Nghiệm' }))).click();
    await page.getByLabel('Tên kế hoạch (trích yếu)').fill('Đẩy mạnh cải cách hành chính năm 2022 (đã rà soát)');
    await page.getByTestId('plan-import-save').click();

    await expect.poll(() => page.url(), { timeout: 20_000 }).toMatch(/\/phong-trao\/\d+$/);
    await textOf(page.getByTestId('movement-title'), 'Đẩy mạnh cải cách hành chính năm 2022 (đã rà soát)');

    // The edits in the element inputs were saved with the draft.
    const id = Number(/\/(\d+)$/.exec(page.url())![1]);
    const version = await server.db.selectFrom('movement_versions').select('content').where('movement_id', '=', id).executeTakeFirstOrThrow();
    const content = version.content as { criteria: { target: { value: number } }[]; awards: { grantor: { title: string }; quota: { collectives: number } }[] };
    expect(content.criteria[2]!.target.value).toBe(95);
    expect(content.awards[1]).toMatchObject({ grantor: { title: 'Chủ tịch UBND thị xã Thử Nghiệm' }, quota: { collectives: 8 } });
  });
});
