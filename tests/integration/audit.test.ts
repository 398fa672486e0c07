import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../src/modules/audit/audit.queries';
import { buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { loginAs, startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

async function scenario() {
  const huyen = await buildUnit(t.db, { name: 'Huyện Trà Bồng', kind: 'huyen' });
  const xaA = await buildUnit(t.db, { name: 'Xã Trà Lâm', parentId: huyen.id });
  const xaB = await buildUnit(t.db, { name: 'Xã Trà Thủy', parentId: huyen.id });
  const officerA = await buildUser(t.db, { role: 'unit_officer', unitId: xaA.id, fullName: 'Cán bộ A' });
  await recordAudit(t.db, { userId: officerA.id, action: 'person.create', entity: 'person', entityId: 1, unitId: xaA.id, after: { fullName: 'Nguyễn Văn A' } });
  await recordAudit(t.db, { userId: officerA.id, action: 'person.update', entity: 'person', entityId: 2, unitId: xaB.id, before: { position: 'a' }, after: { position: 'b' } });
  return { huyen, xaA, xaB, officerA };
}

describe('audit log', () => {
  it('lists changes newest first, with Vietnamese labels, scoped to the reader subtree', async () => {
    const s = await scenario();
    const standingA = await buildUser(t.db, { role: 'standing', unitId: s.xaA.id });
    const leader = await buildUser(t.db, { role: 'leader', unitId: s.huyen.id });
    const a = await loginAs(t.app, standingA.username, TEST_PASSWORD);
    const res = await a.get('/api/audit?entity=person');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({ action: 'person.create', actionLabel: 'Thêm mới', entityLabel: 'Cá nhân', unitName: 'Xã Trà Lâm', userName: 'Cán bộ A' });

    const l = await loginAs(t.app, leader.username, TEST_PASSWORD);
    const all = (await l.get(`/api/audit?entity=person&unitId=${s.huyen.id}`)).json();
    expect(all.items.map((i: { unitName: string }) => i.unitName)).toEqual(['Xã Trà Thủy', 'Xã Trà Lâm']);
    const onlyB = (await l.get(`/api/audit?entity=person&unitId=${s.xaB.id}`)).json();
    expect(onlyB.items).toHaveLength(1);
    expect(onlyB.items[0].before).toEqual({ position: 'a' });

    // Standing of xã A cannot filter on xã B: it does not exist for them.
    expect((await a.get(`/api/audit?unitId=${s.xaB.id}`)).statusCode).toBe(404);
  });

  it('shows sign-ins of users inside the subtree only, and filters by date', async () => {
    const s = await scenario();
    const standingA = await buildUser(t.db, { role: 'standing', unitId: s.xaA.id });
    const officerB = await buildUser(t.db, { role: 'unit_officer', unitId: s.xaB.id });
    await loginAs(t.app, officerB.username, TEST_PASSWORD);
    await loginAs(t.app, s.officerA.username, TEST_PASSWORD);
    const a = await loginAs(t.app, standingA.username, TEST_PASSWORD);
    const logins = (await a.get('/api/audit?action=auth.login')).json();
    const ids = logins.items.map((i: { userId: number }) => i.userId);
    expect(ids).toContain(s.officerA.id);
    expect(ids).not.toContain(officerB.id);

    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
    expect((await a.get(`/api/audit?from=${today}&to=${today}&action=auth.login`)).json().total).toBeGreaterThan(0);
    expect((await a.get('/api/audit?from=2020-01-01&to=2020-12-31')).json().total).toBe(0);

    const filters = (await a.get('/api/audit/filters')).json();
    expect(filters.entities).toContainEqual({ value: 'person', label: 'Cá nhân' });
  });

  it('refuses readers without the permission and bad filters', async () => {
    const s = await scenario();
    const person = await buildUser(t.db, { role: 'individual', unitId: s.xaA.id });
    const c = await loginAs(t.app, person.username, TEST_PASSWORD);
    expect((await c.get('/api/audit')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
    const admin = await buildUser(t.db, { role: 'admin', unitId: s.huyen.id });
    const ad = await loginAs(t.app, admin.username, TEST_PASSWORD);
    const bad = await ad.get('/api/audit?from=01/02/2024');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/Từ ngày/);
  });
});
