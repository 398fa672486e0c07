import { addDays } from '../../src/modules/deadlines/schedule';
import { blankPlan } from '../../src/modules/movements/model/plan-builder';
import { formatDay, todayInVietnam } from '../../src/modules/units/unit-period';
import { buildMovement, buildUnit, buildUser } from '../factories';
import { describe, expect, test } from './helpers/fixtures';
import { logIn, textOf, visible } from './helpers/ui';

describe('thời hạn', () => {
  test('the home card counts an overdue deadline; on the deadlines page a unit is marked done and its status changes', async ({ page, server }) => {
    const today = todayInVietnam();
    const overdue = addDays(today, -5);
    const xa = await buildUnit(server.db, { name: 'UBND xã Mỹ Thạnh', kind: 'xa' });
    await buildUnit(server.db, { name: 'Ấp Mỹ Hòa', kind: 'ap', parentId: xa.id });
    await buildUnit(server.db, { name: 'Ấp Mỹ Lợi', kind: 'ap', parentId: xa.id });
    await buildMovement(server.db, {
      ownerUnitId: xa.id,
      status: 'in_progress',
      content: blankPlan({
        issuerName: 'ỦY BAN NHÂN DÂN XÃ MỸ THẠNH',
        title: 'Kế hoạch phát động phong trào thi đua đẩy mạnh công tác cải cách hành chính',
        period: { start: { kind: 'date', date: addDays(today, -90) }, end: addDays(today, 90) },
        deadlines: [
          {
            key: 'de-nghi-xa',
            title: 'Gửi đề nghị khen thưởng về xã',
            kind: 'submit_proposal',
            due: { kind: 'date', date: overdue },
            responsible: { text: 'các ấp', unitKinds: ['ap'] },
            recipient: 'Ủy ban nhân dân xã',
          },
        ],
      }),
    });
    const user = await buildUser(server.db, { role: 'unit_officer', unitId: xa.id, fullName: 'Trần Thị Hạnh' });

    await logIn(page, user.username);
    const card = await visible(page.getByTestId('home-deadlines-card'));
    expect(await textOf(card.getByTestId('home-deadlines-overdue'), 'Quá hạn')).toMatch(/Quá hạn\s*2/);

    await page.getByRole('menuitem', { name: 'Thời hạn' }).click();
    await visible(page.getByTestId('deadlines-page'));
    const calendar = await visible(page.getByTestId('deadlines-calendar'));
    await textOf(calendar, 'Gửi đề nghị khen thưởng về xã');

    const table = await visible(page.getByTestId('deadlines-table'));
    const row = table.locator('tbody tr.ant-table-row', { hasText: 'Ấp Mỹ Hòa' });
    const before = await textOf(row, 'Quá hạn');
    expect(before).toContain(formatDay(overdue));

    await row.getByTestId('deadline-mark-done').click();
    await (await visible(page.getByTestId('deadline-mark-confirm'))).click();
    const after = await textOf(row, 'Hoàn thành muộn');
    expect(after).toContain(formatDay(today));
    // The other ấp has not reported yet.
    await textOf(table.locator('tbody tr.ant-table-row', { hasText: 'Ấp Mỹ Lợi' }), 'Quá hạn');

    // The "Quá hạn" filter now lists only Ấp Mỹ Lợi.
    await page.goto('/thoi-han?trangThai=overdue');
    const filtered = await visible(page.getByTestId('deadlines-table'));
    await textOf(filtered, 'Ấp Mỹ Lợi');
    expect(await filtered.locator('tbody tr.ant-table-row').count()).toBe(1);
  });
});
