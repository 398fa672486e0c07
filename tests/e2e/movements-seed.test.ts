import type { Page } from 'playwright-core';
import type { PlanContent } from '../../src/modules/movements/model/plan-content.schema';
import { DEMO_PASSWORD, seedDemoData } from '../../src/seed/demo';
import { buildMovement } from '../factories';
import { loadSeededPlans } from '../helpers/seeded-plans';
import { describe, expect, test } from './helpers/fixtures';
import { logIn, textOf, visible } from './helpers/ui';

// The demo data (the five seed plans) loads once into this file's fresh database.

async function openTab(page: Page, name: string): Promise<void> {
  await (await visible(page.getByTestId(`movement-tab-${name}`))).click();
}

describe('kế hoạch mẫu', () => {
  test('browses the demo plans: search, criteria targets, award standards in words, the decision of seed 001', async ({ page, server }) => {
    await seedDemoData(server.db);
    await logIn(page, 'quantri', DEMO_PASSWORD);
    await page.goto('/phong-trao');
    const table = await visible(page.getByTestId('movements-table'));
    await textOf(table, '135/KH-LĐLĐ');

    // Search folds diacritics; the seed 004 plan of thị xã Ninh Hòa.
    await page.getByTestId('movements-search').fill('ninh hoa');
    await textOf(table, 'Ninh Hòa');
    await expect.poll(async () => (await table.textContent())?.includes('135/KH-LĐLĐ'), { timeout: 20_000 }).toBe(false);
    await table.locator('tbody tr.ant-table-row a').first().click();
    await visible(page.getByTestId('movement-title'));

    await openTab(page, 'criteria');
    await textOf(await visible(page.getByTestId('criteria-table')), '> 90%');
    await openTab(page, 'awards');
    const standards = await visible(page.getByTestId('standards-view'));
    await textOf(standards, 'Đáp ứng');
    expect(await page.getByTestId('award-offer').count()).toBeGreaterThan(0);
    await visible(page.getByTestId('download-plan-docx'));
    await openTab(page, 'versions');
    await visible(page.getByTestId('versions-table'));

    // Seed 001 is issued by a decision: its tab and its own document.
    await page.goto('/phong-trao');
    await page.getByTestId('movements-search').fill('tra lam');
    await textOf(table, 'Trà Lâm');
    await table.locator('tbody tr.ant-table-row a').first().click();
    await visible(page.getByTestId('download-decision-docx'));
    await openTab(page, 'decision');
    await textOf(page.getByTestId('section-decision'), 'Điều 1.');

    // The 2024 plan is closed; next year's starts as a copy: a new draft of the same xã, unnumbered.
    const closedUrl = page.url();
    await (await visible(page.getByTestId('copy-plan'))).click();
    await (await visible(page.locator('.ant-modal-confirm-btns .ant-btn-primary'))).click();
    await expect.poll(() => page.url(), { timeout: 20_000 }).not.toBe(closedUrl);
    await visible(page.getByTestId('issue-button'));
    await textOf(await visible(page.getByTestId('movement-title')), 'Trà Lâm');
    const copies = await server.db.selectFrom('movements').select(['status', 'number']).where('title', 'like', '%Trà Lâm năm 2024%').orderBy('id').execute();
    expect(copies).toEqual([
      { status: 'closed', number: '54/QĐ-UBND' },
      { status: 'draft', number: null },
    ]);
    // Discarding a draft never issued removes the movement altogether.
    await (await visible(page.getByTestId('discard-draft'))).click();
    await (await visible(page.locator('.ant-modal-confirm-btns .ant-btn-dangerous'))).click();
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 20_000 }).toBe('/phong-trao');
    expect(await server.db.selectFrom('movements').select('id').where('title', 'like', '%Trà Lâm năm 2024%').execute()).toHaveLength(1);
  });
});

/** Sections and the tab each sits in; saving one unchanged must give back the same plan. */
const sections: [tab: string, section: string][] = [
  ['general', 'general'],
  ['basis', 'basis'],
  ['purposes', 'purposes'],
  ['purposes', 'requirements'],
  ['goals', 'goals'],
  ['subjects', 'subjects'],
  ['contents', 'contents'],
  ['contents', 'solutions'],
  ['criteria', 'criteria'],
  ['awards', 'awards'],
  ['awards', 'standards'],
  ['awards', 'dossier'],
  ['deadlines', 'deadlines'],
  ['responsibilities', 'responsibilities'],
  ['decision', 'decision'],
];

describe('trình sửa kế hoạch mẫu', () => {
  test('every section editor of the seed plans saves a full plan back unchanged', async ({ page, server }) => {
    await seedDemoData(server.db);
    const seeded = await loadSeededPlans(server.db);
    const drafts: { id: number; content: PlanContent }[] = [];
    for (const source of ['001', '004']) {
      const plan = [...seeded.values()].find((p) => p.source.startsWith(source))!;
      const { movement } = await buildMovement(server.db, { ownerUnitId: plan.movement.owner_unit_id, content: plan.content });
      drafts.push({ id: movement.id, content: plan.content });
    }
    await logIn(page, 'quantri', DEMO_PASSWORD);
    for (const draft of drafts) {
      await page.goto(`/phong-trao/${draft.id}`);
      await visible(page.getByTestId('movement-title'));
      for (const [tab, name] of sections) {
        if (name === 'decision' && !draft.content.decision) continue;
        await openTab(page, tab);
        const section = page.getByTestId(`section-${name}`);
        await (await visible(section.getByTestId(`section-edit-${name}`))).click();
        await (await visible(section.getByTestId('save-draft'))).click();
        // Back to the read-only view: the server accepted the plan.
        await visible(section.getByTestId(`section-edit-${name}`));
      }
      const stored = await server.db
        .selectFrom('movement_versions')
        .select(['content', 'revision'])
        .where('movement_id', '=', draft.id)
        .where('state', '=', 'draft')
        .executeTakeFirstOrThrow();
      expect(stored.revision).toBeGreaterThan(10);
      const content = typeof stored.content === 'string' ? JSON.parse(stored.content) : stored.content;
      expect(content).toEqual(draft.content);
    }
  });
});
