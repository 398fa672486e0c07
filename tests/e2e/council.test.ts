import type { TestApp } from '../helpers/test-app';
import { buildCouncilWorld, prepareSession } from '../integration/council-fixtures';
import { describe, expect, test } from './helpers/fixtures';
import { logIn, textOf, visible } from './helpers/ui';

describe('phiên họp Hội đồng TĐKT', () => {
  test('a member casts a secret ballot once in the browser and sees the tally after the close', async ({ page, server }) => {
    const w = await buildCouncilWorld(server as unknown as Pick<TestApp, 'app' | 'db'>);
    const id = await prepareSession(w);
    expect((await w.standing.post(`/api/council-sessions/${id}/open`)).statusCode).toBe(200);

    await logIn(page, w.usernames.m1);
    await page.getByRole('menuitem', { name: 'Hội đồng TĐKT' }).click();
    await visible(page.getByTestId('council-page'));
    await page.getByText('Phiên họp xét khen thưởng năm 2024').click();
    const ballot = await visible(page.getByTestId('council-ballot'));
    for (const name of ['Xã Trà Phú', 'Trần Thị Phú', 'Lê Văn Bình']) {
      await ballot.getByRole('radiogroup', { name: `Phiếu bầu của bạn: ${name}` }).getByText('Đồng ý', { exact: true }).click();
    }
    await ballot.getByRole('button', { name: 'Gửi phiếu' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /OK|Đồng ý/ }).click();
    await textOf(ballot.locator('tbody'), 'Đã bỏ phiếu');
    expect(await ballot.getByRole('radiogroup').count()).toBe(0);

    expect((await w.standing.post(`/api/council-sessions/${id}/close`)).statusCode).toBe(200);
    await page.reload();
    const tally = await visible(page.getByTestId('council-tally'));
    const text = await textOf(tally, 'Số phiếu phát ra: 5; thu về: 1; hợp lệ: 1.');
    expect(text).toContain('20% (1/5)');
    expect(text).toContain('Không đạt');
  });
});
