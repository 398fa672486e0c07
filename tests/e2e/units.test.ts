import { buildPerson, buildUnit, buildUser } from '../factories';
import { describe, expect, test } from './helpers/fixtures';
import { logIn, textOf, visible } from './helpers/ui';

describe('cây đơn vị', () => {
  test('expands the tree, selects a unit and shows its detail; units outside the scope stay hidden', async ({ page, server }) => {
    const db = server.db;
    const province = await buildUnit(db, { name: 'UBND tỉnh Bình Phước', kind: 'tinh' });
    const department = await buildUnit(db, { name: 'Sở Lao động – Thương binh và Xã hội', kind: 'so', parentId: province.id });
    const office = await buildUnit(db, { name: 'Phòng Người có công', kind: 'phong', parentId: department.id, code: 'BP-LDTBXH-NCC' });
    await buildPerson(db, { unitId: office.id, fullName: 'Lê Thị Hồng' });
    await buildPerson(db, { unitId: office.id, fullName: 'Phạm Văn Hùng' });
    // Another province: this user's role does not cover it, so the tree must not show it.
    await buildUnit(db, { name: 'UBND tỉnh Tây Ninh', kind: 'tinh' });
    const user = await buildUser(db, { role: 'admin', unitId: province.id });

    await logIn(page, user.username);
    await page.getByRole('menuitem', { name: 'Đơn vị' }).click();
    const tree = await visible(page.getByTestId('unit-tree'));

    // The root of the user's scope opens on its first level; deeper units wait for a click.
    await textOf(tree, 'Sở Lao động – Thương binh và Xã hội');
    expect(await tree.getByText('Phòng Người có công').count()).toBe(0);
    expect(await tree.getByText('UBND tỉnh Tây Ninh').count()).toBe(0);

    const departmentNode = tree.locator('.ant-tree-treenode', { hasText: 'Sở Lao động – Thương binh và Xã hội' });
    await departmentNode.locator('.ant-tree-switcher').click();
    await (await visible(tree.getByText('Phòng Người có công'))).click();

    // The detail panel: the unit's own facts, in Vietnamese, and the address names the unit.
    const detail = page.locator('.ant-card', { has: page.getByRole('heading', { name: 'Phòng Người có công' }) });
    const text = await textOf(detail, 'BP-LDTBXH-NCC');
    expect(text).toContain('Phòng, ban chuyên môn');
    expect(text).toContain('2 cá nhân');
    expect(text).toContain('UBND tỉnh Bình Phước'); // breadcrumb up to the root
    expect(new URL(page.url()).searchParams.get('id')).toBe(String(office.id));
  });
});
