import type { Locator, Page } from 'playwright-core';
import { blankPlan } from '../../src/modules/movements/model/plan-builder';
import type { PlanContent } from '../../src/modules/movements/model/plan-content.schema';
import { buildMovement, buildUnit, buildUser } from '../factories';
import { describe, expect, test } from './helpers/fixtures';
import { hidden, logIn, textOf, visible } from './helpers/ui';

/** A huyện with two xã and a draft plan with one percentage criterion, edited by the huyện's standing officer. */
async function setUp(db: Parameters<typeof buildUnit>[0]) {
  const district = await buildUnit(db, { name: 'UBND huyện Thử Nghiệm', kind: 'huyen' });
  const communeA = await buildUnit(db, { name: 'UBND xã Thử A', kind: 'xa', parentId: district.id });
  await buildUnit(db, { name: 'UBND xã Thử B', kind: 'xa', parentId: district.id });
  const user = await buildUser(db, { role: 'standing', unitId: district.id });
  const content = blankPlan({
    issuerName: 'ỦY BAN NHÂN DÂN HUYỆN THỬ NGHIỆM',
    title: 'Phát động phong trào thi đua đẩy mạnh cải cách hành chính năm 2025',
    year: 2025,
    criteria: [
      {
        key: 'a',
        label: 'a)',
        text: 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt từ 90% trở lên',
        indicator: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
        target: { measure: 'percent', comparator: 'gte', value: 90 },
      },
    ],
  });
  const { movement } = await buildMovement(db, { ownerUnitId: district.id, content });
  return { district, communeA, user, movement };
}

async function openTab(page: Page, name: string): Promise<void> {
  await (await visible(page.getByTestId(`movement-tab-${name}`))).click();
}

/** Opens the criteria editor, types a target value and saves. */
async function saveCriterionValue(page: Page, value: string): Promise<Locator> {
  await openTab(page, 'criteria');
  const section = page.getByTestId('section-criteria');
  const form = section.getByTestId('section-form-criteria');
  if (!(await form.isVisible())) await (await visible(section.getByTestId('section-edit-criteria'))).click();
  const input = await visible(form.locator('#criteria_0_target_value'));
  await input.fill(value);
  await form.getByTestId('save-draft').click();
  return section;
}

async function issue(page: Page, number: string, issuedOn: string): Promise<void> {
  await (await visible(page.getByTestId('issue-button'))).click();
  const dialog = await visible(page.getByRole('dialog', { name: 'Ban hành kế hoạch' }));
  await dialog.getByLabel('Số, ký hiệu').fill(number);
  // A day inside the plan's year, whatever today is: the plan runs to 31/12/2025.
  const date = dialog.getByLabel('Ngày ban hành');
  await date.fill(issuedOn);
  await date.press('Enter');
  await dialog.getByTestId('issue-submit').click();
  await hidden(page.getByRole('dialog', { name: 'Ban hành kế hoạch' }));
  await textOf(page.getByTestId('movement-number'), number);
}

