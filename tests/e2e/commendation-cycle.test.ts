import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import type { Browser, Locator, Page } from 'playwright-core';
import type { PlanContentInput } from '../../src/modules/movements/model/plan-content.schema';
import { seedPlanContent } from '../../src/seed/load-plans';
import { seedPlans } from '../../src/seed/plans';
import { todayInVietnam } from '../../src/modules/units/unit-period';
import { buildMovement, buildPerson, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import type { E2eApp } from './helpers/e2e-app';
import { describe, expect, test } from './helpers/fixtures';
import { docxDirToPdfTexts, docxToPdfText } from './helpers/pdf';
import { hidden, logIn, submitLogin, textOf, visible } from './helpers/ui';

const run = promisify(execFile);
const XA = 'BTE-GIONGTROM-MYTHANH';
const dmy = (iso: string) => iso.split('-').reverse().join('/');

/**
 * Seed 003 (xã Mỹ Thạnh) on a world of its own units: the demo data is too slow to load for a
 * browser test. The plan is the seed's, with its yearly deadlines (25/11 to the xã, 10/12 to the
 * huyện) moved to 2099: the server in the browser's tests runs on the real clock.
 */
async function buildWorld(server: E2eApp) {
  const db = server.db;
  const huyen = await buildUnit(db, { name: 'UBND huyện Giồng Trôm', kind: 'huyen', code: 'BTE-GIONGTROM' });
  const xa = await buildUnit(db, { name: 'UBND xã Mỹ Thạnh', kind: 'xa', parentId: huyen.id, code: XA });
  const units = new Map([huyen, xa].map((u) => [u.code, u]));
  for (const [suffix, name, kind] of [
    ['VPTK', 'Văn phòng – Thống kê xã Mỹ Thạnh', 'phong'],
    ['MTTQ', 'Ủy ban MTTQ Việt Nam xã Mỹ Thạnh', 'mttq'],
    ['DTT', 'Đài truyền thanh xã Mỹ Thạnh', 'khac'],
    ['AP1', 'Ấp Thạnh Lợi', 'ap'],
  ] as const) {
    const u = await buildUnit(db, { name, kind, parentId: xa.id, code: `${XA}-${suffix}` });
    units.set(u.code, u);
  }
  const seed = seedPlans.find((s) => s.source.startsWith('003'))!;
  const plan = structuredClone(seed.content) as PlanContentInput;
  plan.period = { ...plan.period!, end: '2099-12-31' };
  plan.deadlines = plan.deadlines!.map((d) => ({ ...d, due: { kind: 'date', date: d.key === 'de-nghi-xa' ? '2099-11-25' : '2099-12-10' } }));
  const content = seedPlanContent({ ...seed, content: plan }, units);
  const { movement } = await buildMovement(db, { ownerUnitId: xa.id, status: 'in_progress', content });

  const vptk = units.get(`${XA}-VPTK`)!.id;
  const ap = units.get(`${XA}-AP1`)!;
  const nominees = [
    await buildPerson(db, { unitId: vptk, fullName: 'Trần Thị Mỹ Duyên', position: 'Công chức Văn phòng – Thống kê' }),
    await buildPerson(db, { unitId: vptk, fullName: 'Lê Văn Thạnh Hòa', position: 'Công chức Tư pháp – Hộ tịch' }),
    await buildPerson(db, { unitId: vptk, fullName: 'Nguyễn Thị Kim Thoa', position: 'Công chức Địa chính' }),
  ];
  // Two of them have an initiative recognised by the xã's Hội đồng sáng kiến this year (the plan's
  // standard for individuals); the third has none and goes forward only with a recorded reason.
  const year = Number(todayInVietnam().slice(0, 4));
  const initiative = await db
    .insertInto('initiatives')
    .values({ unit_id: vptk, title: 'Rút ngắn thời gian chứng thực bản sao tại bộ phận một cửa', year, recognition_level: 'co_so', council_name: 'Hội đồng sáng kiến xã Mỹ Thạnh', decision_number: '15/QĐ-UBND', decision_date: `${year}-03-16` })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('initiative_authors').values([{ initiative_id: initiative.id, person_id: nominees[0]!.id, share: 50 }, { initiative_id: initiative.id, person_id: nominees[1]!.id, share: 50 }]).execute();
  // The council sits at the xã: its members are people of the xã with accounts of their own.
  const members = [];
  for (const [name, position] of [
    ['Phạm Thanh Diễn', 'Chủ tịch UBND xã'],
    ['Huỳnh Văn Mười', 'Phó Chủ tịch UBND xã'],
    ['Đặng Thị Út', 'Chủ tịch Ủy ban MTTQ xã'],
  ] as const) {
    const person = await buildPerson(db, { unitId: xa.id, fullName: name, position });
    const user = await buildUser(db, { role: 'council_member', unitId: xa.id, fullName: name });
    await db.updateTable('users').set({ person_id: person.id }).where('id', '=', user.id).execute();
    members.push({ name, username: user.username });
  }
  // Registration is an earlier step of the cycle: the ấp registered and the xã approved it.
  const now = new Date().toISOString();
  await db.insertInto('registrations').values({ movement_id: movement.id, unit_id: ap.id, status: 'da_duyet', commitments: 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính', created_at: now, updated_at: now }).execute();
  return {
    movement: movement.id,
    ap,
    nominees,
    members,
    officer: await buildUser(db, { role: 'unit_officer', unitId: xa.id, fullName: 'Võ Thị Văn Thư' }),
    standing: await buildUser(db, { role: 'standing', unitId: xa.id, fullName: 'Lê Thị Thường Trực' }),
    leader: await buildUser(db, { role: 'leader', unitId: xa.id, fullName: 'Phạm Thanh Diễn' }),
  };
}

async function switchUser(page: Page, username: string): Promise<void> {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await submitLogin(page, username, TEST_PASSWORD);
  await hidden(page.getByTestId('login-form'));
}

/** Opens an antd select and clicks the option (or tree node) showing `text`. */
async function pick(page: Page, select: Locator, text: string, type?: string): Promise<void> {
  await select.click();
  if (type) await page.keyboard.type(type);
  await (await visible(page.locator('.ant-select-dropdown:visible').locator('.ant-select-item-option, .ant-select-tree-node-content-wrapper', { hasText: text }))).click();
}

async function download(page: Page, button: Locator): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-qd-')), dl.suggestedFilename().replace(/[\\/]/g, '-'));
  await dl.saveAs(file);
  return file;
}

async function vote(browser: Browser, baseUrl: string, username: string, sessionTitle: string) {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await logIn(page, username);
  await page.getByRole('menuitem', { name: 'Hội đồng TĐKT' }).click();
  await (await visible(page.getByText(sessionTitle))).click();
  return { context, page, ballot: await visible(page.getByTestId('council-ballot')) };
}

async function castAll(page: Page, ballot: Locator, names: string[]): Promise<void> {
  for (const name of names) await ballot.getByRole('radiogroup', { name: `Phiếu bầu của bạn: ${name}` }).getByText('Đồng ý', { exact: true }).click();
  await ballot.getByRole('button', { name: 'Gửi phiếu' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: /OK|Đồng ý/ }).click();
}

describe('chu trình khen thưởng của xã Mỹ Thạnh (kế hoạch mẫu 003)', () => {
  test('the xã proposes 01 tập thể and 03 cá nhân, its council votes by secret ballot, the Chủ tịch signs, the documents print and the honour board shows the awardees', async ({ page, server, browser }) => {
    const w = await buildWorld(server);
    const names = w.nominees.map((n) => n.full_name);
    const all = ['Ấp Thạnh Lợi', ...names];
    const sessionTitle = 'Phiên họp xét khen thưởng phong trào thi đua cải cách hành chính';
    const today = todayInVietnam();

    // 1. The xã's officer opens a batch for the xã's own award and adds the ấp and three people.
    await logIn(page, w.officer.username);
    await page.goto(`/phong-trao/${w.movement}`);
    await (await visible(page.getByTestId('movement-tab-nominations'))).click();
    const tab = await visible(page.getByTestId('nominations-tab'));
    await pick(page, tab.getByLabel('Đơn vị đề nghị'), 'UBND xã Mỹ Thạnh');
    await pick(page, tab.getByLabel('Hình thức khen thưởng của kế hoạch (để lấy hạn gửi)'), 'Ủy ban nhân dân xã khen thưởng');
    await tab.getByTestId('batch-create').click();
    const batch = await visible(page.getByTestId('nomination-batch'));
    await textOf(batch, `Hạn gửi${dmy('2099-11-25')}`);
    await batch.getByText('Tập thể', { exact: true }).click();
    await pick(page, batch.getByLabel('Đơn vị', { exact: true }), 'Ấp Thạnh Lợi');
    // The form offers the plan's first award (for individuals only): the officer picks the xã's.
    await pick(page, batch.getByLabel('Hình thức khen thưởng', { exact: true }), 'Ủy ban nhân dân xã khen thưởng');
    await batch.getByTestId('nominee-add').click();
    await textOf(batch.locator('.ant-table-tbody'), 'Ấp Thạnh Lợi');
    await batch.getByText('Cá nhân', { exact: true }).first().click();
    for (const name of names) {
      await pick(page, batch.getByTestId('nominee-person'), name, name.split(' ').slice(-2).join(' '));
      await batch.getByTestId('nominee-add').click();
      await textOf(batch.locator('.ant-table-tbody'), name);
    }
    await batch.getByTestId('batch-submit').click();
    const submitDialog = await visible(page.getByRole('dialog', { name: 'Gửi đợt đề nghị' }));
    await submitDialog.getByLabel('Số tờ trình').fill('45/TTr-UBND');
    await submitDialog.getByTestId('batch-confirm').click();
    // Refused: the third person has no recognised initiative and no reason is recorded yet.
    const refused = await textOf(submitDialog.getByTestId('batch-error'), 'Chưa đủ tiêu chuẩn khen thưởng, cần ghi lý do');
    expect(refused).toContain(`«${names[2]}»`);
    expect(refused).not.toContain(`«${names[0]}»`);
    await submitDialog.getByRole('button', { name: 'Hủy' }).click();
    await batch.locator('.ant-table-tbody tr', { hasText: names[2]! }).getByRole('button', { name: 'Báo cáo thành tích' }).click();
    const editor = await visible(page.locator('.ant-drawer-section'));
    await editor.getByTestId('nomination-check').click();
    await textOf(editor.getByTestId('eligibility-trace'), 'không có sáng kiến');
    await editor.getByTestId('report-summary').fill('Hoàn thành xuất sắc nhiệm vụ địa chính, giải quyết 100% hồ sơ đúng hạn');
    await (await visible(editor.getByTestId('override-reason'))).fill('Hội đồng Thi đua, khen thưởng xã đã bình xét tại cơ sở: thành tích nổi bật trong giải quyết hồ sơ đất đai');
    await editor.getByTestId('nomination-save').click();
    const reasonOf = async () => (await server.db.selectFrom('nominations').select('override_reason').where('nominee_name', '=', names[2]!).executeTakeFirstOrThrow()).override_reason;
    await expect.poll(reasonOf, { timeout: 20_000 }).toMatch(/^Hội đồng Thi đua, khen thưởng xã đã bình xét/);
    await editor.locator('.ant-drawer-close').click();
    await hidden(page.locator('.ant-drawer-section'));
    await batch.getByTestId('batch-submit').click();
    const again = await visible(page.getByRole('dialog', { name: 'Gửi đợt đề nghị' }));
    await again.getByLabel('Số tờ trình').fill('45/TTr-UBND');
    await again.getByTestId('batch-confirm').click();
    await textOf(batch.locator('.ant-descriptions'), 'Đã gửi');
    await textOf(batch.locator('.ant-descriptions'), '45/TTr-UBND');
    // Checked on sending: the plan's clause holds for two (the law's general clauses are left to the
    // council), the third goes forward with the xã's reason.
    await textOf(batch.locator('.ant-table-tbody tr', { hasText: names[0]! }), 'Hội đồng xem xét');
    await textOf(batch.locator('.ant-table-tbody tr', { hasText: names[2]! }), 'Có lý do đề nghị');

    // 2. The standing officer prepares the council session: nominees, members, attendance; opens the ballot.
    await switchUser(page, w.standing.username);
    // The dossier is in the xã's inbox, on time.
    await page.getByRole('menuitem', { name: /Khen thưởng$/ }).click();
    const inbox = await visible(page.getByTestId('decisions-inbox'));
    await textOf(inbox.locator('.ant-table-tbody tr', { hasText: '45/TTr-UBND' }), 'Trong hạn');
    await page.getByRole('menuitem', { name: 'Hội đồng TĐKT' }).click();
    await (await visible(page.getByRole('button', { name: 'Tạo phiên họp' }))).click();
    const create = await visible(page.getByRole('dialog', { name: 'Tạo phiên họp' }));
    await pick(page, create.getByLabel('Hội đồng của đơn vị'), 'UBND xã Mỹ Thạnh');
    await pick(page, create.getByLabel('Phong trào'), 'cải cách hành chính');
    await create.getByLabel('Tên phiên họp').fill(sessionTitle);
    await create.getByLabel('Địa điểm').fill('Hội trường UBND xã Mỹ Thạnh');
    const day = create.getByLabel('Ngày họp');
    await day.click();
    await day.fill(dmy(today));
    await day.press('Enter');
    await create.getByRole('button', { name: 'Tạo phiên họp' }).click();
    await visible(page.getByRole('heading', { level: 3, name: sessionTitle }));

    await page.getByRole('button', { name: 'Thêm đề nghị khen thưởng' }).click();
    const pickNominees = await visible(page.getByRole('dialog', { name: 'Thêm đề nghị khen thưởng' }));
    for (const name of all) await (await visible(pickNominees.locator('label.ant-checkbox-wrapper', { hasText: name }))).click();
    await pickNominees.getByRole('button', { name: /OK|Đồng ý/ }).click();
    const nomineesCard = page.locator('.ant-card', { hasText: 'Người được đề nghị' }).last();
    for (const name of all) await textOf(nomineesCard.locator('.ant-table-tbody'), name);

    const membersCard = page.locator('.ant-card').filter({ has: page.getByRole('button', { name: 'Thêm thành viên' }) });
    // The third keeps the default role, Ủy viên.
    const roles = ['Chủ tịch Hội đồng', 'Phó Chủ tịch Hội đồng'];
    for (const [i, m] of w.members.entries()) {
      await pick(page, membersCard.getByLabel('Người', { exact: true }), m.name, m.name.split(' ').slice(-2).join(' '));
      if (roles[i]) await pick(page, membersCard.getByLabel('Vai trò'), roles[i]);
      await membersCard.getByRole('button', { name: 'Thêm thành viên' }).click();
      await textOf(membersCard.locator('.ant-table-tbody'), m.name);
    }
    for (const m of w.members) {
      const sw = membersCard.getByRole('switch', { name: `Có mặt: ${m.name}` });
      await sw.click();
      await expect.poll(() => sw.getAttribute('aria-checked')).toBe('true');
    }
    await textOf(page.locator('.ant-card').first(), 'Có mặt 3/3 thành viên');
    await page.getByRole('button', { name: 'Mở bỏ phiếu' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /OK|Đồng ý/ }).click();
    await visible(page.getByRole('button', { name: 'Kết thúc và kiểm phiếu' }));

    // 3. Each member votes in their own ballot screen; a second ballot from a stale tab is refused.
    const first = await vote(browser, server.baseUrl, w.members[0]!.username, sessionTitle);
    const stale = await vote(browser, server.baseUrl, w.members[0]!.username, sessionTitle);
    await castAll(first.page, first.ballot, all);
    await textOf(first.ballot.locator('.ant-table-tbody'), 'Đã bỏ phiếu');
    expect(await first.ballot.getByRole('radiogroup').count()).toBe(0);
    await castAll(stale.page, stale.ballot, all);
    const refusal = await textOf(stale.page.locator('.ant-message-error'), 'phiếu đã bỏ không thể bỏ lại hoặc thay đổi');
    expect(refusal).toContain('Bạn đã bỏ phiếu cho');
    await first.context.close();
    await stale.context.close();
    for (const m of w.members.slice(1)) {
      const member = await vote(browser, server.baseUrl, m.username, sessionTitle);
      await castAll(member.page, member.ballot, all);
      await textOf(member.ballot.locator('.ant-table-tbody'), 'Đã bỏ phiếu');
      await member.context.close();
    }
    // The database holds three receipts and twelve choices, none tied to a member.
    expect((await server.db.selectFrom('ballots').selectAll().execute()).length).toBe(12);

    // 4. The standing officer closes the session; the tally shows every nominee agreed by 3/3.
    await page.reload();
    await page.getByRole('button', { name: 'Kết thúc và kiểm phiếu' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /OK|Đồng ý/ }).click();
    const tally = await visible(page.getByTestId('council-tally'));
    await textOf(tally, 'Số phiếu phát ra: 3; thu về: 3; hợp lệ: 3.');
    for (const name of all) await textOf(tally.locator('.ant-table-tbody tr', { hasText: name }), '100% (3/3)');

    // 5. «Quyết định khen thưởng»: the agreed nominees go into a draft decision within the xã's authority.
    await page.getByRole('menuitem', { name: /Khen thưởng$/ }).click();
    const decisions = await visible(page.getByTestId('decisions-page'));
    await decisions.getByRole('tab', { name: 'Xét khen thưởng' }).click();
    const agreed = await visible(page.getByTestId('decisions-agreed'));
    await pick(page, agreed.getByLabel('Đơn vị', { exact: true }), 'UBND xã Mỹ Thạnh');
    for (const name of all) await textOf(agreed.locator('.ant-table-tbody'), name);
    await textOf(agreed.locator('.ant-table-tbody'), 'Khen tại cấp này');
    await agreed.locator('thead .ant-checkbox-input').check();
    await agreed.getByRole('button', { name: 'Lập dự thảo quyết định (4)' }).click();
    const draft = await visible(page.getByRole('dialog', { name: 'Lập tờ trình và dự thảo quyết định' }));
    await draft.getByLabel('Số tờ trình').fill('47/TTr-VP');
    await draft.getByRole('button', { name: 'Lưu' }).click();
    const detail = await visible(page.getByTestId('decision-detail'));
    for (const name of all) await textOf(detail.locator('.ant-table-tbody'), name);
    const decisionUrl = page.url();

    // 6. The Chủ tịch UBND xã signs; the quyết định and the giấy khen print with the awardees.
    await switchUser(page, w.leader.username);
    await page.goto(decisionUrl);
    const signed = await visible(page.getByTestId('decision-detail'));
    await signed.getByRole('button', { name: 'Ký ban hành' }).click();
    const sign = await visible(page.getByRole('dialog', { name: 'Ký ban hành quyết định khen thưởng' }));
    await sign.getByLabel('Số quyết định').fill('120/QĐ-UBND');
    await sign.getByLabel('Họ tên người ký').fill('Phạm Thanh Diễn');
    const signedOn = sign.getByLabel('Ngày ký');
    await signedOn.click();
    await signedOn.fill(dmy(today));
    await signedOn.press('Enter');
    await sign.getByRole('button', { name: 'Ký ban hành' }).click();
    await textOf(signed.getByRole('heading', { level: 3 }), 'Quyết định khen thưởng số 120/QĐ-UBND');
    await textOf(signed, 'Đã ban hành');

    const docx = await download(page, signed.getByRole('button', { name: 'Quyết định (.docx)' }));
    const decisionText = (await docxToPdfText(docx)).text;
    expect(decisionText).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(decisionText).toContain('120/QĐ-UBND');
    expect(decisionText).toContain('QUYẾT ĐỊNH');
    expect(decisionText).toContain('Phạm Thanh Diễn');
    for (const name of all) expect(decisionText).toContain(name);

    const pdf = await download(page, signed.getByRole('button', { name: 'Giấy khen, bằng khen (.pdf)' }));
    const certificates = (await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'])).stdout.normalize('NFC').replace(/\s+/g, ' ');
    expect(certificates).toContain('GIẤY KHEN');
    for (const name of all) expect(certificates).toContain(name);
    expect(certificates).toContain('120/QĐ-UBND');

    // The whole dossier as one zip: every document renders to PDF and reads as what it is.
    const zip = unzipSync(new Uint8Array(fs.readFileSync(await download(page, signed.getByRole('button', { name: 'Toàn bộ hồ sơ (.zip)' })))));
    const dossierDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-dossier-'));
    for (const [name, data] of Object.entries(zip)) {
      fs.mkdirSync(path.dirname(path.join(dossierDir, name)), { recursive: true });
      fs.writeFileSync(path.join(dossierDir, name), data);
    }
    const texts = await docxDirToPdfTexts(dossierDir);
    const textOfDoc = (prefix: string) => [...texts.entries()].filter(([f]) => path.basename(f).startsWith(prefix) || f.startsWith(prefix)).map(([, text]) => text);
    expect(textOfDoc('01 Tờ trình')[0]).toContain('TỜ TRÌNH');
    expect(textOfDoc('02 Danh sách')[0]).toContain('DANH SÁCH');
    expect(textOfDoc('03 Biên bản họp')[0]).toContain('BIÊN BẢN');
    expect(textOfDoc('04 Biên bản kiểm phiếu')[0]).toContain('Kiểm phiếu');
    const reports = textOfDoc('05 Báo cáo thành tích');
    expect(reports).toHaveLength(all.length);
    for (const r of reports) expect(r).toContain('BÁO CÁO THÀNH TÍCH');
    expect(textOfDoc('06 Quyết định')[0]).toContain('120/QĐ-UBND');
    for (const name of all) expect(reports.some((r) => r.includes(name))).toBe(true);
    expect(Object.keys(zip).some((n) => n.endsWith('.pdf'))).toBe(true);

    // 7. The honour board, without signing in, shows the awardees of the decision.
    const visitor = await browser.newContext({ baseURL: server.baseUrl, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const board = await visitor.newPage();
    board.setDefaultTimeout(20_000);
    await board.goto('/vinh-danh');
    const group = await visible(board.getByTestId('honour-group'));
    for (const name of all) await textOf(group, name);
    await textOf(group, '120/QĐ-UBND');
    await visitor.close();
  });
});
