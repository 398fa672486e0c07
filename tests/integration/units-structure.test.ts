import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPerson, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { dbSnapshot } from '../helpers/db-snapshot';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

/** Huyện H with xã A (ấp A1 → tổ A1a) and xã B (ấp B1), all since 2000, and an administrator of H. */
async function huyenWithXa() {
  const since = '2000-01-01';
  const h = await buildUnit(t.db, { name: 'Huyện H', kind: 'huyen', validFrom: since });
  const a = await buildUnit(t.db, { name: 'Xã A', parentId: h.id, validFrom: since });
  const a1 = await buildUnit(t.db, { name: 'Ấp A1', kind: 'ap', parentId: a.id, validFrom: since });
  const a1a = await buildUnit(t.db, { name: 'Tổ A1a', kind: 'ap', parentId: a1.id, validFrom: since });
  const b = await buildUnit(t.db, { name: 'Xã B', parentId: h.id, validFrom: since });
  const b1 = await buildUnit(t.db, { name: 'Ấp B1', kind: 'ap', parentId: b.id, validFrom: since });
  const admin = await buildUser(t.db, { role: 'admin', unitId: h.id });
  const client = await loginAs(t.app, admin.username, TEST_PASSWORD);
  return { h, a, a1, a1a, b, b1, admin, client };
}

const unit = (id: number) => t.db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const history = (id: number) =>
  t.db.selectFrom('unit_parent_history').select(['parent_id', 'valid_from', 'valid_to']).where('unit_id', '=', id).orderBy('id').execute();

async function expectRefused(call: () => ReturnType<Client['post']>, status: number, message: RegExp) {
  const before = await dbSnapshot(t.db);
  const res = await call();
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().error.message).toMatch(message);
  expect(await dbSnapshot(t.db)).toEqual(before);
  return res.json().error;
}

