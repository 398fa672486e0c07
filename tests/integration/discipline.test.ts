import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DisciplineDto, DisciplineListResponse } from '../../src/modules/commendation-inputs/discipline.schema';
import { buildPerson, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { dbSnapshot } from '../helpers/db-snapshot';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';
import { workbookText } from './inputs-fixtures';

let t: TestApp;
let so: { id: number };
let phongA: { id: number };
let phongB: { id: number };
let leaderA: { id: number };
let clerkB: { id: number };
let standing: Client; // standing agency of the Sở
let standingA: Client; // of phòng A only
let leaderSo: Client;
let officer: Client;
let selfA: Client; // an individual who is leaderA

beforeAll(async () => {
  t = await startTestApp();
  so = await buildUnit(t.db, { kind: 'so', name: 'Sở Lao động - Thương binh và Xã hội', code: 'SO-LDTBXH' });
  phongA = await buildUnit(t.db, { kind: 'phong', name: 'Phòng Người có công', parentId: so.id, code: 'P-NCC' });
  phongB = await buildUnit(t.db, { kind: 'phong', name: 'Phòng Việc làm', parentId: so.id, code: 'P-VL' });
  leaderA = await buildPerson(t.db, { unitId: phongA.id, fullName: 'Nguyễn Văn Trưởng', isUnitHead: true });
  clerkB = await buildPerson(t.db, { unitId: phongB.id, fullName: 'Hồ Thị Bến' });
  const login = async (role: 'standing' | 'leader' | 'unit_officer' | 'individual', unitId: number, personId?: number) => {
    const u = await buildUser(t.db, { role, unitId });
    if (personId) await t.db.updateTable('users').set({ person_id: personId }).where('id', '=', u.id).execute();
    return loginAs(t.app, u.username, TEST_PASSWORD);
  };
  standing = await login('standing', so.id);
  standingA = await login('standing', phongA.id);
  leaderSo = await login('leader', so.id);
  officer = await login('unit_officer', so.id);
  selfA = await login('individual', phongA.id, leaderA.id);
});
afterAll(() => t?.close());

const decision = (over: Record<string, unknown> = {}) => ({
  subjectKind: 'person',
  personId: leaderA.id,
  recordKind: 'decision',
  disciplineForm: 'khien_trach',
  decisionNumber: '12/QĐ-SLĐTBXH',
  decisionDate: '2024-05-03',
  note: 'Chậm giải quyết hồ sơ',
  ...over,
});

describe('discipline records', () => {
  it('computes the period of effect from the form, stores it and audits every change', async () => {
    const res = await standing.post('/api/discipline', decision());
    expect(res.statusCode, res.body).toBe(200);
    const dto = res.json() as DisciplineDto;
    expect(dto).toMatchObject({ formName: 'Khiển trách', effectiveFrom: '2024-05-03', effectiveTo: '2025-05-02', ruleEffectTo: '2025-05-02', periodOverrideReason: null, activeToday: false });
    const row = await t.db.selectFrom('discipline_records').selectAll().where('id', '=', dto.id).executeTakeFirstOrThrow();
    expect([row.effective_to, row.unit_id]).toEqual(['2025-05-02', phongA.id]);

    const graver = await standing.put(`/api/discipline/${dto.id}`, decision({ disciplineForm: 'giang_chuc', effectiveFrom: '2024-05-10' }));
    expect(graver.json()).toMatchObject({ formName: 'Giáng chức', effectiveFrom: '2024-05-10', effectiveTo: '2025-11-09' });

    const log = await t.db.selectFrom('audit_log').select(['action', 'unit_id', 'after']).where('entity', '=', 'discipline_record').where('entity_id', '=', String(dto.id)).orderBy('id').execute();
    expect(log.map((a) => a.action)).toEqual(['discipline.create', 'discipline.update']);
    expect(log[1]!.after).toMatchObject({ form: 'giang_chuc', effectiveTo: '2025-11-09' });
    expect((await standing.delete(`/api/discipline/${dto.id}`)).statusCode).toBe(200);
  });

  it('overrides the period only with a reason', async () => {
    const before = await dbSnapshot(t.db);
    const noReason = await standing.post('/api/discipline', decision({ effectiveTo: '2024-12-31' }));
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields.overrideReason).toContain('Khiển trách: 12 tháng kể từ ngày có hiệu lực, tức đến hết ngày 02/05/2025');
    expect(noReason.json().error.message).toContain('Lý do thay đổi thời hạn (overrideReason)');
    expect(await dbSnapshot(t.db)).toEqual(before);
    const withReason = await standing.post('/api/discipline', decision({ effectiveTo: '2024-12-31', overrideReason: 'Quyết định ghi rõ thời hạn đến hết năm 2024' }));
    expect(withReason.json()).toMatchObject({ effectiveTo: '2024-12-31', ruleEffectTo: '2025-05-02', periodOverrideReason: 'Quyết định ghi rõ thời hạn đến hết năm 2024' });
    await standing.delete(`/api/discipline/${(withReason.json() as DisciplineDto).id}`);
  });

  it('refuses forms that do not fit the subject and incomplete pending records', async () => {
    const unitForm = await standing.post('/api/discipline', decision({ subjectKind: 'unit', personId: null, unitId: phongA.id, disciplineForm: 'ha_bac_luong' }));
    expect(unitForm.json().error.fields).toEqual({ disciplineForm: 'Hạ bậc lương không áp dụng cho tập thể' });
    const pending = await standing.post('/api/discipline', { subjectKind: 'person', personId: clerkB.id, recordKind: 'pending' });
    expect(pending.json().error.fields).toEqual({ pendingKind: 'Chưa chọn loại việc đang xem xét', effectiveFrom: 'Chưa nhập ngày bắt đầu xem xét' });
    const open = await standing.post('/api/discipline', { subjectKind: 'person', personId: clerkB.id, recordKind: 'pending', pendingKind: 'inspection', effectiveFrom: '2025-01-10' });
    expect(open.json()).toMatchObject({ kindName: 'Đang xem xét', pendingKindName: 'Đang bị thanh tra, kiểm tra', effectiveTo: null, activeToday: true });
    const collective = await standing.post('/api/discipline', decision({ subjectKind: 'unit', personId: null, unitId: phongB.id, disciplineForm: 'canh_cao' }));
    expect(collective.json()).toMatchObject({ subject: { kind: 'unit', unit: { name: 'Phòng Việc làm' } }, effectiveTo: '2025-05-02' });
  });

  it('is read only by standing agencies and leaders in their subtree, and by the person concerned', async () => {
    await standing.post('/api/discipline', decision());
    const all = (await leaderSo.get('/api/discipline?year=2024')).json() as DisciplineListResponse;
    expect(all.items.map((i) => i.subject.person?.fullName ?? i.subject.unit.name).sort()).toEqual(['Nguyễn Văn Trưởng', 'Phòng Việc làm']);
    expect(all.items.every((i) => !i.editable)).toBe(true);
    expect(((await leaderSo.get('/api/discipline?year=2023')).json() as DisciplineListResponse).items).toEqual([]);

    expect((await officer.get('/api/discipline')).statusCode).toBe(403);
    expect((await officer.post('/api/discipline', decision())).statusCode).toBe(403);

    const own = (await selfA.get('/api/discipline')).json() as DisciplineListResponse;
    expect(own.items.map((i) => i.subject.person?.fullName)).toEqual(['Nguyễn Văn Trưởng']);
    expect((await selfA.get(`/api/discipline?personId=${leaderA.id}`)).statusCode).toBe(200);
    expect((await selfA.get(`/api/discipline?personId=${clerkB.id}`)).statusCode).toBe(404);

    const inA = (await standingA.get('/api/discipline')).json() as DisciplineListResponse;
    expect(inA.items.map((i) => i.subject.person?.fullName)).toEqual(['Nguyễn Văn Trưởng']);
    const bRecord = all.items.find((i) => i.subject.kind === 'unit')!;
    expect((await standingA.delete(`/api/discipline/${bRecord.id}`)).statusCode).toBe(404);
    expect((await standingA.post('/api/discipline', decision({ personId: clerkB.id }))).statusCode).toBe(404);

    const file = await standingA.get('/api/discipline/export.xlsx');
    const text = await workbookText(file.rawPayload);
    expect(text).toContain('Nguyễn Văn Trưởng');
    expect(text).not.toContain('Hồ Thị Bến');
    expect(text).not.toContain('Phòng Việc làm');
  });
});
