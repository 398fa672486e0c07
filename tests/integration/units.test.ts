import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPerson, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { dbSnapshot } from '../helpers/db-snapshot';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

/** A tỉnh with one huyện holding xã A and xã B, and an administrator of the tỉnh. */
async function organisation() {
  const tinh = await buildUnit(t.db, { name: 'Tỉnh Thử', kind: 'tinh' });
  const huyen = await buildUnit(t.db, { name: 'Huyện Thử', kind: 'huyen', parentId: tinh.id });
  const xaA = await buildUnit(t.db, { name: 'Xã A', kind: 'xa', parentId: huyen.id });
  const xaB = await buildUnit(t.db, { name: 'Xã B', kind: 'xa', parentId: huyen.id });
  const admin = await buildUser(t.db, { role: 'admin', unitId: tinh.id });
  const client = await loginAs(t.app, admin.username, TEST_PASSWORD);
  return { tinh, huyen, xaA, xaB, admin, client };
}

const unitRow = (id: number) => t.db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const auditOf = (entityId: number, action: string) =>
  t.db.selectFrom('audit_log').selectAll().where('entity', '=', 'unit').where('entity_id', '=', String(entityId)).where('action', '=', action).execute();

async function expectRefused(client: Client, call: () => ReturnType<Client['post']>, status: number, message: RegExp) {
  const before = await dbSnapshot(t.db);
  const res = await call();
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().error.message).toMatch(message);
  expect(await dbSnapshot(t.db)).toEqual(before);
  return res.json().error;
}

describe('units: create and edit', () => {
  it('creates a unit under a parent, with path, history and an audit row', async () => {
    const { huyen, client } = await organisation();
    const res = await client.post('/api/units', { code: 'XA-MOI-1', name: '  Xã   Mới ', kind: 'xa', parentId: huyen.id, validFrom: '2020-01-01' });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ code: 'XA-MOI-1', name: 'Xã Mới', kind: 'xa', kindLabel: 'Xã', parentId: huyen.id, depth: 2, active: true, canWrite: true });
    expect(body.breadcrumb.map((b: { name: string }) => b.name)).toEqual(['Tỉnh Thử', 'Huyện Thử']);
    expect(body.path).toBe(`${huyen.path}${body.id}/`);
    expect(body.parentHistory).toEqual([{ parentId: huyen.id, parentName: 'Huyện Thử', validFrom: '2020-01-01', validTo: null }]);
    const [audit] = await auditOf(body.id, 'unit.create');
    expect(audit).toMatchObject({ unit_id: body.id, after: expect.objectContaining({ code: 'XA-MOI-1', name: 'Xã Mới' }) });
  });

  it('refuses a duplicate code with 409 naming Mã đơn vị, and writes nothing', async () => {
    const { huyen, xaA, client } = await organisation();
    const err = await expectRefused(client, () => client.post('/api/units', { code: xaA.code, name: 'Trùng', kind: 'xa', parentId: huyen.id }), 409, /Mã đơn vị/);
    expect(err).toMatchObject({ code: 'conflict', fields: { code: 'Mã đơn vị đã tồn tại' } });
    await expectRefused(client, () => client.patch(`/api/units/${huyen.id}`, { code: xaA.code }), 409, /Mã đơn vị/);
  });

  it('refuses unknown fields, wrong types, bad kinds and impossible dates, naming the field', async () => {
    const { huyen, client } = await organisation();
    const base = { code: 'X-1', name: 'Xã', kind: 'xa', parentId: huyen.id };
    const unknown = await expectRefused(client, () => client.post('/api/units', { ...base, colour: 'đỏ' }), 400, /colour/);
    expect(unknown.code).toBe('validation');
    const wrongType = await expectRefused(client, () => client.post('/api/units', { ...base, parentId: 'một' }), 400, /Đơn vị cấp trên/);
    expect(wrongType.fields).toHaveProperty('parentId');
    await expectRefused(client, () => client.post('/api/units', { ...base, kind: 'vuong_quoc' }), 400, /Loại đơn vị không hợp lệ/);
    await expectRefused(client, () => client.post('/api/units', { ...base, validFrom: '2025-02-30' }), 400, /Ngày bắt đầu hoạt động.*không tồn tại/);
    await expectRefused(client, () => client.post('/api/units', { ...base, code: 'CÓ KHOẢNG' }), 400, /Mã đơn vị.*khoảng trắng/);
    await expectRefused(
      client,
      () => client.request({ method: 'POST', url: '/api/units', headers: { 'content-type': 'application/json' }, payload: '{"code": "X-2",' }),
      400,
      /JSON không hợp lệ/,
    );
    await expectRefused(client, () => client.post('/api/units', { ...base, name: 'x'.repeat(2_000_000) }), 413, /dung lượng/);
  });

  it('renames, recodes and re-kinds a unit, and records before/after', async () => {
    const { xaA, client } = await organisation();
    const res = await client.patch(`/api/units/${xaA.id}`, { name: 'Phường A', code: 'P-A-1', kind: 'phuong', shortName: 'P.A' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Phường A', code: 'P-A-1', kind: 'phuong', kindLabel: 'Phường', shortName: 'P.A' });
    expect((await unitRow(xaA.id)).search_key).toBe('phuong a');
    const [audit] = await auditOf(xaA.id, 'unit.update');
    expect(audit!.before).toMatchObject({ name: 'Xã A', kind: 'xa' });
    expect(audit!.after).toMatchObject({ name: 'Phường A', kind: 'phuong' });
  });

  it('refuses validTo before validFrom in one request or against the stored start, writing nothing', async () => {
    const { xaA, client } = await organisation();
    const err = await expectRefused(
      client,
      () => client.patch(`/api/units/${xaA.id}`, { validFrom: '2024-05-01', validTo: '2024-04-30' }),
      400,
      /Ngày kết thúc hoạt động.*không được trước ngày bắt đầu hoạt động/,
    );
    expect(err.fields).toHaveProperty('validTo');
    await client.patch(`/api/units/${xaA.id}`, { validFrom: '2024-05-01' });
    const stored = await expectRefused(client, () => client.patch(`/api/units/${xaA.id}`, { validTo: '2024-01-01' }), 400, /01\/01\/2024.*01\/05\/2024/);
    expect(stored.fields).toHaveProperty('validTo');
  });

  it('refuses to end a unit that still has people, and an empty update', async () => {
    const { xaA, client } = await organisation();
    await buildPerson(t.db, { unitId: xaA.id });
    await expectRefused(client, () => client.patch(`/api/units/${xaA.id}`, { validTo: '2025-01-01' }), 400, /còn 0 đơn vị trực thuộc và 1 cá nhân/);
    await expectRefused(client, () => client.patch(`/api/units/${xaA.id}`, {}), 400, /Không có thông tin nào cần cập nhật/);
  });

  it('lets only an administrator of a root unit create a root unit', async () => {
    const { huyen, client } = await organisation();
    const root = await client.post('/api/units', { code: `ROOT-${huyen.id}`, name: 'Tỉnh Mới', kind: 'tinh', parentId: null });
    expect(root.statusCode, root.body).toBe(201);
    expect(root.json()).toMatchObject({ depth: 0, parentId: null, path: `/${root.json().id}/` });
    const huyenAdmin = await buildUser(t.db, { role: 'admin', unitId: huyen.id });
    const c = await loginAs(t.app, huyenAdmin.username, TEST_PASSWORD);
    await expectRefused(c, () => c.post('/api/units', { code: 'ROOT-X', name: 'Gốc', kind: 'tinh', parentId: null }), 403, /cấp cao nhất/);
    const under = await c.post('/api/units', { code: `UNDER-${huyen.id}`, name: 'Xã con', kind: 'xa', parentId: huyen.id });
    expect(under.statusCode).toBe(201);
  });
});

