import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMovement, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';
import { auditRows, expectRefused, planOf } from './movements-fixtures';

let t: TestApp;
/** A xã with a cán bộ (drafts) and a lãnh đạo (issues), under a huyện; each test makes its own movements. */
let world: { h: { id: number }; a: { id: number }; b: { id: number }; officer: Client; leader: Client };
beforeAll(async () => {
  t = await startTestApp();
  const h = await buildUnit(t.db, { name: 'Huyện Trà Bồng', kind: 'huyen' });
  const a = await buildUnit(t.db, { name: 'Xã Trà Lâm', parentId: h.id });
  const b = await buildUnit(t.db, { name: 'Xã Trà Bùi', parentId: h.id });
  const officer = await loginAs(t.app, (await buildUser(t.db, { role: 'unit_officer', unitId: a.id })).username, TEST_PASSWORD);
  const leader = await loginAs(t.app, (await buildUser(t.db, { role: 'leader', unitId: a.id })).username, TEST_PASSWORD);
  world = { h, a, b, officer, leader };
});
afterAll(() => t?.close());

const xa = async () => world;

/** A plan whose period ends before it starts: not buildable through the schema, so made by hand. */
function backwardsPlan() {
  const content = planOf();
  content.period = { ...content.period, start: { kind: 'date', date: '2024-05-01' }, end: '2024-01-31' };
  return content;
}

const movementRow = (id: number) => t.db.selectFrom('movements').selectAll().where('id', '=', id).executeTakeFirst();
const versionRows = (id: number) => t.db.selectFrom('movement_versions').selectAll().where('movement_id', '=', id).orderBy('version_no').execute();

async function createDraft(c: Client, ownerUnitId: number, content = planOf()) {
  const res = await c.post('/api/movements', { ownerUnitId, content });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: number; draft: { revision: number } };
}

describe('creating a plan', () => {
  it('creates a draft stored as NFC, projected for lists, with an audit row', async () => {
    const { a, officer } = await xa();
    const content = planOf({ title: 'Đẩy mạnh cải cách hành chính xã Trà Lâm năm 2024'.normalize('NFD') });
    const res = await officer.post('/api/movements', { ownerUnitId: a.id, content });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      title: 'Đẩy mạnh cải cách hành chính xã Trà Lâm năm 2024',
      status: 'draft',
      level: 'xa',
      owner: { id: a.id, name: 'Xã Trà Lâm', kind: 'xa' },
      current: { versionNo: 1, state: 'draft', revision: 1 },
      draft: { versionNo: 1, state: 'draft', revision: 1 },
      versions: [{ versionNo: 1, state: 'draft' }],
      allowedStatuses: [],
      can: { edit: true, issue: false },
      yearFrom: null,
      yearTo: 2024,
    });
    const row = await movementRow(body.id);
    expect(row!.title).toBe('Đẩy mạnh cải cách hành chính xã Trà Lâm năm 2024'.normalize('NFC'));
    expect(row!.search_key).toContain('day manh cai cach hanh chinh xa tra lam');
    const [v] = await versionRows(body.id);
    expect(JSON.stringify(v!.content)).toBe(JSON.stringify(v!.content).normalize('NFC'));
    const [audit] = await auditRows(t.db, body.id, 'movement.create');
    expect(audit).toMatchObject({ unit_id: a.id, after: { title: row!.title, status: 'draft' } });
  });

  it('refuses a percentage over 100 naming the field in Vietnamese, and writes nothing', async () => {
    const { a, officer } = await xa();
    const content = planOf();
    (content.criteria[0]!.target as { value: number }).value = 120;
    const err = await expectRefused(t.db, () => officer.post('/api/movements', { ownerUnitId: a.id, content }), 400, /Tiêu chí thứ 1 — Chỉ tiêu — Giá trị.*100%/);
    expect(err.fields).toHaveProperty(['content.criteria.0.target.value']);
  });

  it('refuses an end date before the start date', async () => {
    const { a, officer } = await xa();
    const content = backwardsPlan();
    await expectRefused(t.db, () => officer.post('/api/movements', { ownerUnitId: a.id, content }), 400, /Thời gian thi đua — Ngày kết thúc.*Ngày kết thúc phải sau ngày bắt đầu/);
  });

  it('refuses unknown fields, a leader (who does not draft), and another xã', async () => {
    const { a, b, officer, leader } = await xa();
    await expectRefused(t.db, () => officer.post('/api/movements', { ownerUnitId: a.id, content: { ...planOf(), extra: 1 } }), 400, /extra/);
    await expectRefused(t.db, () => leader.post('/api/movements', { ownerUnitId: a.id, content: planOf() }), 403, /quyền/);
    await expectRefused(t.db, () => officer.post('/api/movements', { ownerUnitId: b.id, content: planOf() }), 404, /Không tìm thấy đơn vị ban hành/);
  });
});

