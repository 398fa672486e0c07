import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { blankPlan } from '../../src/modules/movements/model/plan-builder';
import { planContentSchema } from '../../src/modules/movements/model/plan-content.schema';
import { seedPlans } from '../../src/seed/plans';
import { buildMovement, buildUnit, buildUser } from '../factories';
import { describe, expect, test } from './helpers/fixtures';
import { docxToPdfText } from './helpers/pdf';
import { logIn, visible } from './helpers/ui';

/** Clicks a download button on the movement's page and saves the file it serves. */
async function download(page: Page, testId: string): Promise<{ file: string; name: string }> {
  const button = await visible(page.getByTestId(testId));
  const [dl] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-docx-')), 'van-ban.docx');
  await dl.saveAs(file);
  return { file, name: dl.suggestedFilename() };
}

const plan = blankPlan({
  issuerName: 'SỞ NỘI VỤ TỈNH BÌNH PHƯỚC',
  parentBody: 'UBND TỈNH BÌNH PHƯỚC',
  title: 'Phát động phong trào thi đua đẩy mạnh cải cách hành chính năm 2025',
  year: 2025,
  header: {
    parentBody: 'UBND TỈNH BÌNH PHƯỚC',
    issuerName: 'SỞ NỘI VỤ TỈNH BÌNH PHƯỚC',
    number: '27/KH-SNV',
    place: 'Bình Phước',
    issuedOn: '2025-02-07',
    signer: { capacity: 'KT.', authority: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Thị Hồng Nhung' },
    recipients: ['UBND tỉnh (b/c);', 'Lưu: VT, CCHC.'],
  },
  criteria: [
    {
      key: 'dung-han',
      label: 'a)',
      text: 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt trên 98%.',
      indicator: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
      target: { measure: 'percent', comparator: 'gt', value: 98 },
    },
  ],
});

describe('văn bản Word của kế hoạch', () => {
  test('downloads the plan from its page; LibreOffice prints it with the Quốc hiệu, number, title, criterion and signer intact', async ({ page, server }) => {
    const unit = await buildUnit(server.db, { name: 'Sở Nội vụ tỉnh Bình Phước', kind: 'so' });
    const user = await buildUser(server.db, { role: 'unit_officer', unitId: unit.id });
    const { movement } = await buildMovement(server.db, { ownerUnitId: unit.id, status: 'issued', content: plan });

    await logIn(page, user.username);
    await page.goto(`/phong-trao/${movement.id}`);
    const { file, name } = await download(page, 'download-plan-docx');
    expect(name).toBe('Kế hoạch 27-KH-SNV.docx');

    const { text, fonts } = await docxToPdfText(file);
    // Times New Roman or a metric-compatible stand-in with Vietnamese letters, never a fallback font.
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toMatch(/^(TimesNewRoman|LiberationSerif|Tinos)/);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Số: 27/KH-SNV');
    expect(text).toContain('Bình Phước, ngày 07 tháng 02 năm 2025');
    expect(text).toContain('KẾ HOẠCH');
    expect(text).toContain('Phát động phong trào thi đua đẩy mạnh cải cách hành chính năm 2025');
    expect(text).toContain('a) Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt trên 98%.');
    expect(text).toContain('KT. GIÁM ĐỐC');
    expect(text).toContain('Nguyễn Thị Hồng Nhung');
  });

  test('downloads the decision that issues seed 001; its articles and signer survive the PDF', async ({ page, server }) => {
    const unit = await buildUnit(server.db, { name: 'UBND xã Trà Lâm', kind: 'xa' });
    const user = await buildUser(server.db, { role: 'leader', unitId: unit.id });
    const content = planContentSchema.parse(seedPlans.find((s) => s.source.startsWith('001'))!.content);
    const { movement } = await buildMovement(server.db, { ownerUnitId: unit.id, status: 'closed', content });

    await logIn(page, user.username);
    await page.goto(`/phong-trao/${movement.id}`);
    const { file, name } = await download(page, 'download-decision-docx');
    expect(name).toBe('Quyết định 54-QĐ-UBND.docx');

    const { text } = await docxToPdfText(file);
    expect(text).toContain('Số: 54/QĐ-UBND');
    expect(text).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TRÀ LÂM');
    expect(text).toContain('QUYẾT ĐỊNH:');
    expect(text).toContain('Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.');
    expect(text).toContain('Võ Thị Mai Vỹ');
  });
});
