import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blankPlan } from '../../src/modules/movements/model/plan-builder';
import type { MovementStatus } from '../../src/modules/movements/movements.schema';
import type { RegistrationDto, RegistrationListResponse } from '../../src/modules/registrations/registrations.schema';
import { buildMovement, buildPerson, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { dbSnapshot } from '../helpers/db-snapshot';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';

let t: TestApp;
let officerA: Client;
let standingA: Client;
let standingH: Client;
const w = { huyen: 0, a: 0, b: 0, phong: 0, an: 0, binh: 0, ben: 0 };

const plan = (title: string) =>
  blankPlan({ issuerName: 'ỦY BAN NHÂN DÂN HUYỆN TRÀ BỒNG', title, year: 2024, subjects: { collective: { label: null, text: 'Các xã, thị trấn', unitKinds: ['xa'] } } });
const movement = async (status: MovementStatus = 'in_progress') =>
  (await buildMovement(t.db, { ownerUnitId: w.huyen, status, content: plan(`Phong trào ${Math.random()}`) })).movement.id;

const body = (movementId: number, extra: Record<string, unknown> = {}) => ({
  movementId,
  unitId: w.a,
  commitments: 'Hoàn thành 100% chỉ tiêu cải cách hành chính năm 2024.',
  entries: [
    { subject: 'collective', targetTitle: 'tt_ldxs', commitment: 'Giải quyết hồ sơ đúng hạn' },
    { subject: 'individual', personId: w.an, targetTitle: 'cstdcs', commitment: 'Có sáng kiến được công nhận' },
    { subject: 'individual', personId: w.binh, targetTitle: 'ldtt' },
  ],
  ...extra,
});

beforeAll(async () => {
  t = await startTestApp();
  w.huyen = (await buildUnit(t.db, { name: 'Huyện Trà Bồng', kind: 'huyen' })).id;
  w.a = (await buildUnit(t.db, { name: 'Xã An Lạc', parentId: w.huyen })).id;
  w.b = (await buildUnit(t.db, { name: 'Xã Bến Súc', parentId: w.huyen })).id;
  w.phong = (await buildUnit(t.db, { name: 'Phòng Nội vụ', kind: 'phong', parentId: w.huyen })).id;
  w.an = (await buildPerson(t.db, { unitId: w.a, fullName: 'Lê Văn An' })).id;
  w.binh = (await buildPerson(t.db, { unitId: w.a, fullName: 'Trần Thị Bình' })).id;
  w.ben = (await buildPerson(t.db, { unitId: w.b, fullName: 'Võ Thị Bến' })).id;
  const login = async (role: 'unit_officer' | 'standing', unitId: number) => loginAs(t.app, (await buildUser(t.db, { role, unitId })).username, TEST_PASSWORD);
  officerA = await login('unit_officer', w.a);
  standingA = await login('standing', w.a);
  standingH = await login('standing', w.huyen);
});
afterAll(() => t?.close());

async function auditActions(registrationId: number): Promise<string[]> {
  const rows = await t.db.selectFrom('audit_log').select('action').where('entity', '=', 'registration').where('entity_id', '=', String(registrationId)).orderBy('id').execute();
  return rows.map((r) => r.action);
}

describe('registration (đăng ký thi đua) through its states', () => {
  it('a xã registers, sends, is returned with a reason, sends again and is approved by the huyện', async () => {
    const m = await movement();
    const created = await officerA.put('/api/registrations', body(m));
    expect(created.statusCode, created.body).toBe(200);
    const reg = created.json() as RegistrationDto;
    expect(reg).toMatchObject({ status: 'chua_gui', revision: 1, unit: { id: w.a, name: 'Xã An Lạc' }, can: { edit: true, submit: true, decide: false } });
    expect(reg.entries.map((e) => [e.subject, e.person?.fullName ?? null, e.targetTitle])).toEqual([
      ['collective', null, 'tt_ldxs'],
      ['individual', 'Lê Văn An', 'cstdcs'],
      ['individual', 'Trần Thị Bình', 'ldtt'],
    ]);

    // The huyện sees A's registration and that B has not registered; the phòng is not a subject of this plan.
    const list = (await standingH.get(`/api/movements/${m}/registrations`)).json() as RegistrationListResponse;
    expect(list.items.map((i) => [i.unit.name, i.status, i.registration?.individualCount ?? null])).toEqual([
      ['Xã An Lạc', 'chua_gui', 2],
      ['Xã Bến Súc', 'chua_gui', null],
    ]);
    expect(list.summary).toMatchObject({ total: 2, chua_gui: 2 });
    expect(list.can.decide).toBe(true);

    const sent = await officerA.post(`/api/registrations/${reg.id}/submit`);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'cho_duyet', revision: 2, can: { edit: false, submit: false } });

    // The xã's own standing office is not the upper level: it may not approve its own registration.
    for (const c of [officerA, standingA]) {
      const before = await dbSnapshot(t.db);
      const res = await c.post(`/api/registrations/${reg.id}/approve`);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message).toContain('Huyện Trà Bồng');
      expect(await dbSnapshot(t.db)).toEqual(before);
    }

    const before = await dbSnapshot(t.db);
    const noReason = await standingH.post(`/api/registrations/${reg.id}/return`, { reason: '   ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields).toEqual({ reason: 'Chưa nhập lý do trả lại' });
    expect(noReason.json().error.message).toContain('Lý do');
    expect(await dbSnapshot(t.db)).toEqual(before);

    const returned = await standingH.post(`/api/registrations/${reg.id}/return`, { reason: 'Bổ sung cam kết về chuyển đổi số.' });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({ status: 'tra_lai', returnReason: 'Bổ sung cam kết về chuyển đổi số.', decidedBy: { fullName: 'Người dùng thử' } });

    const fixed = await officerA.put('/api/registrations', body(m, { commitments: 'Thêm: 100% văn bản ký số.', revision: 3 }));
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json()).toMatchObject({ status: 'tra_lai', commitments: 'Thêm: 100% văn bản ký số.', revision: 4 });
    expect((await officerA.post(`/api/registrations/${reg.id}/submit`)).json()).toMatchObject({ status: 'cho_duyet' });
    const approved = await standingH.post(`/api/registrations/${reg.id}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'da_duyet', can: { edit: false, submit: false, decide: false } });

    // Approved is final: no edit, no resend, no second decision.
    const after = await dbSnapshot(t.db);
    const edit = await officerA.put('/api/registrations', body(m, { revision: 6 }));
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toContain('«Đã duyệt»');
    expect((await officerA.post(`/api/registrations/${reg.id}/submit`)).statusCode).toBe(409);
    expect((await standingH.post(`/api/registrations/${reg.id}/return`, { reason: 'Lại' })).statusCode).toBe(409);
    expect(await dbSnapshot(t.db)).toEqual(after);

    expect(await auditActions(reg.id)).toEqual(['registration.create', 'registration.submit', 'registration.return', 'registration.update', 'registration.submit', 'registration.approve']);
  });

  it('refuses bad input with a Vietnamese message naming the field, and writes nothing', async () => {
    const m = await movement();
    const ok = (await officerA.put('/api/registrations', body(m))).json() as RegistrationDto;
    const refused: { payload: Record<string, unknown>; status: number; field: string; text: RegExp }[] = [
      { payload: body(m, { revision: 1, entries: [{ subject: 'individual', personId: w.ben, targetTitle: 'ldtt' }] }), status: 400, field: 'entries.0.personId', text: /không thuộc «Xã An Lạc»/ },
      { payload: body(m, { revision: 1, entries: [{ subject: 'collective', targetTitle: 'cstdcs' }] }), status: 400, field: 'entries.0.targetTitle', text: /dành cho cá nhân/ },
      { payload: body(m, { revision: 1, entries: [{ subject: 'individual', personId: w.an, targetTitle: 'tt_ldtt' }] }), status: 400, field: 'entries.0.targetTitle', text: /dành cho tập thể/ },
      { payload: body(m, { revision: 1, entries: [{ subject: 'collective', targetTitle: 'huan_chuong' }] }), status: 400, field: 'entries.0.targetTitle', text: /Danh hiệu/ },
      { payload: body(m, { revision: 1, bonus: true }), status: 400, field: 'bonus', text: /không được chấp nhận/ },
      { payload: body(m), status: 409, field: 'revision', text: /người khác/ },
      { payload: body(m, { revision: 7 }), status: 409, field: 'revision', text: /Tải lại/ },
    ];
    for (const r of refused) {
      const before = await dbSnapshot(t.db);
      const res = await officerA.put('/api/registrations', r.payload);
      expect(res.statusCode, res.body).toBe(r.status);
      expect(Object.keys(res.json().error.fields ?? {})).toContain(r.field);
      expect(res.json().error.message + JSON.stringify(res.json().error.fields)).toMatch(r.text);
      expect(await dbSnapshot(t.db)).toEqual(before);
    }
    expect((await officerA.get(`/api/registrations/${ok.id}`)).json()).toMatchObject({ revision: 1, entries: ok.entries });
  });

  it('registers only units below the owner of a subject kind, only while the movement runs', async () => {
    const m = await movement();
    const admin = await loginAs(t.app, (await buildUser(t.db, { role: 'admin', unitId: w.huyen })).username, TEST_PASSWORD);
    const cases: [Record<string, unknown>, number, string][] = [
      [body(m, { unitId: w.phong, entries: [] }), 400, 'unitId'],
      [body(m, { unitId: w.huyen, entries: [] }), 400, 'unitId'],
      [body(await movement('midterm_review')), 409, 'movementId'],
      [body(await movement('closed')), 409, 'movementId'],
    ];
    for (const [payload, status, field] of cases) {
      const before = await dbSnapshot(t.db);
      const res = await admin.put('/api/registrations', payload);
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json().error.fields).toHaveProperty(field);
      expect(await dbSnapshot(t.db)).toEqual(before);
    }
    // A draft plan is not even visible to the xã.
    expect((await officerA.put('/api/registrations', body(await movement('draft')))).statusCode).toBe(404);
    // The same person registered by the admin of the huyện for xã A is accepted.
    expect((await admin.put('/api/registrations', body(await movement('issued')))).statusCode).toBe(200);
  });

  it('sends nothing empty, and checks the people again as it sends', async () => {
    const m = await movement();
    const reg = (await officerA.put('/api/registrations', body(m, { entries: [] }))).json() as RegistrationDto;
    const before = await dbSnapshot(t.db);
    const empty = await officerA.post(`/api/registrations/${reg.id}/submit`);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields).toHaveProperty('entries');
    expect(await dbSnapshot(t.db)).toEqual(before);

    const gone = await buildPerson(t.db, { unitId: w.a, fullName: 'Đỗ Văn Chuyển' });
    await officerA.put('/api/registrations', body(m, { revision: 1, entries: [{ subject: 'individual', personId: gone.id, targetTitle: 'ldtt' }] }));
    await t.db.updateTable('people').set({ unit_id: w.b }).where('id', '=', gone.id).execute();
    const moved = await officerA.post(`/api/registrations/${reg.id}/submit`);
    expect(moved.statusCode).toBe(400);
    expect(moved.json().error.fields).toEqual({ 'entries.0.personId': 'Cá nhân không thuộc «Xã An Lạc»' });
  });

  it('exports the consolidated list to Excel with the units that have not registered', async () => {
    const m = await movement();
    const reg = (await officerA.put('/api/registrations', body(m))).json() as RegistrationDto;
    await officerA.post(`/api/registrations/${reg.id}/submit`);
    const res = await standingH.get(`/api/movements/${m}/registrations/export.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Đăng ký thi đua')!;
    const rows: string[][] = [];
    ws.eachRow((row) => rows.push(Array.from({ length: 6 }, (_, i) => row.getCell(i + 1).text)));
    expect(rows[0]).toEqual(['Đơn vị', 'Đối tượng', 'Họ tên', 'Danh hiệu đăng ký', 'Cam kết', 'Trạng thái']);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[3], r[5]])).toEqual([
      ['Xã An Lạc', 'Tập thể', '', 'Tập thể lao động xuất sắc', 'Chờ duyệt'],
      ['Xã An Lạc', 'Cá nhân', 'Lê Văn An', 'Chiến sĩ thi đua cơ sở', 'Chờ duyệt'],
      ['Xã An Lạc', 'Cá nhân', 'Trần Thị Bình', 'Lao động tiên tiến', 'Chờ duyệt'],
      ['Xã Bến Súc', 'Tập thể', '', '', 'Chưa gửi'],
    ]);
    expect(rows[1]![4]).toContain('Hoàn thành 100% chỉ tiêu');
  });
});