describe('saving a draft', () => {
  it('saves the whole plan with the next revision and refuses a stale revision without changing anything', async () => {
    const { a, officer } = await xa();
    const { id } = await createDraft(officer, a.id);
    const saved = await officer.put(`/api/movements/${id}/draft`, { content: planOf({ title: 'Kế hoạch đã sửa tên', target: 95 }), revision: 1 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ title: 'Kế hoạch đã sửa tên', draft: { revision: 2 } });
    expect((await movementRow(id))!.title).toBe('Kế hoạch đã sửa tên');

    // A second editor who opened revision 1 must not silently overwrite the first one's save.
    const err = await expectRefused(t.db, () => officer.put(`/api/movements/${id}/draft`, { content: planOf({ title: 'Bản của người thứ hai' }), revision: 1 }), 409, /người khác lưu/);
    expect(err.fields).toHaveProperty('revision');
    const [audit] = await auditRows(t.db, id, 'movement.draft.save');
    expect(audit).toMatchObject({ before: { revision: 1 }, after: { revision: 2, title: 'Kế hoạch đã sửa tên' } });
  });

  it('refuses a leader (403) and an invalid plan (400), writing nothing', async () => {
    const { a, officer, leader } = await xa();
    const { id } = await createDraft(officer, a.id);
    await expectRefused(t.db, () => leader.put(`/api/movements/${id}/draft`, { content: planOf(), revision: 1 }), 403, /quyền/);
    await expectRefused(t.db, () => officer.put(`/api/movements/${id}/draft`, { content: backwardsPlan(), revision: 1 }), 400, /Ngày kết thúc phải sau ngày bắt đầu/);
  });
});

