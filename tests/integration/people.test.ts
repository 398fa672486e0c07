import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPerson, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { dbSnapshot } from '../helpers/db-snapshot';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

/** Huyện with xã A (and its ấp) and xã B; a cán bộ of the huyện may read and write its people. */
async function huyen() {
  const h = await buildUnit(t.db, { name: 'Huyện Trà Bồng', kind: 'huyen' });
  const a = await buildUnit(t.db, { name: 'Xã Trà Lâm', parentId: h.id });
  const ap = await buildUnit(t.db, { name: 'Thôn 1', kind: 'ap', parentId: a.id });
  const b = await buildUnit(t.db, { name: 'Xã Trà Bùi', parentId: h.id });
  const officer = await buildUser(t.db, { role: 'unit_officer', unitId: h.id });
  const client = await loginAs(t.app, officer.username, TEST_PASSWORD);
  return { h, a, ap, b, officer, client };
}

const person = (id: number) => t.db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const auditOf = (id: number, action: string) =>
  t.db.selectFrom('audit_log').selectAll().where('entity', '=', 'person').where('entity_id', '=', String(id)).where('action', '=', action).execute();

async function expectRefused(call: () => ReturnType<Client['post']>, status: number, message: RegExp) {
  const before = await dbSnapshot(t.db);
  const res = await call();
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().error.message).toMatch(message);
  expect(await dbSnapshot(t.db)).toEqual(before);
  return res.json().error;
}

