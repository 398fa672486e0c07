import { readDocxText } from '../../src/documents/docx-read';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { addDays } from '../../src/modules/deadlines/schedule';
import { blankPlan } from '../../src/modules/movements/model/plan-builder';
import { todayInVietnam } from '../../src/modules/units/unit-period';
import { buildMovement, buildPerson, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { describe, expect, test } from './helpers/fixtures';
import { hidden, logIn, submitLogin, textOf, visible } from './helpers/ui';

/** Picks an option of an antd Select: the dropdown lives in the page body, only the open one is visible. */
async function pick(page: Page, select: Locator, option: string): Promise<void> {
  await select.click();
  await (await visible(page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }))).click();
  await hidden(page.locator('.ant-select-dropdown:visible'));
}

async function openRegistrations(page: Page, movementId: number): Promise<void> {
  await page.goto(`/phong-trao/${movementId}`);
  await (await visible(page.getByTestId('movement-tab-registrations'))).click();
  await visible(page.getByTestId('registrations-table'));
}

/** Signs out through the header button and in again as someone else. */
async function switchUser(page: Page, username: string): Promise<void> {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await submitLogin(page, username, TEST_PASSWORD);
  await hidden(page.getByTestId('login-form'));
}

describe('đăng ký thi đua', () => {
  test('a xã registers itself and a person; the huyện returns it with a reason, the xã fixes and resends, the huyện approves', async ({ page, server }) => {
    const today = todayInVietnam();
    const huyen = await buildUnit(server.db, { name: 'UBND huyện Sơn Tịnh Thử', kind: 'huyen' });
    const xa = await buildUnit(server.db, { name: 'UBND xã Tịnh Hà', kind: 'xa', parentId: huyen.id });
    await buildUnit(server.db, { name: 'UBND xã Tịnh Sơn', kind: 'xa', parentId: huyen.id });
    await buildPerson(server.db, { unitId: xa.id, fullName: 'Phạm Thị Lan', position: 'Công chức Văn phòng – Thống kê' });
    const { movement } = await buildMovement(server.db, {
      ownerUnitId: huyen.id,
      status: 'in_progress',
      content: blankPlan({
        issuerName: 'ỦY BAN NHÂN DÂN HUYỆN SƠN TỊNH',
        title: 'Kế hoạch phát động phong trào thi đua cải cách hành chính',
        period: { start: { kind: 'date', date: addDays(today, -30) }, end: addDays(today, 300) },
      }),
    });
    const officer = await buildUser(server.db, { role: 'unit_officer', unitId: xa.id, fullName: 'Võ Văn Minh' });
    const standing = await buildUser(server.db, { role: 'standing', unitId: huyen.id, fullName: 'Lê Thị Thu' });

    // The xã officer registers the unit and one person, then sends it.
    await logIn(page, officer.username);
    await openRegistrations(page, movement.id);
    const form = await visible(page.getByTestId('registration-form'));
    await form.getByTestId('registration-commitments').fill('Hoàn thành 100% hồ sơ trực tuyến đúng hạn');
    await pick(page, form.getByTestId('registration-collective'), 'Tập thể lao động xuất sắc');
    await form.getByTestId('registration-add-person').click();
    const row = await visible(form.getByTestId('registration-person-row'));
    await pick(page, row.getByTestId('registration-person'), 'Phạm Thị Lan');
    await pick(page, row.getByTestId('registration-person-title'), 'Chiến sĩ thi đua cơ sở');
    await row.getByTestId('registration-person-commitment').fill('Không để hồ sơ trễ hạn');
    await form.getByTestId('registration-submit').click();
    const own = page.getByTestId('own-registration');
    await textOf(own.getByTestId('registration-status'), 'Chờ duyệt');
    await textOf(own.getByTestId('registration-view'), 'Phạm Thị Lan');

    // The huyện's standing officer sees both xã, one waiting, and returns it with a reason.
    await switchUser(page, standing.username);
    await openRegistrations(page, movement.id);
    const table = page.getByTestId('registrations-table');
    await textOf(table.locator('tbody tr.ant-table-row', { hasText: 'UBND xã Tịnh Sơn' }), 'Chưa gửi');
    await textOf(page.getByTestId('registrations-count-cho_duyet'), 'Chờ duyệt: 1');
    const waiting = table.locator('tbody tr.ant-table-row', { hasText: 'UBND xã Tịnh Hà' });
    await textOf(waiting, 'Chờ duyệt');
    await waiting.getByTestId('registration-return').click();
    // The reason is required: confirming empty keeps the dialog open.
    await (await visible(page.getByTestId('registration-return-confirm'))).click();
    await textOf(page.locator('.ant-modal', { has: page.getByTestId('registration-return-reason-input') }), 'Vui lòng nhập lý do trả lại');
    await page.getByTestId('registration-return-reason-input').fill('Bổ sung chỉ tiêu số hóa hồ sơ vào cam kết');
    await page.getByTestId('registration-return-confirm').click();
    await textOf(waiting, 'Trả lại');
    await textOf(waiting.getByTestId('registration-reason'), 'Bổ sung chỉ tiêu số hóa hồ sơ');

    // The officer reads the reason, fixes the commitments and sends again.
    await switchUser(page, officer.username);
    await openRegistrations(page, movement.id);
    await textOf(page.getByTestId('registration-return-reason'), 'Bổ sung chỉ tiêu số hóa hồ sơ vào cam kết');
    const again = await visible(page.getByTestId('registration-form'));
    // The saved person and titles come back into the form.
    await textOf(again.getByTestId('registration-person-row'), 'Phạm Thị Lan');
    await again.getByTestId('registration-commitments').fill('Hoàn thành 100% hồ sơ trực tuyến đúng hạn; số hóa 100% hồ sơ');
    await again.getByTestId('registration-submit').click();
    await textOf(page.getByTestId('own-registration').getByTestId('registration-status'), 'Chờ duyệt');

    // The approver approves; the list shows Đã duyệt and the export carries it.
    await switchUser(page, standing.username);
    await openRegistrations(page, movement.id);
    const resent = page.getByTestId('registrations-table').locator('tbody tr.ant-table-row', { hasText: 'UBND xã Tịnh Hà' });
    await textOf(resent, 'Chờ duyệt');
    await resent.getByTestId('registration-approve').click();
    await (await visible(page.getByTestId('registration-approve-confirm'))).click();
    await textOf(resent.getByTestId('registration-status'), 'Đã duyệt');
    await textOf(page.getByTestId('registrations-count-da_duyet'), 'Đã duyệt: 1');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('registrations-export').click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const cells = wb.worksheets.flatMap((ws) => ws.getSheetValues().flat().map((v) => String(v ?? '')));
    expect(cells.some((c) => c.includes('Phạm Thị Lan'))).toBe(true);
    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('registrations-export-docx').click()]);
    const docText = await readDocxText(fs.readFileSync((await docx.path())!));
    expect(docText).toContain('DANH SÁCH');
    expect(docText).toContain('Phạm Thị Lan');

    await switchUser(page, officer.username);
    await openRegistrations(page, movement.id);
    await textOf(page.getByTestId('own-registration').getByTestId('registration-status'), 'Đã duyệt');
    expect(await page.getByTestId('registration-form').count()).toBe(0);
  });

  test('the server names a person outside the plan under that person; a stale save keeps what was typed and saves after a reload', async ({ page, server }) => {
    const today = todayInVietnam();
    const huyen = await buildUnit(server.db, { name: 'UBND huyện Ba Tơ Thử', kind: 'huyen' });
    const xa = await buildUnit(server.db, { name: 'UBND xã Ba Vì', kind: 'xa', parentId: huyen.id });
    await buildPerson(server.db, { unitId: xa.id, fullName: 'Đặng Văn Khoa', category: 'nguoi_lao_dong' });
    await buildPerson(server.db, { unitId: xa.id, fullName: 'Trần Văn Bình', category: 'cong_chuc' });
    const { movement } = await buildMovement(server.db, {
      ownerUnitId: huyen.id,
      status: 'issued',
      content: blankPlan({
        issuerName: 'ỦY BAN NHÂN DÂN HUYỆN BA TƠ',
        title: 'Kế hoạch thi đua thực hiện cải cách hành chính',
        period: { start: { kind: 'date', date: addDays(today, -10) }, end: addDays(today, 200) },
        subjects: { individual: { label: null, text: 'Cán bộ, công chức cấp xã', personCategories: ['can_bo', 'cong_chuc'] } },
      }),
    });
    const officer = await buildUser(server.db, { role: 'unit_officer', unitId: xa.id });

    await logIn(page, officer.username);
    await openRegistrations(page, movement.id);
    const form = await visible(page.getByTestId('registration-form'));
    await form.getByTestId('registration-add-person').click();
    const row = await visible(form.getByTestId('registration-person-row'));
    await pick(page, row.getByTestId('registration-person'), 'Đặng Văn Khoa');
    await pick(page, row.getByTestId('registration-person-title'), 'Lao động tiên tiến');
    await form.getByTestId('registration-save').click();
    await textOf(row, 'Đặng Văn Khoa không thuộc đối tượng cá nhân của phong trào');

    await pick(page, row.getByTestId('registration-person'), 'Trần Văn Bình');
    await form.getByTestId('registration-save').click();
    await textOf(page.getByTestId('own-registration').getByTestId('registration-status'), 'Chưa gửi');
    const saved = await server.db.selectFrom('registrations').select(['id', 'revision']).where('movement_id', '=', movement.id).executeTakeFirstOrThrow();

    // Someone else saves in between: the next save is refused, and what the user typed stays.
    await server.db.updateTable('registrations').set({ revision: saved.revision + 1, commitments: 'Bản của người khác' }).where('id', '=', saved.id).execute();
    const again = await visible(page.getByTestId('registration-form'));
    await again.getByTestId('registration-commitments').fill('Giải quyết 100% hồ sơ đúng hạn');
    await again.getByTestId('registration-save').click();
    const error = await visible(page.getByTestId('registration-error'));
    await textOf(error, 'vừa được người khác lưu');
    expect(await again.getByTestId('registration-commitments').inputValue()).toBe('Giải quyết 100% hồ sơ đúng hạn');

    await error.getByRole('button', { name: 'Tải bản mới nhất' }).click();
    await hidden(page.getByTestId('registration-error'));
    expect(await again.getByTestId('registration-commitments').inputValue()).toBe('Giải quyết 100% hồ sơ đúng hạn');
    await again.getByTestId('registration-save').click();
    await expect
      .poll(async () => (await server.db.selectFrom('registrations').select('commitments').where('id', '=', saved.id).executeTakeFirstOrThrow()).commitments, { timeout: 20_000 })
      .toBe('Giải quyết 100% hồ sơ đúng hạn');
    await textOf(again.getByTestId('registration-person-row'), 'Trần Văn Bình');
  });
});
