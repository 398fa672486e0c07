import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { headerText } from '../../src/modules/imports/columns';
import { indexColumns } from '../../src/modules/indices/index-excel';
import { addDays } from '../../src/modules/deadlines/schedule';
import { blankPlan } from '../../src/modules/movements/model/plan-builder';
import { todayInVietnam } from '../../src/modules/units/unit-period';
import { buildMovement, buildPerson, buildUnit, buildUser } from '../factories';
import { describe, expect, test } from './helpers/fixtures';
import { hidden, logIn, textOf, visible } from './helpers/ui';

/** The start of a Windows executable, as a file renamed .pdf carries it. */
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00', 'latin1'), Buffer.alloc(200, 0x41)]);

type Cells = Partial<Record<(typeof indexColumns)[number]['key'], string | number>>;
async function indexWorkbook(rows: Cells[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Chỉ số');
  ws.addRow(indexColumns.map(headerText));
  for (const r of rows) ws.addRow(indexColumns.map((c) => r[c.key] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function importIndices(page: Page, file: Buffer) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('indices-import').click()]);
  await chooser.setFiles({ name: 'chi-so.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
}

/** A tiny well-formed PDF: the server checks the type by content, not by name. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

async function typeValue(page: Page, value: string) {
  const row = page.getByTestId('results-table').locator('tbody tr.ant-table-row', { hasText: 'Hồ sơ đúng hạn' });
  const input = row.getByTestId('result-input-value');
  await input.fill(value);
  await row.getByTestId('result-save').click();
  return row;
}

describe('kết quả và minh chứng', () => {
  test('a xã officer enters a percent, sees it met, attaches a PDF; 120% is refused in Vietnamese', async ({ page, server }) => {
    const today = todayInVietnam();
    const huyen = await buildUnit(server.db, { name: 'UBND huyện Trà Bồng Thử', kind: 'huyen' });
    const xa = await buildUnit(server.db, { name: 'UBND xã Trà Phú', kind: 'xa', parentId: huyen.id });
    const { movement } = await buildMovement(server.db, {
      ownerUnitId: huyen.id,
      status: 'in_progress',
      content: blankPlan({
        issuerName: 'ỦY BAN NHÂN DÂN HUYỆN TRÀ BỒNG',
        title: 'Phong trào thi đua cải cách hành chính',
        period: { start: { kind: 'date', date: `${today.slice(0, 4)}-01-01` }, end: addDays(today, 300) },
        criteria: [
          { key: 'dung-han', label: 'a)', text: 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 90% trở lên', indicator: 'Hồ sơ đúng hạn', target: { measure: 'percent', comparator: 'gte', value: 90 } },
          { key: 'sang-kien', label: 'b)', text: 'Có sáng kiến được công nhận', indicator: 'Sáng kiến', target: { measure: 'boolean', value: true }, appliesTo: 'individual' },
        ],
      } as Parameters<typeof blankPlan>[0]),
    });
    // The huyện approved the xã's registration (the unit and one person): only participants report results.
    const person = await buildPerson(server.db, { unitId: xa.id, fullName: 'Nguyễn Thị Mai' });
    const now = new Date().toISOString();
    const reg = await server.db.insertInto('registrations').values({ movement_id: movement.id, unit_id: xa.id, status: 'da_duyet', commitments: 'Hoàn thành nhiệm vụ', created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
    await server.db.insertInto('registration_entries').values({ registration_id: reg.id, position: 0, subject: 'individual', person_id: person.id, target_title: 'ldtt' }).execute();
    const officer = await buildUser(server.db, { role: 'unit_officer', unitId: xa.id, fullName: 'Đinh Văn Tài' });

    await logIn(page, officer.username);
    await page.goto(`/phong-trao/${movement.id}`);
    await (await visible(page.getByTestId('movement-tab-results'))).click();
    const table = await visible(page.getByTestId('results-table'));
    await textOf(table, '≥ 90%');
    await textOf(page.getByTestId('results-unit'), 'UBND xã Trà Phú');

    const row = await typeValue(page, '95');
    await textOf(row.getByTestId('result-check').locator('.ant-tag'), /^Đạt$/);
    await textOf(row.getByTestId('result-check'), '— đạt');

    // Evidence: a PDF chosen from the file picker is listed with a download link.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), row.getByTestId('result-evidence-upload').click()]);
    await chooser.setFiles({ name: 'bao-cao-quy-IV.pdf', mimeType: 'application/pdf', buffer: PDF });
    const item = row.getByTestId('result-evidence-item');
    await textOf(item, 'bao-cao-quy-IV.pdf');
    expect(await item.locator('a').getAttribute('href')).toMatch(/^\/api\/evidence\/\d+$/);

    // An executable renamed .pdf is refused by its content, with the server's message; the list is unchanged.
    const [picker] = await Promise.all([page.waitForEvent('filechooser'), row.getByTestId('result-evidence-upload').click()]);
    await picker.setFiles({ name: 'bao-cao.pdf', mimeType: 'application/pdf', buffer: EXE });
    await textOf(row.getByTestId('result-evidence-error'), 'không phải PDF, ảnh hoặc tệp Office');
    expect(await row.getByTestId('result-evidence-item').count()).toBe(1);

    // A value out of range: the server's Vietnamese message under the input, the saved value kept.
    await typeValue(page, '120');
    await textOf(row.getByTestId('result-error'), 'Tỷ lệ phải từ 0 đến 100%');
    await page.reload();
    await (await visible(page.getByTestId('movement-tab-results'))).click();
    const again = page.getByTestId('results-table').locator('tbody tr.ant-table-row', { hasText: 'Hồ sơ đúng hạn' });
    await textOf(again.getByTestId('result-check'), '95%');
    await textOf(again.getByTestId('result-evidence-item'), 'bao-cao-quy-IV.pdf');
    // The unit's table holds no individual criterion.
    expect(await page.getByTestId('results-table').locator('tbody tr.ant-table-row', { hasText: 'Sáng kiến' }).count()).toBe(0);

    // A registered person's own criterion: yes/no.
    await page.getByTestId('results-subject').click();
    await (await visible(page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Nguyễn Thị Mai' }))).click();
    const own = page.getByTestId('results-table').locator('tbody tr.ant-table-row', { hasText: 'Sáng kiến' });
    await (await visible(own.getByTestId('result-input-flag'))).click();
    await own.getByTestId('result-save').click();
    await textOf(own.getByTestId('result-check').locator('.ant-tag'), /^Đạt$/);
    expect(await page.getByTestId('results-table').locator('tbody tr.ant-table-row', { hasText: 'Hồ sơ đúng hạn' }).count()).toBe(0);
  });
  test('after the end of the movement a value is refused with a warning naming the end date', async ({ page, server }) => {
    const today = todayInVietnam();
    const huyen = await buildUnit(server.db, { name: 'UBND huyện Sơn Hà Thử', kind: 'huyen' });
    const xa = await buildUnit(server.db, { name: 'UBND xã Sơn Linh', kind: 'xa', parentId: huyen.id });
    const end = addDays(today, -2);
    const { movement } = await buildMovement(server.db, {
      ownerUnitId: huyen.id,
      status: 'in_progress',
      content: blankPlan({
        issuerName: 'ỦY BAN NHÂN DÂN HUYỆN SƠN HÀ',
        title: 'Phong trào thi đua cải cách hành chính',
        period: { start: { kind: 'date', date: addDays(today, -200) }, end },
        criteria: [
          { key: 'dung-han', label: 'a)', text: 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 90% trở lên', indicator: 'Hồ sơ đúng hạn', target: { measure: 'percent', comparator: 'gte', value: 90 } },
        ],
      } as Parameters<typeof blankPlan>[0]),
    });
    await server.db.insertInto('registrations').values({ movement_id: movement.id, unit_id: xa.id, status: 'da_duyet', commitments: '', created_at: new Date().toISOString(), updated_at: new Date().toISOString() }).execute();
    const officer = await buildUser(server.db, { role: 'unit_officer', unitId: xa.id });

    await logIn(page, officer.username);
    await page.goto(`/phong-trao/${movement.id}`);
    await (await visible(page.getByTestId('movement-tab-results'))).click();
    await visible(page.getByTestId('results-table'));
    const row = await typeValue(page, '95');
    const [y, m, d] = end.split('-');
    await textOf(row.getByTestId('result-deadline'), `kết thúc ngày ${d}/${m}/${y}`);
    await textOf(row.getByTestId('result-check'), 'Chưa nhập');
  });
  test('the huyện sees one file handed in by two xã under «Tài liệu trùng»', async ({ page, server }) => {
    const today = todayInVietnam();
    const huyen = await buildUnit(server.db, { name: 'UBND huyện Minh Long Thử', kind: 'huyen' });
    const xas = [await buildUnit(server.db, { name: 'UBND xã Long Hiệp', kind: 'xa', parentId: huyen.id }), await buildUnit(server.db, { name: 'UBND xã Long Mai', kind: 'xa', parentId: huyen.id })];
    const { movement } = await buildMovement(server.db, {
      ownerUnitId: huyen.id,
      status: 'in_progress',
      content: blankPlan({
        issuerName: 'ỦY BAN NHÂN DÂN HUYỆN MINH LONG',
        title: 'Phong trào thi đua cải cách hành chính',
        period: { start: { kind: 'date', date: `${today.slice(0, 4)}-01-01` }, end: addDays(today, 300) },
        criteria: [
          { key: 'dung-han', label: 'a)', text: 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 90% trở lên', indicator: 'Hồ sơ đúng hạn', target: { measure: 'percent', comparator: 'gte', value: 90 } },
        ],
      } as Parameters<typeof blankPlan>[0]),
    });
    const now = new Date().toISOString();
    for (const xa of xas) await server.db.insertInto('registrations').values({ movement_id: movement.id, unit_id: xa.id, status: 'da_duyet', commitments: '', created_at: now, updated_at: now }).execute();
    const standing = await buildUser(server.db, { role: 'standing', unitId: huyen.id });

    await logIn(page, standing.username);
    // Both xã report with the same file (through the API the tab uses, signed in as the huyện).
    for (const xa of xas) {
      const saved = await page.request.put('/api/results', { data: { movementId: movement.id, unitId: xa.id, criterionKey: 'dung-han', period: today.slice(0, 4), value: { measure: 'percent', value: 93 } } });
      expect(saved.status(), await saved.text()).toBe(200);
      const { id } = (await saved.json()) as { id: number };
      const up = await page.request.post(`/api/results/${id}/evidence`, { multipart: { file: { name: `minh-chung-${xa.id}.pdf`, mimeType: 'application/pdf', buffer: PDF } } });
      expect(up.status(), await up.text()).toBe(200);
    }
    await page.goto(`/phong-trao/${movement.id}`);
    await (await visible(page.getByTestId('movement-tab-results'))).click();
    const panel = await visible(page.getByTestId('evidence-duplicates'));
    await textOf(panel, 'UBND xã Long Hiệp');
    await textOf(panel, 'UBND xã Long Mai');
    await textOf(panel, `minh-chung-${xas[1]!.id}.pdf — a) Hồ sơ đúng hạn, Năm ${today.slice(0, 4)}`);
  });
});

describe('chỉ số', () => {
  test('the standing officer records a xã\'s PAR Index in the dialog and sees it listed with its rank', async ({ page, server }) => {
    const huyen = await buildUnit(server.db, { name: 'UBND huyện Ninh Hòa Thử', kind: 'huyen' });
    const xa = await buildUnit(server.db, { name: 'UBND xã Ninh Xuân', kind: 'xa', parentId: huyen.id });
    const standing = await buildUser(server.db, { role: 'standing', unitId: huyen.id, fullName: 'Trần Thị Hạnh' });

    await logIn(page, standing.username);
    await page.getByRole('link', { name: 'Chỉ số' }).first().click();
    await visible(page.getByTestId('indices-page'));
    await page.getByTestId('index-add').click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Thêm kết quả chỉ số' }));
    await dialog.locator('.ant-form-item', { hasText: 'Đơn vị' }).locator('.ant-select').click();
    await (await visible(page.locator('.ant-select-tree-node-content-wrapper', { hasText: 'UBND xã Ninh Xuân' }))).click();
    await dialog.getByTestId('index-year').fill('2024');
    await dialog.getByTestId('index-code').click();
    await (await visible(page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'PAR Index' }))).click();
    await dialog.getByTestId('index-score').fill('88,5');
    await dialog.getByTestId('index-rank').fill('5');
    await dialog.getByTestId('index-rank-of').fill('16');
    await dialog.getByTestId('index-save').click();
    await hidden(page.getByRole('dialog', { name: 'Thêm kết quả chỉ số' }));
    const listed = page.getByTestId('indices-table').locator('tbody tr.ant-table-row', { hasText: 'UBND xã Ninh Xuân' });
    await textOf(listed, '5/16');
    await textOf(listed, '88,5');
    await textOf(listed, 'PAR Index');

    // An import with one bad row writes nothing and names the row; the fixed file is imported.
    await importIndices(page, await indexWorkbook([{ unitCode: xa.code, year: 2023, index: 'PCI', score: 120 }, { unitCode: xa.code, year: 2023, index: 'SIPAS', score: 91 }]));
    await textOf(page.getByTestId('indices-import-error'), 'chưa ghi dòng nào');
    await textOf(page.getByTestId('indices-import-errors'), 'Điểm PCI phải từ 0 đến 100');
    expect(await page.getByTestId('indices-table').locator('tbody tr.ant-table-row').count()).toBe(1);
    await importIndices(page, await indexWorkbook([{ unitCode: xa.code, year: 2023, index: 'PCI', score: 62 }, { unitCode: xa.code, year: 2023, index: 'SIPAS', score: 91 }]));
    await textOf(page.getByTestId('indices-import-done'), 'Đã nhập 2 dòng: 2 mới');
    await expect.poll(() => page.getByTestId('indices-table').locator('tbody tr.ant-table-row').count(), { timeout: 20_000 }).toBe(3);
  });
});
