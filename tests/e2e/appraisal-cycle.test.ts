import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { addDays } from '../../src/modules/deadlines/schedule';
import { blankPlan } from '../../src/modules/movements/model/plan-builder';
import { todayInVietnam } from '../../src/modules/units/unit-period';
import { buildMovement, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { describe, expect, test } from './helpers/fixtures';
import { hidden, logIn, submitLogin, textOf, visible } from './helpers/ui';

/** A tiny well-formed PDF: the server checks the type by content, not by name. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const dmy = (iso: string) => iso.split('-').reverse().join('/');

async function switchUser(page: Page, username: string): Promise<void> {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await submitLogin(page, username, TEST_PASSWORD);
  await hidden(page.getByTestId('login-form'));
}

async function openTab(page: Page, movementId: number, tab: string, ready: string): Promise<Locator> {
  await page.goto(`/phong-trao/${movementId}`);
  await (await visible(page.getByTestId(`movement-tab-${tab}`))).click();
  return visible(page.getByTestId(ready));
}

const rowOf = (table: Locator, text: string) => table.locator('tbody tr.ant-table-row', { hasText: text });

describe('chu trình tự chấm và thẩm định', () => {
  test('a xã registers, reports with evidence, self-scores; the huyện accepts, changes with a reason, returns; the xã explains; the huyện locks; the xã is ranked', async ({ page, server }) => {
    const today = todayInVietnam();
    const year = today.slice(0, 4);
    const huyen = await buildUnit(server.db, { name: 'UBND huyện Trà Bồng Thẩm Định', kind: 'huyen' });
    const xa = await buildUnit(server.db, { name: 'UBND xã Trà Thủy', kind: 'xa', parentId: huyen.id });
    const other = await buildUnit(server.db, { name: 'UBND xã Trà Hiệp', kind: 'xa', parentId: huyen.id });
    const { movement } = await buildMovement(server.db, {
      ownerUnitId: huyen.id,
      status: 'in_progress',
      content: blankPlan({
        issuerName: 'ỦY BAN NHÂN DÂN HUYỆN TRÀ BỒNG',
        title: 'Phong trào thi đua đẩy mạnh cải cách hành chính',
        period: { start: { kind: 'date', date: `${year}-01-01` }, end: addDays(today, 300) },
        criteria: [
          { key: 'dung-han', label: '1.', text: 'Tỷ lệ hồ sơ giải quyết đúng hạn từ 90% trở lên', indicator: 'Hồ sơ đúng hạn', target: { measure: 'percent', comparator: 'gte', value: 90 }, maxPoints: 40 },
          { key: 'tin-bai', label: '2.', text: 'Ít nhất 3 tin bài tuyên truyền cải cách hành chính', indicator: 'Tin bài', target: { measure: 'count', comparator: 'gte', value: 3 }, maxPoints: 30 },
          { key: 'mo-hinh', label: '3.', text: 'Có mô hình, cách làm mới trong cải cách hành chính', indicator: 'Mô hình mới', target: { measure: 'boolean', value: true }, maxPoints: 30 },
        ],
      } as Parameters<typeof blankPlan>[0]),
    });
    // The other xã of the peer group, already approved and reported, so the ranking has two places.
    const now = new Date().toISOString();
    await server.db.insertInto('registrations').values({ movement_id: movement.id, unit_id: other.id, status: 'da_duyet', commitments: '', created_at: now, updated_at: now }).execute();
    await server.db
      .insertInto('results')
      .values([
        { movement_id: movement.id, unit_id: other.id, criterion_key: 'dung-han', period: year, value: JSON.stringify({ measure: 'percent', value: 80 }) },
        { movement_id: movement.id, unit_id: other.id, criterion_key: 'tin-bai', period: year, value: JSON.stringify({ measure: 'count', value: 1 }) },
      ])
      .execute();
    const officer = await buildUser(server.db, { role: 'unit_officer', unitId: xa.id, fullName: 'Hồ Văn Lâm' });
    const standing = await buildUser(server.db, { role: 'standing', unitId: huyen.id, fullName: 'Nguyễn Thị Thẩm' });

    // 1. The xã registers; the huyện approves.
    await logIn(page, officer.username);
    await openTab(page, movement.id, 'registrations', 'registrations-table');
    const form = await visible(page.getByTestId('registration-form'));
    await form.getByTestId('registration-commitments').fill('Giải quyết 100% hồ sơ đúng hạn');
    await form.getByTestId('registration-collective').click();
    await (await visible(page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Tập thể lao động xuất sắc' }))).click();
    await form.getByTestId('registration-submit').click();
    await textOf(page.getByTestId('own-registration').getByTestId('registration-status'), 'Chờ duyệt');

    await switchUser(page, standing.username);
    const registrations = await openTab(page, movement.id, 'registrations', 'registrations-table');
    const waiting = rowOf(registrations, 'UBND xã Trà Thủy');
    await (await visible(waiting.getByTestId('registration-approve'))).click();
    await (await visible(page.getByTestId('registration-approve-confirm'))).click();
    await textOf(waiting.getByTestId('registration-status'), 'Đã duyệt');

    // 2. The xã reports its results, one with a PDF as evidence.
    await switchUser(page, officer.username);
    const results = await openTab(page, movement.id, 'results', 'results-table');
    for (const [indicator, value] of [['Hồ sơ đúng hạn', '95'], ['Tin bài', '5']] as const) {
      const row = rowOf(results, indicator);
      await row.getByTestId('result-input-value').fill(value);
      await row.getByTestId('result-save').click();
      await textOf(row.getByTestId('result-check').locator('.ant-tag'), /^Đạt$/);
    }
    const model = rowOf(results, 'Mô hình mới');
    await (await visible(model.getByTestId('result-input-flag'))).click();
    await model.getByTestId('result-save').click();
    await textOf(model.getByTestId('result-check').locator('.ant-tag'), /^Đạt$/);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), rowOf(results, 'Hồ sơ đúng hạn').getByTestId('result-evidence-upload').click()]);
    await chooser.setFiles({ name: 'bao-cao-ho-so.pdf', mimeType: 'application/pdf', buffer: PDF });
    await textOf(rowOf(results, 'Hồ sơ đúng hạn').getByTestId('result-evidence-item'), 'bao-cao-ho-so.pdf');

    // 3. The xã scores itself next to its results and sends the period to appraisal.
    let self = await openTab(page, movement.id, 'appraisals', 'self-table');
    await textOf(rowOf(self, 'Hồ sơ đúng hạn').getByTestId('self-result'), 'Đạt');
    for (const [indicator, points] of [['Hồ sơ đúng hạn', '40'], ['Tin bài', '30'], ['Mô hình mới', '30']] as const) {
      const row = rowOf(self, indicator);
      await row.getByTestId('self-points-input').fill(points);
      await row.getByTestId('self-note').fill(`Tự chấm ${indicator.toLowerCase()}`);
      await row.getByTestId('self-save').click();
      await textOf(row.getByTestId('assessment-status'), 'Đang tự chấm');
    }
    await textOf(page.getByTestId('self-totals'), 'Tổng điểm tự chấm: 100');
    // Someone else saved the first row meanwhile: the save is refused and the row reloads what the server holds.
    await server.db.updateTable('assessments').set((eb) => ({ revision: eb('revision', '+', 1) })).where('movement_id', '=', movement.id).where('criterion_key', '=', 'dung-han').execute();
    const firstRow = rowOf(self, 'Hồ sơ đúng hạn');
    await firstRow.getByTestId('self-points-input').fill('35');
    await firstRow.getByTestId('self-save').click();
    const stale = await visible(firstRow.getByTestId('self-error'));
    await textOf(stale, 'Dữ liệu đã được người khác sửa, tải lại');
    await stale.getByRole('button', { name: 'Tải lại' }).click();
    await hidden(firstRow.getByTestId('self-error'));
    expect(await firstRow.getByTestId('self-points-input').inputValue()).toBe('40');
    await page.getByTestId('self-submit').click();
    await (await visible(page.getByTestId('self-submit-confirm'))).click();
    await textOf(rowOf(self, 'Mô hình mới').getByTestId('assessment-status'), 'Chờ thẩm định');
    expect(await self.getByTestId('self-save').count()).toBe(0);

    // 4. The huyện accepts one score, changes one with a reason, returns one for explanation by a deadline.
    await switchUser(page, standing.username);
    const units = await openTab(page, movement.id, 'appraisals', 'appraiser-units');
    await textOf(rowOf(units, 'UBND xã Trà Thủy'), 'Chờ thẩm định: 3');
    const items = await visible(page.getByTestId('appraiser-items'));
    // The appraiser judges by the unit's evidence, listed beside its self-score.
    await textOf(rowOf(items, 'Hồ sơ đúng hạn').getByTestId('result-evidence-item'), 'bao-cao-ho-so.pdf');
    await rowOf(items, 'Hồ sơ đúng hạn').getByTestId('appraise-accept').click();
    await textOf(rowOf(items, 'Hồ sơ đúng hạn').getByTestId('assessment-status'), 'Đã thẩm định');

    await rowOf(items, 'Tin bài').getByTestId('appraise-change').click();
    const changeDialog = await visible(page.locator('.ant-modal', { hasText: 'Thay đổi điểm — 2. Tin bài' }));
    await changeDialog.getByTestId('decision-points').fill('20');
    await changeDialog.getByTestId('decision-confirm').click();
    await textOf(changeDialog, 'Vui lòng nhập lý do thay đổi');
    await changeDialog.getByTestId('decision-reason').fill('Hai tin bài chưa đăng trên Cổng thông tin điện tử của huyện');
    await changeDialog.getByTestId('decision-confirm').click();
    await hidden(page.locator('.ant-modal', { hasText: 'Thay đổi điểm — 2. Tin bài' }));
    await textOf(rowOf(items, 'Tin bài').getByTestId('appraised-points'), '20');
    await textOf(rowOf(items, 'Tin bài').getByTestId('appraised-gap'), '+10');

    const deadline = addDays(today, 7);
    await rowOf(items, 'Mô hình mới').getByTestId('appraise-return').click();
    const returnDialog = await visible(page.locator('.ant-modal', { hasText: 'Trả lại để giải trình — 3. Mô hình mới' }));
    await returnDialog.getByTestId('decision-reason').fill('Bổ sung quyết định công nhận mô hình');
    const picker = returnDialog.locator('.ant-picker input');
    await picker.click();
    await picker.fill(dmy(deadline));
    // Enter in the date field picks the typed day and submits the dialog, as in any form.
    await picker.press('Enter');
    await hidden(page.locator('.ant-modal', { hasText: 'Trả lại để giải trình' }));
    await textOf(rowOf(items, 'Mô hình mới').getByTestId('assessment-status'), 'Trả lại để giải trình');
    await textOf(rowOf(units, 'UBND xã Trà Thủy').getByTestId('unit-gap'), '+10');

    // 5. The xã reads the request and the deadline, sees the changed score with its reason, and explains.
    await switchUser(page, officer.username);
    self = await openTab(page, movement.id, 'appraisals', 'self-table');
    const returned = rowOf(self, 'Mô hình mới');
    await textOf(returned.getByTestId('explain-request'), 'Bổ sung quyết định công nhận mô hình');
    await textOf(returned.getByTestId('explain-request'), `Hạn giải trình: ${dmy(deadline)}`);
    await textOf(rowOf(self, 'Tin bài').getByTestId('appraised-reason'), 'Hai tin bài chưa đăng trên Cổng thông tin');
    await textOf(rowOf(self, 'Tin bài').getByTestId('appraised-points'), '20');
    await returned.getByTestId('explain-input').fill('Mô hình «Một cửa không chờ» được UBND huyện công nhận tại Quyết định số 12/QĐ-UBND');
    await returned.getByTestId('explain-send').click();
    await textOf(returned.getByTestId('assessment-status'), 'Chờ thẩm định');

    // 6. The huyện accepts the explained score and locks the period.
    await switchUser(page, standing.username);
    await openTab(page, movement.id, 'appraisals', 'appraiser-units');
    const again = await visible(page.getByTestId('appraiser-items'));
    await textOf(rowOf(again, 'Mô hình mới').getByTestId('row-explanation'), 'Quyết định số 12/QĐ-UBND');
    await rowOf(again, 'Mô hình mới').getByTestId('appraise-accept').click();
    await textOf(rowOf(again, 'Mô hình mới').getByTestId('assessment-status'), 'Đã thẩm định');
    await page.getByTestId('appraisal-lock').click();
    await (await visible(page.getByTestId('appraisal-lock-confirm'))).click();
    await textOf(page.getByTestId('appraisal-locked'), 'Đã khóa và công bố');
    await textOf(rowOf(page.getByTestId('appraiser-units'), 'UBND xã Trà Thủy'), '90');
    expect(await page.getByTestId('appraise-change').count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('appraisals-export').click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const detail: unknown[][] = [];
    wb.getWorksheet('Chi tiết')!.eachRow((row) => detail.push((row.values as unknown[]).slice(1)));
    expect(detail.find((r) => r[2] === '2. Tin bài')!.slice(4, 11)).toEqual([30, 30, 'Tự chấm tin bài', 'Đã thẩm định', 20, 10, 'Hai tin bài chưa đăng trên Cổng thông tin điện tử của huyện']);

    // 7. The ranking tab shows the xã first of its peer group, with its band.
    await (await visible(page.getByTestId('movement-tab-dashboard'))).click();
    const ranking = await visible(page.getByTestId('dashboard-ranking'));
    const first = ranking.locator('tbody tr.ant-table-row').nth(0);
    await textOf(first, 'UBND xã Trà Thủy');
    await textOf(first, 'xếp thứ 1/2');
    await textOf(first, 'Xuất sắc');

    // 8. For the xã the period is read-only now.
    await switchUser(page, officer.username);
    await openTab(page, movement.id, 'appraisals', 'self-table');
    await textOf(page.getByTestId('self-locked'), 'Đã khóa và công bố');
    await textOf(page.getByTestId('self-totals'), 'Tổng điểm thẩm định: 90');
    expect(await page.getByTestId('self-save').count()).toBe(0);
    expect(await page.getByTestId('self-submit').count()).toBe(0);

    // The database keeps every step with who and why.
    const history = await server.db
      .selectFrom('assessment_history as h')
      .innerJoin('assessments as a', 'a.id', 'h.assessment_id')
      .select(['a.criterion_key', 'h.action', 'h.old_status', 'h.old_self_points', 'h.old_appraised_points', 'h.reason', 'h.changed_by'])
      .where('a.movement_id', '=', movement.id)
      .orderBy('h.id')
      .execute();
    const of = (key: string) => history.filter((h) => h.criterion_key === key).map((h) => [h.action, h.old_status, h.reason]);
    expect(of('tin-bai')).toEqual([
      ['submit', 'tu_cham', null],
      ['change', 'cho_tham_dinh', 'Hai tin bài chưa đăng trên Cổng thông tin điện tử của huyện'],
      ['lock', 'da_tham_dinh', null],
    ]);
    expect(of('mo-hinh')).toEqual([
      ['submit', 'tu_cham', null],
      ['return', 'cho_tham_dinh', 'Bổ sung quyết định công nhận mô hình'],
      ['explain', 'giai_trinh', 'Mô hình «Một cửa không chờ» được UBND huyện công nhận tại Quyết định số 12/QĐ-UBND'],
      ['accept', 'cho_tham_dinh', null],
      ['lock', 'da_tham_dinh', null],
    ]);
    expect(history.find((h) => h.action === 'change')!.changed_by).toBe(standing.id);
    const final = await server.db.selectFrom('assessments').select(['criterion_key', 'self_points', 'appraised_points', 'locked']).where('movement_id', '=', movement.id).orderBy('criterion_key').execute();
    expect(final).toEqual([
      { criterion_key: 'dung-han', self_points: 40, appraised_points: 40, locked: true },
      { criterion_key: 'mo-hinh', self_points: 30, appraised_points: 30, locked: true },
      { criterion_key: 'tin-bai', self_points: 30, appraised_points: 20, locked: true },
    ]);
  });
});
