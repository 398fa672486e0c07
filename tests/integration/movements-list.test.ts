import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMovement, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';
import { planOf } from './movements-fixtures';

/**
 * Tỉnh → huyện → xã A (with an ấp) and xã B; a LĐLĐ tỉnh at the root of its own tree. A user of xã A
 * sees every plan of A's subtree and the issued plans of the huyện and tỉnh above, never xã B's.
 */
let t: TestApp;
const m: Record<string, number> = {};
let u: Record<'tinh' | 'huyen' | 'a' | 'ap' | 'b' | 'ldld' | 'phong', { id: number }>;
let officerA: Client;
let adminTinh: Client;

const ids = (res: { json(): unknown }) => (res.json() as { items: { id: number }[] }).items.map((i) => i.id);

beforeAll(async () => {
  t = await startTestApp();
  const tinh = await buildUnit(t.db, { name: 'Tỉnh Quảng Ngãi', kind: 'tinh' });
  const huyen = await buildUnit(t.db, { name: 'Huyện Trà Bồng', kind: 'huyen', parentId: tinh.id });
  const phong = await buildUnit(t.db, { name: 'Phòng Nội vụ', kind: 'phong', parentId: huyen.id });
  const a = await buildUnit(t.db, { name: 'Xã Trà Lâm', parentId: huyen.id });
  const ap = await buildUnit(t.db, { name: 'Thôn Trà Xuân', kind: 'ap', parentId: a.id });
  const b = await buildUnit(t.db, { name: 'Xã Trà Bùi', parentId: huyen.id });
  const ldld = await buildUnit(t.db, { name: 'Liên đoàn Lao động tỉnh Tây Ninh', kind: 'lien_doan_lao_dong' });
  u = { tinh, huyen, a, ap, b, ldld, phong };
  const add = async (name: string, ownerUnitId: number, status: 'draft' | 'issued' | 'in_progress' | 'closed', plan: Parameters<typeof planOf>[0], parent?: string) => {
    const issuer = (await t.db.selectFrom('units').select('name').where('id', '=', ownerUnitId).executeTakeFirstOrThrow()).name.toUpperCase();
    const built = await buildMovement(t.db, { ownerUnitId, status, content: planOf({ issuer, ...plan }), parentMovementId: parent ? m[parent] : null });
    m[name] = built.movement.id;
  };
  await add('tinh', tinh.id, 'in_progress', { title: 'Đẩy mạnh cải cách hành chính tỉnh Quảng Ngãi giai đoạn 2021-2025', number: '10/KH-UBND', issuedOn: '2021-03-01', end: '2025-12-31' });
  await add('tinhDraft', tinh.id, 'draft', { title: 'Dự thảo của tỉnh chưa công bố', end: null });
  await add('huyen', huyen.id, 'issued', { title: 'Cải cách hành chính huyện Trà Bồng năm 2024', number: '55/KH-UBND', issuedOn: '2024-02-01' }, 'tinh');
  await add('phong', phong.id, 'issued', { title: 'Kế hoạch của Phòng Nội vụ', number: '3/KH-PNV', issuedOn: '2024-03-01' });
  await add('a', a.id, 'issued', { title: 'Cải cách hành chính xã Trà Lâm năm 2023', number: '4/KH-UBND', issuedOn: '2023-03-01', end: '2023-12-31' }, 'huyen');
  await add('aDraft', a.id, 'draft', { title: 'Dự thảo xã Trà Lâm', end: null });
  await add('ap', ap.id, 'closed', { title: 'Kế hoạch thôn Trà Xuân', number: '1/KH-TX', issuedOn: '2022-05-01', end: '2022-12-31' });
  await add('b', b.id, 'issued', { title: 'Cải cách hành chính xã Trà Bùi năm 2024', number: '9/KH-UBND', issuedOn: '2024-03-01' }, 'huyen');
  await add('ldld', ldld.id, 'issued', { title: 'Kế hoạch của LĐLĐ tỉnh', number: '301/KH-LĐLĐ', issuedOn: '2022-03-08', end: '2025-12-31' });
  officerA = await loginAs(t.app, (await buildUser(t.db, { role: 'unit_officer', unitId: a.id })).username, TEST_PASSWORD);
  adminTinh = await loginAs(t.app, (await buildUser(t.db, { role: 'admin', unitId: tinh.id })).username, TEST_PASSWORD);
});
afterAll(() => t?.close());