describe('issuing and amending', () => {
  it('issues the draft: number and date in the header, status issued, the content kept in the audit', async () => {
    const { a, officer, leader } = await xa();
    const { id } = await createDraft(officer, a.id);
    await expectRefused(t.db, () => officer.post(`/api/movements/${id}/issue`, { number: '12/KH-UBND', issuedOn: '2024-03-05', revision: 1 }), 403, /ban hành/);
    await expectRefused(t.db, () => leader.post(`/api/movements/${id}/issue`, { number: '12/KH-UBND', issuedOn: '2024-03-05', revision: 7 }), 409, /người khác lưu/);
    await expectRefused(t.db, () => leader.post(`/api/movements/${id}/issue`, { number: '12 KH', issuedOn: '2024-03-05', revision: 1 }), 400, /135\/KH-LĐLĐ/);

    const res = await leader.post(`/api/movements/${id}/issue`, { number: '12/KH-UBND', issuedOn: '2024-03-05', changeNote: null, revision: 1 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'issued',
      number: '12/KH-UBND',
      issuedOn: '2024-03-05',
      yearFrom: 2024,
      yearTo: 2024,
      current: { versionNo: 1, state: 'issued', content: { header: { number: '12/KH-UBND', issuedOn: '2024-03-05' } } },
      draft: null,
      versionCount: 1,
      allowedStatuses: ['in_progress'],
    });
    expect(res.json().current.issuedBy).toBeTruthy();
    const [audit] = await auditRows(t.db, id, 'movement.issue');
    expect(audit).toMatchObject({ unit_id: a.id, before: { status: 'draft' }, after: { status: 'issued', versionNo: 1, content: { title: planOf().title } } });
  });

  it('refuses to issue a plan whose period ends before the issue date', async () => {
    const { a, officer, leader } = await xa();
    const { id } = await createDraft(officer, a.id, planOf({ end: '2024-06-30' }));
    const err = await expectRefused(
      t.db,
      () => leader.post(`/api/movements/${id}/issue`, { number: '13/KH-UBND', issuedOn: '2024-07-01', revision: 1 }),
      400,
      /Chưa thể ban hành.*Ngày kết thúc phải sau ngày bắt đầu/,
    );
    expect(err.fields).toHaveProperty(['content.period.end']);
  });

  it('never changes an issued version: the service refuses, and so does the database', async () => {
    const { a, officer } = await xa();
    const m = await buildMovement(t.db, { ownerUnitId: a.id, status: 'issued', content: planOf({ number: '5/KH-UBND', issuedOn: '2024-01-10' }) });
    await expectRefused(t.db, () => officer.put(`/api/movements/${m.movement.id}/draft`, { content: planOf({ title: 'Sửa lén' }), revision: 1 }), 409, /đã ban hành nên không được sửa/);
    await expectRefused(t.db, () => officer.delete(`/api/movements/${m.movement.id}/draft`), 409, /không có bản dự thảo/);
    await expect(sql`update movement_versions set content = '{}'::jsonb where id = ${m.version.id}`.execute(t.db)).rejects.toThrow(/immutable/);
    await expect(sql`delete from movement_versions where id = ${m.version.id}`.execute(t.db)).rejects.toThrow(/immutable/);
    expect((await versionRows(m.movement.id))[0]!.content).toMatchObject({ title: planOf().title });
  });

  it('amends: a draft copy of the version in force, saved and issued as version 2 keeping the stage; the diff names the change', async () => {
    const { a, officer, leader } = await xa();
    const m = await buildMovement(t.db, { ownerUnitId: a.id, status: 'in_progress', content: planOf({ number: '5/KH-UBND', issuedOn: '2024-01-10' }) });
    const id = m.movement.id;
    const started = await officer.post(`/api/movements/${id}/draft`, { changeNote: 'Nâng chỉ tiêu hồ sơ đúng hạn' });
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json()).toMatchObject({ hasDraft: true, status: 'in_progress', draft: { versionNo: 2, revision: 1, changeNote: 'Nâng chỉ tiêu hồ sơ đúng hạn' }, current: { versionNo: 1 } });
    const rows = await versionRows(id);
    expect(rows[1]).toMatchObject({ state: 'draft', based_on_version_id: m.version.id });
    await expectRefused(t.db, () => officer.post(`/api/movements/${id}/draft`, { changeNote: null }), 409, /Đã có bản sửa đổi/);

    const saved = await officer.put(`/api/movements/${id}/draft`, { content: planOf({ title: 'Tên sau sửa đổi', target: 98, number: '5/KH-UBND', issuedOn: '2024-01-10' }), revision: 1 });
    expect(saved.statusCode, saved.body).toBe(200);
    // Lists keep showing the plan in force until the amendment is issued.
    expect((await movementRow(id))!.title).toBe(planOf().title);

    const issued = await leader.post(`/api/movements/${id}/issue`, { number: '20/KH-UBND', issuedOn: '2024-04-02', changeNote: null, revision: 2 });
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json()).toMatchObject({ status: 'in_progress', title: 'Tên sau sửa đổi', number: '20/KH-UBND', current: { versionNo: 2, state: 'issued', changeNote: 'Nâng chỉ tiêu hồ sơ đúng hạn' }, versionCount: 2 });
    expect((await versionRows(id))[0]).toMatchObject({ state: 'issued', content: { title: planOf().title } });

    const diff = await officer.get(`/api/movements/${id}/diff?from=1&to=2`);
    expect(diff.statusCode, diff.body).toBe(200);
    expect(diff.json().changes).toContainEqual({ path: 'criteria.a.target', label: 'Tiêu chí a) — Chỉ tiêu', change: 'changed', before: '≥ 90%', after: '≥ 98%' });
    expect(diff.json().changes).toContainEqual({ path: 'header.number', label: 'Số, ký hiệu', change: 'changed', before: '5/KH-UBND', after: '20/KH-UBND' });
    const v1 = await officer.get(`/api/movements/${id}/versions/1`);
    expect(v1.json()).toMatchObject({ versionNo: 1, state: 'issued', content: { title: planOf().title } });
    expect((await officer.get(`/api/movements/${id}/versions/3`)).statusCode).toBe(404);
  });

  it('refuses a number the issuer already used that year', async () => {
    const { a, officer, leader } = await xa();
    await buildMovement(t.db, { ownerUnitId: a.id, status: 'issued', content: planOf({ number: '30/KH-UBND', issuedOn: '2024-02-01' }) });
    const { id } = await createDraft(officer, a.id);
    await expectRefused(t.db, () => leader.post(`/api/movements/${id}/issue`, { number: '30/KH-UBND', issuedOn: '2024-09-01', revision: 1 }), 409, /đã dùng/);
  });
});

