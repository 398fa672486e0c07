import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UnitRow } from '../../src/db/types';
import { roleLabels } from '../../src/modules/auth/roles';
import { DEMO_PASSWORD, demoAccounts, demoAccountsText, seedDemoData } from '../../src/seed/demo';
import { loginAs, startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let first: { created: boolean; summary: string };
let units: UnitRow[];
beforeAll(async () => {
  t = await startTestApp();
  first = await seedDemoData(t.db);
  units = await t.db.selectFrom('units').selectAll().orderBy('id').execute();
});
afterAll(() => t?.close());

const byName = (name: string) => {
  const found = units.filter((u) => u.name === name);
  expect(found, name).toHaveLength(1);
  return found[0] as UnitRow;
};
const childrenOf = (unit: UnitRow) => units.filter((u) => u.parent_id === unit.id);
const countRows = async () => {
  const count = async (table: 'units' | 'people' | 'users' | 'user_roles' | 'unit_parent_history' | 'audit_log') =>
    Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return {
    units: await count('units'),
    people: await count('people'),
    users: await count('users'),
    roles: await count('user_roles'),
    history: await count('unit_parent_history'),
    audit: await count('audit_log'),
  };
};

describe('demo data', () => {
  it('reports what it created', () => {
    expect(first.created).toBe(true);
    expect(first.summary).toMatch(new RegExp(`^${units.length} đơn vị, \\d+ cá nhân, ${demoAccounts.length} tài khoản`));
  });

  it('builds Trà Bồng with its 16 xã, thị trấn and Trà Lâm with its ban, ngành, Mặt trận and đoàn thể', () => {
    const quangNgai = byName('Tỉnh Quảng Ngãi');
    const traBong = byName('Huyện Trà Bồng');
    expect(traBong.parent_id).toBe(quangNgai.id);
    const communes = childrenOf(traBong).filter((u) => u.kind === 'xa' || u.kind === 'thi_tran');
    expect(communes.map((u) => u.name).sort()).toEqual(
      [
        'Thị trấn Trà Xuân', 'Xã Trà Bình', 'Xã Trà Bùi', 'Xã Trà Giang', 'Xã Trà Hiệp', 'Xã Trà Lâm', 'Xã Trà Phú',
        'Xã Trà Sơn', 'Xã Trà Tân', 'Xã Trà Thủy', 'Xã Trà Phong', 'Xã Trà Thanh', 'Xã Trà Xinh', 'Xã Sơn Trà',
        'Xã Hương Trà', 'Xã Trà Tây',
      ].sort(),
    );
    expect(childrenOf(traBong).map((u) => u.name)).toContain('Phòng Nội vụ huyện Trà Bồng');

    const traLam = byName('Xã Trà Lâm');
    const bodies = childrenOf(traLam);
    expect(bodies.map((u) => u.name)).toEqual(
      expect.arrayContaining([
        'Văn phòng – Thống kê xã Trà Lâm',
        'Văn hóa – Xã hội xã Trà Lâm',
        'Đài Truyền thanh xã Trà Lâm',
        'Ủy ban MTTQ Việt Nam xã Trà Lâm',
        'Hội Liên hiệp Phụ nữ xã Trà Lâm',
      ]),
    );
    expect(bodies.filter((u) => u.kind === 'mttq')).toHaveLength(1);
    expect(bodies.filter((u) => u.kind === 'doan_the').length).toBeGreaterThanOrEqual(4);
  });

  it('builds the other four organisations', () => {
    const myThanh = byName('Xã Mỹ Thạnh');
    expect(units.find((u) => u.id === myThanh.parent_id)?.name).toBe('Huyện Giồng Trôm');
    expect(childrenOf(myThanh).filter((u) => u.kind === 'ap')).toHaveLength(6);

    const ninhHoa = byName('Thị xã Ninh Hòa');
    expect(ninhHoa.kind).toBe('thi_xa');
    const wards = childrenOf(ninhHoa);
    expect(wards.filter((u) => u.kind === 'phuong')).toHaveLength(7);
    expect(wards.filter((u) => u.kind === 'xa')).toHaveLength(20);
    expect(wards.map((u) => u.name)).toEqual(
      expect.arrayContaining(['Phòng Nội vụ thị xã Ninh Hòa', 'Phòng Văn hóa và Thông tin thị xã Ninh Hòa']),
    );

    const dmc = byName('Liên đoàn Lao động huyện Dương Minh Châu');
    expect(dmc.parent_id).toBe(byName('Liên đoàn Lao động tỉnh Tây Ninh').id);
    expect(childrenOf(dmc).filter((u) => u.kind === 'cong_doan_co_so').length).toBeGreaterThanOrEqual(5);

    const dept = byName('Sở Lao động – Thương binh và Xã hội tỉnh Bình Phước');
    expect(dept.parent_id).toBe(byName('Tỉnh Bình Phước').id);
    expect(childrenOf(dept).filter((u) => u.kind === 'phong').length).toBeGreaterThanOrEqual(5);
    expect(childrenOf(dept).filter((u) => u.kind === 'don_vi_su_nghiep').length).toBeGreaterThanOrEqual(2);
  });

  it('stores every unit with a consistent path, depth, history row, unique code and NFC name', async () => {
    const byId = new Map(units.map((u) => [u.id, u]));
    for (const u of units) {
      const parent = u.parent_id === null ? null : byId.get(u.parent_id);
      expect(u.path).toBe(`${parent?.path ?? '/'}${u.id}/`);
      expect(u.depth).toBe(parent ? parent.depth + 1 : 0);
      expect(u.name).toBe(u.name.normalize('NFC'));
      expect(u.valid_from, u.name).not.toBeNull();
      expect(u.valid_to).toBeNull();
    }
    expect(new Set(units.map((u) => u.code)).size).toBe(units.length);
    const history = await t.db.selectFrom('unit_parent_history').selectAll().execute();
    expect(history).toHaveLength(units.length);
    // The communes formed or rejoined by Nghị quyết 867/NQ-UBTVQH14 count from that day.
    expect(byName('Xã Sơn Trà').valid_from).toBe('2020-01-10');
  });

  it('puts a few people in every unit, at most one head each, with the real signers of the plans', async () => {
    const people = await t.db.selectFrom('people').selectAll().execute();
    for (const u of units) {
      const own = people.filter((p) => p.unit_id === u.id);
      expect(own.length, u.name).toBeGreaterThanOrEqual(2);
      expect(own.length, u.name).toBeLessThanOrEqual(8);
      expect(own.filter((p) => p.is_unit_head).length, u.name).toBeLessThanOrEqual(1);
    }
    const categories = new Set(people.map((p) => p.category));
    expect([...categories].sort()).toEqual(['can_bo', 'cong_chuc', 'khong_chuyen_trach', 'nguoi_lao_dong', 'vien_chuc']);
    expect(new Set(people.map((p) => p.gender))).toEqual(new Set(['nam', 'nu']));
    expect(people.filter((p) => p.gender === 'nu').length).toBeGreaterThan(people.length / 4);

    const signer = (name: string) => people.find((p) => p.full_name === name);
    expect(signer('Võ Thị Mai Vỹ')).toMatchObject({ unit_id: byName('Xã Trà Lâm').id, is_unit_head: true, position: 'Chủ tịch UBND xã' });
    expect(signer('Thái Thị Bích Thủy')).toMatchObject({ unit_id: byName('Liên đoàn Lao động huyện Dương Minh Châu').id });
    expect(signer('Phạm Thanh Diễn')).toMatchObject({ unit_id: byName('Xã Mỹ Thạnh').id, is_unit_head: true });
    expect(signer('Nguyễn Vĩnh Thạnh')).toMatchObject({ unit_id: byName('Thị xã Ninh Hòa').id, is_unit_head: true });
    // Search keys fold diacritics, so "vo thi mai vy" finds her.
    expect(signer('Võ Thị Mai Vỹ')?.search_key).toBe('vo thi mai vy');
  });

  it('gives one account per role that logs in with the demo password, scoped as documented', async () => {
    expect(new Set(demoAccounts.map((a) => a.role))).toEqual(new Set(Object.keys(roleLabels)));
    const expectedUnits: Record<string, string[]> = {
      quantri: ['Liên đoàn Lao động tỉnh Tây Ninh', 'Tỉnh Quảng Ngãi', 'Tỉnh Bình Phước', 'Tỉnh Bến Tre', 'Tỉnh Khánh Hòa'],
      thuongtruc: ['Huyện Trà Bồng'],
      'canbo.tralam': ['Xã Trà Lâm'],
      'canbo.trathuy': ['Xã Trà Thủy'],
      canhan: ['Văn hóa – Xã hội xã Trà Lâm'],
      hoidong: ['Huyện Trà Bồng'],
      lanhdao: ['Thị xã Ninh Hòa'],
    };
    for (const account of demoAccounts) {
      const client = await loginAs(t.app, account.username, DEMO_PASSWORD);
      const me = (await client.get('/api/auth/me')).json();
      expect(me.roles.map((r: { role: string }) => r.role)).toEqual(expectedUnits[account.username]?.map(() => account.role));
      expect(me.roles.map((r: { unitName: string }) => r.unitName)).toEqual(expectedUnits[account.username]);
      if (account.role !== 'admin') expect(me.personId, account.username).not.toBeNull();
    }
  });

  it('prints the accounts table in Vietnamese with the password while it is unchanged', async () => {
    const text = await demoAccountsText(t.db);
    for (const account of demoAccounts) {
      expect(text).toMatch(new RegExp(`${account.username.replace('.', '\\.')}\\s+${roleLabels[account.role]}`));
    }
    expect(text).toContain(DEMO_PASSWORD);
    expect(text).toContain('Tên đăng nhập');
  });

  it('records one audit row and creates nothing on a second run', async () => {
    const before = await countRows();
    const again = await seedDemoData(t.db);
    expect(again).toEqual({ created: false, summary: '' });
    expect(await countRows()).toEqual(before);
    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'seed.loaded').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.entity).toBe('seed');
    expect(audit[0]?.after).toMatchObject({ units: units.length, users: demoAccounts.length });
  });

  it('shows in the table that a changed password is no longer the demo one', async () => {
    const client = await loginAs(t.app, 'canhan', DEMO_PASSWORD);
    const res = await client.post('/api/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: 'mat-khau-rieng-cua-toi' });
    expect(res.statusCode).toBe(200);
    const line = (await demoAccountsText(t.db)).split('\n').find((l) => l.trim().startsWith('canhan'));
    expect(line).toContain('(đã đổi)');
    expect(line).not.toContain(DEMO_PASSWORD);
  });
});