describe('phong trào thi đua', () => {
  test('edit a draft criterion, refuse 120%, issue, amend, compare versions, create a lower plan', async ({ page, server }) => {
    const { movement, user } = await setUp(server.db);

    await logIn(page, user.username);
    await page.getByRole('menuitem', { name: 'Phong trào thi đua' }).click();
    const table = await visible(page.getByTestId('movements-table'));
    await textOf(table, 'Phát động phong trào thi đua');
    await textOf(table, 'Dự thảo');
    await table.getByRole('link', { name: /Phát động phong trào thi đua/ }).click();
    await textOf(page.getByTestId('movement-title'), 'Phát động phong trào thi đua đẩy mạnh cải cách hành chính năm 2025');

    // Over 100%: the server's Vietnamese message, and the table keeps the stored target.
    const section = await saveCriterionValue(page, '120');
    await textOf(section.getByTestId('save-error'), 'Tỷ lệ không được vượt quá 100%');
    expect(await section.locator('.ant-form-item-explain-error').allTextContents()).toContain('Tỷ lệ không được vượt quá 100%');

    await saveCriterionValue(page, '95');
    await textOf(page.getByTestId('criteria-table'), '≥ 95%');

    await issue(page, '12/KH-UBND', '15/01/2025');
    await textOf(page.locator('.ant-tag', { hasText: 'Đã ban hành' }), 'Đã ban hành');
    const docx = await visible(page.getByTestId('download-plan-docx'));
    expect(await docx.getAttribute('href')).toBe(`/api/movements/${movement.id}/versions/1/document.docx?part=plan`);

    // An amendment is a new version; the issued one stays as it was.
    await (await visible(page.getByTestId('amend-button'))).click();
    const amend = await visible(page.getByRole('dialog', { name: 'Tạo phiên bản sửa đổi' }));
    await amend.getByLabel('Ghi chú thay đổi').fill('Nâng chỉ tiêu giải quyết hồ sơ đúng hạn');
    await amend.getByTestId('amend-submit').click();
    await visible(page.getByTestId('issue-button'));
    await saveCriterionValue(page, '97');
    await textOf(page.getByTestId('criteria-table'), '≥ 97%');
    await issue(page, '13/KH-UBND', '20/03/2025');

    await openTab(page, 'versions');
    const versions = await visible(page.getByTestId('versions-table'));
    await textOf(versions, 'Nâng chỉ tiêu giải quyết hồ sơ đúng hạn');
    const diff = await visible(page.getByTestId('diff-table'));
    const diffText = await textOf(diff, '97');
    expect(diffText).toContain('95');

    // The cascade: a xã's plan made from the issued one, its criterion inherited.
    await openTab(page, 'cascade');
    await textOf(await visible(page.getByTestId('cascade-table')), 'UBND xã Thử A');
    await textOf(page.getByTestId('cascade-summary'), 'Đã ban hành 0/2');
    await (await visible(page.getByTestId('create-child-plan'))).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Tạo kế hoạch cấp dưới' }));
    await dialog.locator('.ant-select').click();
    await (await visible(page.locator('.ant-select-tree-node-content-wrapper', { hasText: 'UBND xã Thử A' }))).click();
    await dialog.getByTestId('create-child-submit').click();
    await expect.poll(() => page.url(), { timeout: 20_000 }).not.toContain(`/phong-trao/${movement.id}`);
    await textOf(page.getByTestId('movement-number'), 'UBND xã Thử A');
    await openTab(page, 'criteria');
    await textOf(page.getByTestId('criteria-table'), 'Kế thừa từ cấp trên');
    await textOf(page.getByTestId('criteria-table'), '≥ 97%');
  });
});

describe('tạo kế hoạch', () => {
  test('"Tạo kế hoạch" makes a draft of the chosen unit and opens it', async ({ page, server }) => {
    const { user } = await setUp(server.db);
    await logIn(page, user.username);
    await page.goto('/phong-trao');
    await (await visible(page.getByTestId('create-movement'))).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Tạo kế hoạch thi đua mới' }));
    await dialog.locator('.ant-select').click();
    await (await visible(page.locator('.ant-select-tree-node-content-wrapper', { hasText: 'UBND huyện Thử Nghiệm' }))).click();
    await dialog.getByLabel('Trích yếu kế hoạch').fill('Thi đua chuyển đổi số năm 2026');
    await dialog.getByTestId('create-movement-submit').click();
    await textOf(page.getByTestId('movement-title'), 'Thi đua chuyển đổi số năm 2026');
    await textOf(page.getByTestId('general-view'), 'UBND HUYỆN THỬ NGHIỆM');
    await visible(page.getByTestId('issue-button'));
  });
});

describe('trình sửa kế hoạch', () => {
  test('a save after someone else saved keeps the typed value and lands on the newest draft', async ({ page, server }) => {
    const { movement, user } = await setUp(server.db);
    await logIn(page, user.username);
    await page.goto(`/phong-trao/${movement.id}`);
    await openTab(page, 'criteria');
    const section = page.getByTestId('section-criteria');
    await (await visible(section.getByTestId('section-edit-criteria'))).click();
    await (await visible(section.locator('#criteria_0_target_value'))).fill('93');

    // Meanwhile a colleague renames the plan (same account, another tab).
    const detail = (await (await page.request.get(`/api/movements/${movement.id}`)).json()) as { draft: { content: PlanContent; revision: number } };
    const renamed = { ...detail.draft.content, title: 'Kế hoạch đã được đồng nghiệp đổi tên' };
    const put = await page.request.put(`/api/movements/${movement.id}/draft`, { data: { content: renamed, revision: detail.draft.revision } });
    expect(put.status()).toBe(200);

    await section.getByTestId('save-draft').click();
    await textOf(section.getByTestId('save-error'), 'Người khác đã lưu dự thảo');
    expect(await section.locator('#criteria_0_target_value').inputValue()).toBe('93');
    await section.getByTestId('conflict-reload').click();
    await textOf(page.getByTestId('movement-title'), 'Kế hoạch đã được đồng nghiệp đổi tên');
    await section.getByTestId('save-draft').click();
    await textOf(await visible(page.getByTestId('criteria-table')), '≥ 93%');
    // Both edits stand: the colleague's title and this user's target.
    await textOf(page.getByTestId('movement-title'), 'Kế hoạch đã được đồng nghiệp đổi tên');
  });
});