describe('discarding a draft', () => {
  it('deletes a movement never issued, keeping its plan in the audit', async () => {
    const { a, officer } = await xa();
    const { id } = await createDraft(officer, a.id, planOf({ title: 'Dự thảo bỏ đi' }));
    const res = await officer.delete(`/api/movements/${id}/draft`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ movementDeleted: true, movement: null });
    expect(await movementRow(id)).toBeUndefined();
    expect((await officer.get(`/api/movements/${id}`)).statusCode).toBe(404);
    const [audit] = await auditRows(t.db, id, 'movement.delete');
    expect(audit).toMatchObject({ unit_id: a.id, before: { title: 'Dự thảo bỏ đi', content: { title: 'Dự thảo bỏ đi' } } });
  });

  it('discards an amendment and keeps the issued plan', async () => {
    const { a, officer } = await xa();
    const m = await buildMovement(t.db, { ownerUnitId: a.id, status: 'issued', content: planOf({ number: '7/KH-UBND', issuedOn: '2024-01-10' }) });
    await officer.post(`/api/movements/${m.movement.id}/draft`, { changeNote: 'Thử' });
    const res = await officer.delete(`/api/movements/${m.movement.id}/draft`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ movementDeleted: false, movement: { status: 'issued', draft: null, hasDraft: false, versions: [{ versionNo: 1 }] } });
    expect(await auditRows(t.db, m.movement.id, 'movement.draft.discard')).toHaveLength(1);
  });
});

describe('moving through the stages', () => {
  it('follows the lifecycle, only for those who issue, and refuses a wrong step naming both states', async () => {
    const { a, officer, leader } = await xa();
    const m = await buildMovement(t.db, { ownerUnitId: a.id, status: 'issued', content: planOf({ number: '8/KH-UBND', issuedOn: '2024-01-10' }) });
    const url = `/api/movements/${m.movement.id}/status`;
    await expectRefused(t.db, () => officer.post(url, { status: 'in_progress' }), 403, /quyền/);
    await expectRefused(t.db, () => leader.post(url, { status: 'closed' }), 400, /«Đã ban hành» sang «Đã kết thúc»/);
    await expectRefused(t.db, () => leader.post(url, { status: 'bogus' }), 400, /Trạng thái phong trào không hợp lệ/);
    for (const [status, next] of [
      ['in_progress', ['midterm_review', 'final_review']],
      ['midterm_review', ['in_progress', 'final_review']],
      ['final_review', ['closed']],
      ['closed', []],
    ] as const) {
      const res = await leader.post(url, { status });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ status, allowedStatuses: next });
    }
    expect(await auditRows(t.db, m.movement.id, 'movement.status')).toHaveLength(4);
    await expectRefused(t.db, () => officer.post(`/api/movements/${m.movement.id}/draft`, { changeNote: null }), 409, /đã kết thúc/);
  });
});

describe('following the plan of the unit above', () => {
  it('refuses a draft that loosens a criterion inherited from the parent plan, and accepts a tightened one', async () => {
    const { h, a, officer } = await xa();
    const parent = await buildMovement(t.db, { ownerUnitId: h.id, status: 'issued', content: planOf({ issuer: 'ỦY BAN NHÂN DÂN HUYỆN TRÀ BỒNG', number: '40/KH-UBND', issuedOn: '2024-01-05', target: 90 }) });
    const childPlan = (target: number) => {
      const content = planOf({ target });
      content.criteria[0]!.inheritedFrom = { movementId: parent.movement.id, key: 'a' };
      return content;
    };
    const child = await buildMovement(t.db, { ownerUnitId: a.id, parentMovementId: parent.movement.id, content: childPlan(90) });
    const url = `/api/movements/${child.movement.id}/draft`;
    const err = await expectRefused(t.db, () => officer.put(url, { content: childPlan(80), revision: 1 }), 400, /lỏng hơn chỉ tiêu cấp trên/);
    expect(err.fields).toHaveProperty(['criteria.0.target']);
    const ok = await officer.put(url, { content: childPlan(95), revision: 1 });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ parent: { id: parent.movement.id, number: '40/KH-UBND' }, draft: { revision: 2 } });
  });
});