type Item = { id: number; parentId: number | null; depth: number; active: boolean };
const tree = async (client: Client, query = '') => {
  const res = await client.get(`/api/units${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as Item[];
};

describe('moving a subtree', () => {
  it('re-hangs the whole subtree, keeps parent history, writes an event and an audit row', async () => {
    const { a, a1, a1a, b, client } = await huyenWithXa();
    const res = await client.post(`/api/units/${a1.id}/move`, { parentId: b.id, effectiveDate: '2024-03-01', note: 'Điều chỉnh địa giới' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ parentId: b.id, depth: 2 });
    expect(res.json().events).toEqual([expect.objectContaining({ kind: 'moved', kindLabel: 'Chuyển đơn vị cấp trên', effectiveDate: '2024-03-01', note: 'Điều chỉnh địa giới', targetUnit: expect.objectContaining({ id: b.id }) })]);
    expect(await unit(a1.id)).toMatchObject({ parent_id: b.id, path: `${b.path}${a1.id}/`, depth: 2 });
    // The grandchild moved with it, in the same statement.
    expect(await unit(a1a.id)).toMatchObject({ parent_id: a1.id, path: `${b.path}${a1.id}/${a1a.id}/`, depth: 3 });
    expect(await history(a1.id)).toEqual([
      { parent_id: a.id, valid_from: '2000-01-01', valid_to: '2024-03-01' },
      { parent_id: b.id, valid_from: '2024-03-01', valid_to: null },
    ]);
    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'unit.move').where('entity_id', '=', String(a1.id)).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ unit_id: a1.id, before: { parentId: a.id }, after: { parentId: b.id, effectiveDate: '2024-03-01' } });
  });

  it('refuses a cycle — under itself or under its own descendant — and writes nothing', async () => {
    const { a, a1a, client } = await huyenWithXa();
    const self = await expectRefused(() => client.post(`/api/units/${a.id}/move`, { parentId: a.id, effectiveDate: '2024-03-01' }), 400, /vòng lặp/);
    expect(self.fields).toHaveProperty('parentId');
    await expectRefused(() => client.post(`/api/units/${a.id}/move`, { parentId: a1a.id, effectiveDate: '2024-03-01' }), 400, /chính nó hoặc vào đơn vị cấp dưới/);
  });

  it('refuses a date before the current parent started, or in the future', async () => {
    const { h, a1, b, client } = await huyenWithXa();
    const always = await buildUnit(t.db, { name: 'Xã Không Rõ Ngày', parentId: h.id });
    await expectRefused(() => client.post(`/api/units/${a1.id}/move`, { parentId: always.id, effectiveDate: '1999-12-31' }), 400, /từ ngày 01\/01\/2000/);
    await expectRefused(() => client.post(`/api/units/${a1.id}/move`, { parentId: b.id, effectiveDate: '2999-01-01' }), 400, /không được sau ngày hôm nay/);
  });

  it('shows the tree as it was before the move', async () => {
    const { a, a1, a1a, b, client } = await huyenWithXa();
    await client.post(`/api/units/${a1.id}/move`, { parentId: b.id, effectiveDate: '2024-03-01' });
    const before = await tree(client, '?asOf=2024-02-29');
    expect(before.find((u) => u.id === a1.id)).toMatchObject({ parentId: a.id, depth: 2 });
    expect(before.find((u) => u.id === a1a.id)).toMatchObject({ parentId: a1.id, depth: 3 });
    // Parents come before children in the tree of that day too.
    const order = before.map((u) => u.id);
    expect(order.indexOf(a.id)).toBeLessThan(order.indexOf(a1.id));
    const after = await tree(client, '?asOf=2024-03-01');
    expect(after.find((u) => u.id === a1.id)).toMatchObject({ parentId: b.id });
    expect(after.map((u) => u.id).indexOf(b.id)).toBeLessThan(after.map((u) => u.id).indexOf(a1.id));
  });
});

describe('merging units (sáp nhập)', () => {
  it('merges two xã into a new one: closes them, moves their units and people, keeps every history', async () => {
    const { h, a, a1, a1a, b, b1, client } = await huyenWithXa();
    const head = await buildPerson(t.db, { unitId: a.id, fullName: 'Trần Thị Chủ Tịch', isUnitHead: true });
    const other = await buildPerson(t.db, { unitId: b.id });
    const left = await buildPerson(t.db, { unitId: b.id });
    await t.db.updateTable('people').set({ active: false }).where('id', '=', left.id).execute();
    const res = await client.post('/api/units/merge', {
      sourceIds: [a.id, b.id],
      target: { code: `XA-AB-${h.id}`, name: 'Xã A B', kind: 'xa', parentId: h.id },
      effectiveDate: '2025-07-01',
      note: 'Nghị quyết sáp nhập',
    });
    expect(res.statusCode, res.body).toBe(200);
    const out = res.json();
    expect(out).toMatchObject({ mergedUnitIds: [a.id, b.id], movedUnitCount: 2, movedPeopleCount: 2 });
    const target = await unit(out.target.id);
    expect(target).toMatchObject({ parent_id: h.id, valid_from: '2025-07-01', path: `${h.path}${target.id}/` });

    for (const s of [a, b]) expect(await unit(s.id)).toMatchObject({ valid_to: '2025-07-01', merged_into_id: target.id, parent_id: h.id });
    expect(await unit(a1.id)).toMatchObject({ parent_id: target.id, path: `${target.path}${a1.id}/` });
    expect(await unit(a1a.id)).toMatchObject({ path: `${target.path}${a1.id}/${a1a.id}/`, depth: 3 });
    expect(await unit(b1.id)).toMatchObject({ parent_id: target.id });
    expect(await history(b1.id)).toEqual([
      { parent_id: b.id, valid_from: '2000-01-01', valid_to: '2025-07-01' },
      { parent_id: target.id, valid_from: '2025-07-01', valid_to: null },
    ]);

    const people = await t.db.selectFrom('people').selectAll().where('id', 'in', [head.id, other.id, left.id]).orderBy('id').execute();
    expect(people.map((p) => [p.unit_id, p.is_unit_head])).toEqual([
      [target.id, false],
      [target.id, false],
      [b.id, false], // no longer followed: stays where it was
    ]);
    const transfers = await t.db.selectFrom('person_transfers').selectAll().where('person_id', 'in', [head.id, other.id, left.id]).orderBy('person_id').execute();
    expect(transfers.map((x) => [x.person_id, x.from_unit_id, x.to_unit_id, x.effective_date, x.reason])).toEqual([
      [head.id, a.id, target.id, '2025-07-01', 'Sáp nhập đơn vị'],
      [other.id, b.id, target.id, '2025-07-01', 'Sáp nhập đơn vị'],
    ]);

    const events = await t.db.selectFrom('unit_events').selectAll().where('target_unit_id', '=', target.id).execute();
    expect(events).toEqual([expect.objectContaining({ kind: 'merged', source_unit_ids: [a.id, b.id], effective_date: '2025-07-01', note: 'Nghị quyết sáp nhập' })]);
    const actions = await t.db.selectFrom('audit_log').select(['action', 'entity_id', 'unit_id']).where('request_id', '=', (await lastRequestId())).orderBy('id').execute();
    expect(actions.filter((x) => x.action === 'unit.merge').map((x) => x.unit_id)).toEqual([a.id, b.id]);
    expect(actions.filter((x) => x.action === 'person.transfer')).toHaveLength(2);
    expect(actions.map((x) => x.action)).toEqual(expect.arrayContaining(['unit.create', 'unit.move', 'unit.merged']));

    const detail = (await client.get(`/api/units/${a.id}`)).json();
    expect(detail).toMatchObject({ active: false, mergedInto: { id: target.id, name: 'Xã A B' }, validTo: '2025-07-01' });
    expect(detail.events[0]).toMatchObject({ kind: 'merged', kindLabel: 'Sáp nhập', sourceUnits: [{ id: a.id }, { id: b.id }], targetUnit: { id: target.id } });

    // The tree of the day before still shows both xã with their ấp; the tree of the day shows the merged xã.
    const before = await tree(client, '?asOf=2025-06-30');
    expect(before.filter((u) => [a.id, b.id, target.id].includes(u.id)).map((u) => u.id)).toEqual([a.id, b.id]);
    expect(before.find((u) => u.id === b1.id)).toMatchObject({ parentId: b.id });
    const after = await tree(client, '?asOf=2025-07-01');
    expect(after.filter((u) => [a.id, b.id, target.id].includes(u.id)).map((u) => u.id)).toEqual([target.id]);
    expect(after.find((u) => u.id === b1.id)).toMatchObject({ parentId: target.id, depth: 2 });
    const now = await tree(client);
    expect(now.some((u) => u.id === a.id)).toBe(false);
    expect(now.find((u) => u.id === target.id)).toMatchObject({ peopleCount: 2 });
  });

  it('merges into an existing unit', async () => {
    const { a, a1, b, client } = await huyenWithXa();
    await buildPerson(t.db, { unitId: a.id });
    const res = await client.post('/api/units/merge', { sourceIds: [a.id], target: { unitId: b.id }, effectiveDate: '2025-07-01' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ target: { id: b.id, peopleCount: 1 }, movedUnitCount: 1, movedPeopleCount: 1 });
    expect(await unit(a1.id)).toMatchObject({ parent_id: b.id });
    expect(await unit(a.id)).toMatchObject({ merged_into_id: b.id });
  });

  it('refuses a merge into itself, into its own subunit, of a merged unit, or a duplicate code — writing nothing', async () => {
    const { h, a, a1, b, client } = await huyenWithXa();
    const self = await expectRefused(() => client.post('/api/units/merge', { sourceIds: [a.id, b.id], target: { unitId: a.id }, effectiveDate: '2025-07-01' }), 400, /^Không thể sáp nhập một đơn vị vào chính nó\.$/);
    expect(self.fields).toHaveProperty('target');
    await expectRefused(() => client.post('/api/units/merge', { sourceIds: [a.id], target: { unitId: a1.id }, effectiveDate: '2025-07-01' }), 400, /nằm trong «Xã A»/);
    await expectRefused(
      () => client.post('/api/units/merge', { sourceIds: [a.id], target: { code: 'N-1', name: 'Mới', kind: 'ap', parentId: a1.id }, effectiveDate: '2025-07-01' }),
      400,
      /Đơn vị cấp trên của đơn vị mới/,
    );
    const dup = await expectRefused(
      () => client.post('/api/units/merge', { sourceIds: [a.id, b.id], target: { code: h.code, name: 'Trùng', kind: 'xa', parentId: h.id }, effectiveDate: '2025-07-01' }),
      409,
      /Mã đơn vị/,
    );
    expect(dup.fields).toHaveProperty(['target.code']);
    await expectRefused(() => client.post('/api/units/merge', { sourceIds: [a.id, a.id], target: { unitId: b.id }, effectiveDate: '2025-07-01' }), 400, /chọn hai lần/);
    expect((await client.post('/api/units/merge', { sourceIds: [a.id], target: { unitId: b.id }, effectiveDate: '2025-07-01' })).statusCode).toBe(200);
    await expectRefused(() => client.post('/api/units/merge', { sourceIds: [a.id], target: { unitId: h.id }, effectiveDate: '2025-08-01' }), 400, /«Xã A» đã sáp nhập/);
  });

  it('refuses sources the caller cannot change (403) or cannot see (404)', async () => {
    const { h, a, b, client } = await huyenWithXa();
    const elsewhere = await buildUnit(t.db, { name: 'Xã Khác Huyện' });
    await expectRefused(() => client.post('/api/units/merge', { sourceIds: [a.id, elsewhere.id], target: { unitId: b.id }, effectiveDate: '2025-07-01' }), 404, /Không tìm thấy đơn vị/);
    // A cán bộ of the huyện sees both xã but may not restructure them.
    const officer = await buildUser(t.db, { role: 'unit_officer', unitId: h.id });
    const c = await loginAs(t.app, officer.username, TEST_PASSWORD);
    await expectRefused(() => c.post('/api/units/merge', { sourceIds: [a.id], target: { unitId: b.id }, effectiveDate: '2025-07-01' }), 403, /không có quyền/);
  });
});

async function lastRequestId(): Promise<string> {
  const row = await t.db.selectFrom('audit_log').select('request_id').where('action', '=', 'unit.merged').orderBy('id', 'desc').executeTakeFirstOrThrow();
  return row.request_id!;
}