describe('units: list and detail', () => {
  it('lists the scope ordered by path with people counts, hiding inactive units unless asked', async () => {
    const { tinh, huyen, xaA, xaB, client } = await organisation();
    await buildPerson(t.db, { unitId: xaA.id });
    await buildPerson(t.db, { unitId: xaA.id });
    const closed = await buildUnit(t.db, { name: 'Xã Cũ', parentId: huyen.id });
    await t.db.updateTable('units').set({ valid_to: '2020-01-01' }).where('id', '=', closed.id).execute();
    const res = await client.get('/api/units');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { id: number; peopleCount: number; depth: number }[];
    const mine = items.filter((i) => [tinh.id, huyen.id, xaA.id, xaB.id, closed.id].includes(i.id));
    expect(mine.map((i) => i.id)).toEqual([tinh.id, huyen.id, xaA.id, xaB.id]);
    expect(mine.find((i) => i.id === xaA.id)).toMatchObject({ peopleCount: 2, depth: 2, active: true });
    const all = (await client.get('/api/units?includeInactive=true')).json().items as { id: number; active: boolean }[];
    expect(all.find((i) => i.id === closed.id)).toMatchObject({ active: false });
    const bad = await client.get('/api/units?includeInactive=maybe');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/Gồm cả mục đã ngừng hoạt động/);
  });

  it('answers 404 for a unit that does not exist', async () => {
    const { client } = await organisation();
    const res = await client.get('/api/units/99999999');
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'not_found', message: 'Không tìm thấy đơn vị.' });
  });

  it('needs a signed-in user', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/units' });
    expect(res.statusCode).toBe(401);
  });
});