describe('GET /movements', () => {
  it('shows a xã its own plans (drafts too) and the issued plans above it — never a sibling’s, nor a draft above', async () => {
    const res = await officerA.get('/api/movements');
    expect(res.statusCode, res.body).toBe(200);
    const listed = ids(res);
    expect(listed.sort()).toEqual([m.tinh, m.huyen, m.a, m.aDraft, m.ap].sort());
    expect(res.json().total).toBe(5);
    expect(res.body).not.toContain('Trà Bùi');
    expect(res.body).not.toContain('chưa công bố');
  });

  it('orders by date of issue, newest first, undated last, then by id; pages with a total', async () => {
    const all = ids(await adminTinh.get('/api/movements'));
    // Phòng and xã B issued the same day: the later id first.
    expect(all).toEqual([m.b, m.phong, m.huyen, m.a, m.ap, m.tinh, m.aDraft, m.tinhDraft]);
    const page = await adminTinh.get('/api/movements?limit=3&offset=2');
    expect(ids(page)).toEqual([m.huyen, m.a, m.ap]);
    expect(page.json().total).toBe(8);
  });

  it('finds plans without diacritics, by title or number', async () => {
    expect(ids(await officerA.get(`/api/movements?q=${encodeURIComponent('cai cach hanh chinh huyen tra bong')}`))).toEqual([m.huyen]);
    expect(ids(await officerA.get(`/api/movements?q=${encodeURIComponent('TRÀ LÂM')}`)).sort()).toEqual([m.a, m.aDraft].sort());
    expect(ids(await officerA.get('/api/movements?q=55%2FKH'))).toEqual([m.huyen]);
    expect(ids(await officerA.get(`/api/movements?q=${encodeURIComponent('trà bùi')}`))).toEqual([]);
  });

  it('filters by level of the issuing unit', async () => {
    const level = async (l: string) => ids(await adminTinh.get(`/api/movements?level=${l}`)).sort();
    expect(await level('tinh')).toEqual([m.tinh, m.tinhDraft].sort());
    expect(await level('so_huyen')).toEqual([m.huyen]);
    expect(await level('xa')).toEqual([m.phong, m.a, m.aDraft, m.b].sort());
    expect(await level('co_so')).toEqual([m.ap]);
    const ldldAdmin = await loginAs(t.app, (await buildUser(t.db, { role: 'standing', unitId: u.ldld.id })).username, TEST_PASSWORD);
    const res = await ldldAdmin.get('/api/movements?level=tinh');
    expect(ids(res)).toEqual([m.ldld]);
    expect(res.json().items[0]).toMatchObject({ level: 'tinh', owner: { kind: 'lien_doan_lao_dong' } });
    expect((await adminTinh.get('/api/movements?level=huyen')).statusCode).toBe(400);
  });

  it('filters by year within the period, by status and by unit subtree', async () => {
    expect(ids(await adminTinh.get('/api/movements?year=2023')).sort()).toEqual([m.tinh, m.a].sort());
    expect(ids(await adminTinh.get('/api/movements?year=2024')).sort()).toEqual([m.tinh, m.huyen, m.phong, m.b].sort());
    expect(ids(await adminTinh.get('/api/movements?status=closed'))).toEqual([m.ap]);
    expect(ids(await adminTinh.get('/api/movements?status=draft')).sort()).toEqual([m.tinhDraft, m.aDraft].sort());
    expect(ids(await adminTinh.get(`/api/movements?unitId=${u.a.id}`)).sort()).toEqual([m.a, m.aDraft, m.ap].sort());
    // A xã filtering by the huyện above it sees the huyện's issued plans, still not xã B's.
    expect(ids(await officerA.get(`/api/movements?unitId=${u.huyen.id}`)).sort()).toEqual([m.huyen, m.a, m.aDraft, m.ap].sort());
    const other = await officerA.get(`/api/movements?unitId=${u.b.id}`);
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain('Trà Bùi');
  });

  it('describes each plan for the list', async () => {
    const [item] = (await officerA.get('/api/movements?q=55%2FKH')).json().items;
    expect(item).toEqual({
      id: m.huyen,
      title: 'Cải cách hành chính huyện Trà Bồng năm 2024',
      kind: 'chuyen_de',
      status: 'issued',
      level: 'so_huyen',
      number: '55/KH-UBND',
      issuedOn: '2024-02-01',
      yearFrom: 2024,
      yearTo: 2024,
      owner: { id: u.huyen.id, code: expect.any(String), name: 'Huyện Trà Bồng', kind: 'huyen' },
      parentMovementId: m.tinh,
      hasDraft: false,
      versionCount: 1,
    });
  });
});

describe('GET /movements/:id', () => {
  it('shows the huyện plan to a xã read-only, with its parent and only the visible children', async () => {
    const res = await officerA.get(`/api/movements/${m.huyen}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      parent: { id: m.tinh, number: '10/KH-UBND', owner: { id: u.tinh.id } },
      children: [{ id: m.a, status: 'issued', owner: { id: u.a.id } }],
      draft: null,
      allowedStatuses: [],
      can: { edit: false, issue: false, cascade: true, markDeadlines: true, copy: false },
    });
    expect(res.body).not.toContain('Trà Bùi');
  });

  it('hides drafts above, and everything of a sibling xã, as not found', async () => {
    for (const id of [m.tinhDraft, m.b]) {
      const res = await officerA.get(`/api/movements/${id}`);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
  });
});
