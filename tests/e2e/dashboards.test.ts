import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { blankPlan } from '../../src/modules/movements/model/plan-builder';
import { buildMovement, buildUnit, buildUser } from '../factories';
import { describe, expect, test } from './helpers/fixtures';
import { logIn, textOf, visible } from './helpers/ui';

describe('kết quả và xếp hạng', () => {
  test('the huyện opens the tab and sees its xã ranked, the heatmap, progress and the formula; exports Excel', async ({ page, server }) => {
    const huyen = await buildUnit(server.db, { name: 'UBND huyện Trà Bồng Xếp Hạng', kind: 'huyen' });
    const xa = await Promise.all(['UBND xã Trà Phú', 'UBND xã Trà Bình', 'UBND xã Trà Sơn'].map((name) => buildUnit(server.db, { name, kind: 'xa', parentId: huyen.id })));
    const { movement } = await buildMovement(server.db, {
      ownerUnitId: huyen.id,
      status: 'in_progress',
      content: blankPlan({
        issuerName: 'ỦY BAN NHÂN DÂN HUYỆN TRÀ BỒNG',
        title: 'Phong trào thi đua cải cách hành chính',
        year: 2024,
        criteria: [
          { key: 'dung-han', label: '1.', text: 'Tỷ lệ hồ sơ đúng hạn từ 90% trở lên', indicator: 'Hồ sơ đúng hạn', target: { measure: 'percent', comparator: 'gte', value: 90 }, maxPoints: 60 },
          { key: 'tin-bai', label: '2.', text: 'Ít nhất 3 tin bài', indicator: 'Tin bài', target: { measure: 'count', comparator: 'gte', value: 3 }, maxPoints: 40 },
        ],
      } as Parameters<typeof blankPlan>[0]),
    });
    const now = new Date().toISOString();
    await server.db
      .insertInto('registrations')
      .values(xa.map((u, i) => ({ movement_id: movement.id, unit_id: u.id, status: i < 2 ? 'da_duyet' : 'cho_duyet', commitments: '', created_at: now, updated_at: now })))
      .execute();
    const result = (unitId: number, key: string, value: unknown) => ({ movement_id: movement.id, unit_id: unitId, criterion_key: key, period: '2024', value: JSON.stringify(value) });
    await server.db
      .insertInto('results')
      .values([
        result(xa[0]!.id, 'dung-han', { measure: 'percent', value: 95 }),
        result(xa[0]!.id, 'tin-bai', { measure: 'count', value: 1 }),
        result(xa[1]!.id, 'dung-han', { measure: 'percent', value: 97 }),
        result(xa[1]!.id, 'tin-bai', { measure: 'count', value: 5 }),
      ])
      .execute();
    const standing = await buildUser(server.db, { role: 'standing', unitId: huyen.id, fullName: 'Trần Thị Hạnh' });

    await logIn(page, standing.username);
    await page.goto(`/phong-trao/${movement.id}`);
    await (await visible(page.getByTestId('movement-tab-dashboard'))).click();
    const ranking = await visible(page.getByTestId('dashboard-ranking'));
    const rows = ranking.locator('tbody tr.ant-table-row');
    await textOf(rows.nth(0), 'UBND xã Trà Bình');
    await textOf(rows.nth(0), 'xếp thứ 1/2');
    await textOf(rows.nth(0), 'Xuất sắc');
    await textOf(rows.nth(1), 'UBND xã Trà Phú');
    await textOf(rows.nth(1), 'xếp thứ 2/2');
    await visible(ranking.locator('canvas').first());
    await visible(page.getByTestId('dashboard-heatmap').locator('canvas').first());
    const progress = page.getByTestId('dashboard-progress');
    await textOf(progress.locator('tbody tr', { hasText: 'UBND xã Trà Sơn' }), 'Chờ duyệt');
    await textOf(progress.locator('tbody tr', { hasText: 'UBND xã Trà Phú' }), '2/2');
    await textOf(page.getByTestId('dashboard-formula'), 'Tổng điểm tối đa: 100');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('dashboard-export').click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Xếp hạng')!.getRow(2).getCell(2).value).toBe('UBND xã Trà Bình');
    const heat: unknown[][] = [];
    wb.getWorksheet('Tiêu chí theo đơn vị')!.eachRow((row) => heat.push(row.values as unknown[]));
    expect(heat).toContainEqual([undefined, 'UBND xã Trà Phú', 'Đạt', 'Không đạt']);
  });
});