describe('people: create, edit, transfer, deactivate', () => {
  it('creates a person stored as NFC with a search key, and an audit row', async () => {
    const { a, client } = await huyen();
    // The name arrives decomposed (NFD), as text pasted from some PDFs does.
    const nfd = 'Nguyễn Văn   Hùng'.normalize('NFD');
    const res = await client.post('/api/people', {
      fullName: nfd,
      gender: 'nam',
      birthYear: 1980,
      unitId: a.id,
      position: 'Chủ tịch UBND xã',
      category: 'can_bo',
      isUnitHead: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      fullName: 'Nguyễn Văn Hùng',
      genderLabel: 'Nam',
      categoryLabel: 'Cán bộ',
      unitName: 'Xã Trà Lâm',
      isUnitHead: true,
      active: true,
      canWrite: true,
      transfers: [],
    });
    expect(res.json().unitPath.map((u: { name: string }) => u.name)).toEqual(['Huyện Trà Bồng', 'Xã Trà Lâm']);
    const row = await person(res.json().id);
    expect(row.full_name).toBe('Nguyễn Văn Hùng'.normalize('NFC'));
    expect(row.search_key).toBe('nguyen van hung');
    expect(await auditOf(row.id, 'person.create')).toEqual([expect.objectContaining({ unit_id: a.id })]);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const { a, client } = await huyen();
    const base = { fullName: 'Lê Thị Hoa', unitId: a.id, category: 'cong_chuc' };
    const year = await expectRefused(() => client.post('/api/people', { ...base, birthYear: new Date().getFullYear() + 1 }), 400, /Năm sinh/);
    expect(year.fields).toHaveProperty('birthYear');
    await expectRefused(() => client.post('/api/people', { ...base, birthYear: 1899 }), 400, /Năm sinh.*1900/);
    await expectRefused(() => client.post('/api/people', { ...base, gender: 'khac' }), 400, /Giới tính.*Nam hoặc Nữ/);
    await expectRefused(() => client.post('/api/people', { ...base, category: 'giam_doc' }), 400, /Đối tượng không hợp lệ/);
    await expectRefused(() => client.post('/api/people', { ...base, salary: 1 }), 400, /salary/);
    await expectRefused(() => client.post('/api/people', { ...base, unitId: '5' }), 400, /Đơn vị \(unitId\)/);
    await expectRefused(() => client.post('/api/people', { ...base, fullName: '   ' }), 400, /Vui lòng nhập họ và tên/);
    await expectRefused(() => client.post('/api/people', { ...base, unitId: 99999999 }), 404, /Không tìm thấy đơn vị/);
  });

  it('edits only the fields sent and records before/after', async () => {
    const { a, client } = await huyen();
    const p = await buildPerson(t.db, { unitId: a.id, fullName: 'Phạm Văn Nam', position: 'Công chức' });
    const res = await client.patch(`/api/people/${p.id}`, { fullName: 'Phạm Văn Bắc', position: null, birthYear: 1990 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ fullName: 'Phạm Văn Bắc', position: null, birthYear: 1990, category: 'cong_chuc', gender: 'nam' });
    expect((await person(p.id)).search_key).toBe('pham van bac');
    const [audit] = await auditOf(p.id, 'person.update');
    expect(audit).toMatchObject({ before: { fullName: 'Phạm Văn Nam' }, after: { fullName: 'Phạm Văn Bắc', position: null } });
    // The unit changes only through a transfer, so history is kept.
    await expectRefused(() => client.patch(`/api/people/${p.id}`, { unitId: a.id }), 400, /unitId/);
  });

  it('transfers a person with a history row, and refuses the same unit or a date out of order', async () => {
    const { a, b, client } = await huyen();
    const p = await buildPerson(t.db, { unitId: a.id, isUnitHead: true });
    const res = await client.post(`/api/people/${p.id}/transfer`, { toUnitId: b.id, effectiveDate: '2025-01-15', reason: 'Luân chuyển cán bộ' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ unitId: b.id, unitName: 'Xã Trà Bùi', isUnitHead: false });
    expect(res.json().transfers).toEqual([
      expect.objectContaining({ fromUnitId: a.id, fromUnitName: 'Xã Trà Lâm', toUnitId: b.id, toUnitName: 'Xã Trà Bùi', effectiveDate: '2025-01-15', reason: 'Luân chuyển cán bộ' }),
    ]);
    expect(await auditOf(p.id, 'person.transfer')).toEqual([
      expect.objectContaining({ unit_id: b.id, before: expect.objectContaining({ unitId: a.id }), after: expect.objectContaining({ unitId: b.id }) }),
    ]);
    await expectRefused(() => client.post(`/api/people/${p.id}/transfer`, { toUnitId: b.id, effectiveDate: '2025-02-01' }), 400, /đã thuộc «Xã Trà Bùi»/);
    const early = await expectRefused(() => client.post(`/api/people/${p.id}/transfer`, { toUnitId: a.id, effectiveDate: '2024-12-31' }), 400, /15\/01\/2025/);
    expect(early.fields).toHaveProperty('effectiveDate');
    await expectRefused(() => client.post(`/api/people/${p.id}/transfer`, { toUnitId: a.id, effectiveDate: '2025-13-01' }), 400, /Ngày hiệu lực/);
  });

  it('refuses a transfer into a merged unit', async () => {
    const { a, h, client } = await huyen();
    const closed = await buildUnit(t.db, { name: 'Xã Đã Nhập', parentId: h.id });
    await t.db.updateTable('units').set({ valid_to: '2025-07-01', merged_into_id: a.id }).where('id', '=', closed.id).execute();
    const p = await buildPerson(t.db, { unitId: a.id });
    await expectRefused(() => client.post(`/api/people/${p.id}/transfer`, { toUnitId: closed.id, effectiveDate: '2025-08-01' }), 400, /ngừng hoạt động hoặc đã sáp nhập/);
  });

  it('deactivates a person, keeping the row and its history', async () => {
    const { a, b, client } = await huyen();
    const p = await buildPerson(t.db, { unitId: a.id });
    await client.post(`/api/people/${p.id}/transfer`, { toUnitId: b.id, effectiveDate: '2025-01-15' });
    const res = await client.delete(`/api/people/${p.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ active: false, transfers: [expect.objectContaining({ toUnitId: b.id })] });
    expect(await person(p.id)).toMatchObject({ active: false, unit_id: b.id });
    expect(await auditOf(p.id, 'person.deactivate')).toHaveLength(1);
    await expectRefused(() => client.delete(`/api/people/${p.id}`), 409, /ngừng theo dõi từ trước/);
    // Still readable with its history.
    expect((await client.get(`/api/people/${p.id}`)).json()).toMatchObject({ active: false });
  });

  it('answers 403 to a user who may read but not change people', async () => {
    const { a } = await huyen();
    const p = await buildPerson(t.db, { unitId: a.id });
    const leader = await buildUser(t.db, { role: 'leader', unitId: a.id });
    const c = await loginAs(t.app, leader.username, TEST_PASSWORD);
    expect((await c.get(`/api/people/${p.id}`)).json()).toMatchObject({ canWrite: false });
    await expectRefused(() => c.patch(`/api/people/${p.id}`, { fullName: 'Tên Khác' }), 403, /không có quyền/);
    await expectRefused(() => c.post('/api/people', { fullName: 'Mới', unitId: a.id, category: 'cong_chuc' }), 403, /không có quyền/);
  });
});

describe('people: search', () => {
  it('finds "nguyen van" in "Nguyễn Văn …" ignoring diacritics and case, within a unit subtree', async () => {
    const { a, ap, b, client } = await huyen();
    const n1 = await buildPerson(t.db, { unitId: a.id, fullName: 'Nguyễn Văn An' });
    const n2 = await buildPerson(t.db, { unitId: ap.id, fullName: 'NGUYỄN VĂN BÌNH' });
    const n3 = await buildPerson(t.db, { unitId: b.id, fullName: 'Nguyễn Văn Cường' });
    await buildPerson(t.db, { unitId: a.id, fullName: 'Trần Thị Dung' });
    const all = await client.get('/api/people?q=nguyen%20van');
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json().items.map((p: { id: number }) => p.id)).toEqual([n1.id, n2.id, n3.id]);
    expect(all.json().total).toBe(3);
    const inA = (await client.get(`/api/people?q=NGUYEN%20van&unitId=${a.id}`)).json();
    expect(inA.items.map((p: { id: number }) => p.id)).toEqual([n1.id, n2.id]);
    const onlyA = (await client.get(`/api/people?q=nguyen&unitId=${a.id}&includeSubunits=false`)).json();
    expect(onlyA.items.map((p: { id: number }) => p.id)).toEqual([n1.id]);
    const accented = (await client.get(`/api/people?q=${encodeURIComponent('cường')}`)).json();
    expect(accented.items.map((p: { id: number }) => p.id)).toEqual([n3.id]);
  });

  it('treats % and _ in the query literally, filters by category, hides deactivated people, and pages stably', async () => {
    const { h, a, client } = await huyen();
    await buildPerson(t.db, { unitId: a.id, fullName: 'Lý Văn A' });
    const wild = await client.get(`/api/people?q=${encodeURIComponent('%')}&unitId=${h.id}`);
    expect(wild.json().total).toBe(0);
    const vc = await buildPerson(t.db, { unitId: a.id, fullName: 'Lý Thị Viên', category: 'vien_chuc' });
    const cat = (await client.get(`/api/people?unitId=${h.id}&category=vien_chuc`)).json();
    expect(cat.items.map((p: { id: number }) => p.id)).toEqual([vc.id]);
    await t.db.updateTable('people').set({ active: false }).where('id', '=', vc.id).execute();
    expect((await client.get(`/api/people?unitId=${h.id}&category=vien_chuc`)).json().total).toBe(0);
    expect((await client.get(`/api/people?unitId=${h.id}&category=vien_chuc&includeInactive=true`)).json().total).toBe(1);

    const same = [];
    for (let i = 0; i < 5; i++) same.push((await buildPerson(t.db, { unitId: a.id, fullName: 'Đỗ Văn Trùng' })).id);
    const page1 = (await client.get(`/api/people?q=do%20van%20trung&limit=2&offset=0`)).json();
    const page2 = (await client.get(`/api/people?q=do%20van%20trung&limit=2&offset=2`)).json();
    const page3 = (await client.get(`/api/people?q=do%20van%20trung&limit=2&offset=4`)).json();
    expect(page1.total).toBe(5);
    expect([...page1.items, ...page2.items, ...page3.items].map((p: { id: number }) => p.id)).toEqual(same);
    const bad = await client.get('/api/people?limit=0');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/Số dòng/);
  });
});
