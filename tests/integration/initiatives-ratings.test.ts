import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initiativeColumns } from '../../src/modules/commendation-inputs/initiatives-excel';
import type { InitiativeDto, InitiativeListResponse } from '../../src/modules/commendation-inputs/initiatives.schema';
import { ratingColumns } from '../../src/modules/commendation-inputs/ratings-excel';
import type { RatingDto, RatingListResponse } from '../../src/modules/commendation-inputs/ratings.schema';
import { buildPerson, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { dbSnapshot } from '../helpers/db-snapshot';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';
import { inputWorkbook, uploadTo, workbookText } from './inputs-fixtures';

let t: TestApp;
let huyen: { id: number; code: string };
let xaA: { id: number; code: string };
let xaB: { id: number; code: string };
let an: { id: number };
let binh: { id: number };
let benB: { id: number };
let officerA: Client;
let standingB: Client;
let individualA: Client;

beforeAll(async () => {
  t = await startTestApp();
  huyen = await buildUnit(t.db, { kind: 'huyen', name: 'Huyện Dương Minh Châu', code: 'H-DMC' });
  xaA = await buildUnit(t.db, { name: 'Xã An Lạc', parentId: huyen.id, code: 'X-AN' });
  xaB = await buildUnit(t.db, { name: 'Xã Bến Súc', parentId: huyen.id, code: 'X-BEN' });
  an = await buildPerson(t.db, { unitId: xaA.id, fullName: 'Lê Văn An' });
  binh = await buildPerson(t.db, { unitId: xaA.id, fullName: 'Trần Thị Bình' });
  benB = await buildPerson(t.db, { unitId: xaB.id, fullName: 'Võ Thị Bến' });
  const login = async (role: 'standing' | 'unit_officer' | 'individual', unitId: number) => loginAs(t.app, (await buildUser(t.db, { role, unitId })).username, TEST_PASSWORD);
  officerA = await login('unit_officer', xaA.id);
  standingB = await login('standing', xaB.id);
  individualA = await login('individual', xaA.id);
});
afterAll(() => t?.close());

const initiative = (over: Record<string, unknown> = {}) => ({
  unitId: xaA.id,
  title: 'Lịch hẹn trực tuyến tại bộ phận một cửa',
  summary: 'Giảm 30% thời gian chờ',
  year: 2024,
  recognitionLevel: 'co_so',
  councilName: 'Hội đồng sáng kiến cơ sở xã An Lạc',
  decisionNumber: '45/QĐ-UBND',
  decisionDate: '2024-11-15',
  authors: [{ personId: an.id, share: 60 }, { personId: binh.id, share: 40 }],
  ...over,
});

const audits = (entity: string, id: number) =>
  t.db.selectFrom('audit_log').select(['action', 'unit_id', 'before', 'after']).where('entity', '=', entity).where('entity_id', '=', String(id)).orderBy('id').execute();

describe('initiatives', () => {
  it('creates, lists, updates and deletes, each with an audit row', async () => {
    const created = await officerA.post('/api/initiatives', initiative());
    expect(created.statusCode, created.body).toBe(200);
    const dto = created.json() as InitiativeDto;
    expect(dto).toMatchObject({ title: 'Lịch hẹn trực tuyến tại bộ phận một cửa', recognitionLevelName: 'Cấp cơ sở', decisionDate: '2024-11-15', editable: true });
    expect(dto.authors).toEqual([
      { personId: an.id, fullName: 'Lê Văn An', unitName: 'Xã An Lạc', share: 60 },
      { personId: binh.id, fullName: 'Trần Thị Bình', unitName: 'Xã An Lạc', share: 40 },
    ]);

    const byPerson = (await individualA.get(`/api/initiatives?personId=${binh.id}&year=2024`)).json() as InitiativeListResponse;
    expect(byPerson.items.map((i) => [i.id, i.editable])).toEqual([[dto.id, false]]);
    expect(((await officerA.get('/api/initiatives?year=2023')).json() as InitiativeListResponse).items).toEqual([]);

    const updated = await officerA.put(`/api/initiatives/${dto.id}`, initiative({ recognitionLevel: 'tinh', authors: [{ personId: an.id, share: 100 }] }));
    expect(updated.statusCode, updated.body).toBe(200);
    expect((updated.json() as InitiativeDto).authors.map((a) => a.fullName)).toEqual(['Lê Văn An']);

    expect((await officerA.delete(`/api/initiatives/${dto.id}`)).statusCode).toBe(200);
    expect(((await officerA.get('/api/initiatives')).json() as InitiativeListResponse).items).toEqual([]);
    const log = await audits('initiative', dto.id);
    expect(log.map((a) => a.action)).toEqual(['initiative.create', 'initiative.update', 'initiative.delete']);
    expect(log.every((a) => a.unit_id === xaA.id)).toBe(true);
    expect(log[1]!.before).toMatchObject({ recognitionLevel: 'co_so', authors: [{ personId: an.id, share: 60 }, { personId: binh.id, share: 40 }] });
    expect(log[1]!.after).toMatchObject({ recognitionLevel: 'tinh', authors: [{ personId: an.id, share: 100 }] });
  });

  it('refuses bad input naming the field in Vietnamese, and writes nothing', async () => {
    const before = await dbSnapshot(t.db);
    const shares = await officerA.post('/api/initiatives', initiative({ authors: [{ personId: an.id, share: 60 }, { personId: binh.id, share: 30 }] }));
    expect(shares.statusCode).toBe(400);
    expect(shares.json().error.message).toContain('Tác giả (authors): Tổng tỷ lệ đóng góp của các tác giả phải là 100% (đang là 90%)');
    const noDecision = await officerA.post('/api/initiatives', initiative({ decisionNumber: null, decisionDate: null }));
    expect(noDecision.json().error.fields).toEqual({
      decisionNumber: 'Sáng kiến đã được công nhận phải có số quyết định công nhận',
      decisionDate: 'Sáng kiến đã được công nhận phải có ngày công nhận',
    });
    const unknown = await officerA.post('/api/initiatives', { ...initiative(), secret: 1 });
    expect(unknown.json().error.fields).toEqual({ secret: 'Trường này không được chấp nhận' });
    const stranger = await officerA.post('/api/initiatives', initiative({ authors: [{ personId: benB.id, share: 100 }] }));
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.message).toContain(`mã ${benB.id}`);
    expect(await dbSnapshot(t.db)).toEqual(before);
  });

  it('keeps xã B out of xã A’s reach and xã A out of B’s', async () => {
    const b = await standingB.post('/api/initiatives', initiative({ unitId: xaB.id, title: 'Sáng kiến riêng của xã B', authors: [{ personId: benB.id, share: 100 }] }));
    expect(b.statusCode, b.body).toBe(200);
    const idB = (b.json() as InitiativeDto).id;
    expect((await officerA.get('/api/initiatives')).body).not.toContain('Sáng kiến riêng của xã B');
    expect((await officerA.get(`/api/initiatives?unitId=${xaB.id}`)).statusCode).toBe(404);
    expect((await officerA.put(`/api/initiatives/${idB}`, initiative())).statusCode).toBe(404);
    expect((await officerA.delete(`/api/initiatives/${idB}`)).statusCode).toBe(404);
    expect((await officerA.post('/api/initiatives', initiative({ unitId: xaB.id }))).statusCode).toBe(404);
    expect((await individualA.post('/api/initiatives', initiative())).statusCode).toBe(403);
    await standingB.delete(`/api/initiatives/${idB}`);
  });

  it('imports all rows or none, naming row and column, and exports what imports again', async () => {
    const cols = initiativeColumns;
    const good = { unitCode: 'X-AN', title: 'Số hóa sổ hộ tịch', year: 2024, level: 'Cấp cơ sở', decisionNumber: '7/QĐ-UBND', decisionDate: '02/12/2024', authors: `${an.id}; ${binh.id}` };
    const bad = await uploadTo(officerA, '/api/initiatives/import', await inputWorkbook('Sáng kiến', cols, [
      good,
      { ...good, unitCode: 'X-BEN', title: 'Của xã B' },
      { ...good, decisionDate: '31/02/2024' },
      { ...good, authors: 'Lê Văn An' },
      { ...good, level: null },
    ]));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.errors.map((e: { message: string }) => e.message)).toEqual([
      'Dòng 3, cột Mã đơn vị: không có đơn vị mã "X-BEN" trong phạm vi của bạn',
      'Dòng 4, cột Ngày công nhận: phải là ngày có dạng dd/mm/yyyy, ví dụ 01/07/2025 (ngày không có thật)',
      'Dòng 5, cột Tác giả: "Lê Văn An" không đúng dạng "mã cá nhân: tỷ lệ %", ví dụ "125: 60; 126: 40"',
      'Dòng 6, cột Cấp công nhận: có quyết định công nhận thì phải chọn cấp công nhận',
    ]);
    expect(((await officerA.get('/api/initiatives')).json() as InitiativeListResponse).items).toEqual([]);

    const ok = await uploadTo(officerA, '/api/initiatives/import', await inputWorkbook('Sáng kiến', cols, [good]));
    expect(ok.json()).toEqual({ total: 1, created: 1, updated: 0, unchanged: 0 });
    const [item] = ((await officerA.get('/api/initiatives')).json() as InitiativeListResponse).items;
    expect(item!.authors.map((a) => a.share)).toEqual([50, 50]);

    const exported = await officerA.get('/api/initiatives/export.xlsx');
    expect(exported.statusCode).toBe(200);
    expect(await workbookText(exported.rawPayload)).toContain(`${an.id}: 50; ${binh.id}: 50`);
    const again = await uploadTo(officerA, '/api/initiatives/import', exported.rawPayload);
    expect(again.json()).toEqual({ total: 1, created: 0, updated: 0, unchanged: 1 });
    const template = await officerA.get('/api/initiatives/template.xlsx');
    expect(await workbookText(template.rawPayload)).toContain('HƯỚNG DẪN NHẬP DANH SÁCH SÁNG KIẾN');
  });
});

describe('yearly ratings', () => {
  const rating = (over: Record<string, unknown> = {}) => ({ subjectKind: 'person', personId: an.id, year: 2024, rating: 'HTXSNV', source: 'QĐ 12/QĐ-UBND', ...over });

  it('records, replaces and deletes a rating with audit rows; a unit is rated too', async () => {
    const first = await officerA.put('/api/ratings', rating());
    expect(first.statusCode, first.body).toBe(200);
    const id = (first.json() as RatingDto).id;
    const second = await officerA.put('/api/ratings', rating({ rating: 'HTTNV' }));
    expect(second.json()).toMatchObject({ id, rating: 'HTTNV', ratingName: 'Hoàn thành tốt nhiệm vụ', subject: { kind: 'person', person: { fullName: 'Lê Văn An' } } });
    const unit = await officerA.put('/api/ratings', rating({ subjectKind: 'unit', personId: null, unitId: xaA.id }));
    expect(unit.json()).toMatchObject({ subject: { kind: 'unit', person: null, unit: { name: 'Xã An Lạc' } } });
    const list = (await officerA.get(`/api/ratings?year=2024&personId=${an.id}`)).json() as RatingListResponse;
    expect(list.items.map((r) => r.rating)).toEqual(['HTTNV']);
    expect((await officerA.delete(`/api/ratings/${id}`)).statusCode).toBe(200);
    expect((await audits('annual_rating', id)).map((a) => a.action)).toEqual(['annual_rating.create', 'annual_rating.update', 'annual_rating.delete']);
  });

  it('refuses a missing subject, a future year and another xã', async () => {
    expect((await officerA.put('/api/ratings', rating({ personId: null }))).json().error.fields).toEqual({ personId: 'Chưa chọn cá nhân' });
    expect((await officerA.put('/api/ratings', rating({ rating: 'Tốt' }))).json().error.message).toContain('Xếp loại (rating)');
    expect((await officerA.put('/api/ratings', rating({ year: 2099 }))).json().error.fields.year).toContain('chưa đến');
    expect((await officerA.put('/api/ratings', rating({ personId: benB.id }))).statusCode).toBe(404);
  });

  it('imports all or nothing', async () => {
    const cols = ratingColumns;
    const rows = [
      { subjectKind: 'Cá nhân', personId: String(binh.id), year: 2023, rating: 'Hoàn thành xuất sắc nhiệm vụ' },
      { subjectKind: 'Tập thể', unitCode: 'X-AN', year: 2023, rating: 'httnv' },
    ];
    const bad = await uploadTo(officerA, '/api/ratings/import', await inputWorkbook('Xếp loại', cols, [
      ...rows,
      { subjectKind: 'Cá nhân', personId: String(benB.id), year: 2023, rating: 'HTNV' },
      { subjectKind: 'Tập thể', year: 2023, rating: 'HTNV' },
      { subjectKind: 'Cá nhân', personId: String(binh.id), year: 2023, rating: 'Xuất sắc' },
    ]));
    expect(bad.statusCode).toBe(400);
    const messages = bad.json().error.errors.map((e: { message: string }) => e.message) as string[];
    expect(messages[0]).toBe(`Dòng 4, cột Mã cá nhân: không có cá nhân mã ${benB.id} trong phạm vi của bạn`);
    expect(messages[1]).toBe('Dòng 5, cột Mã đơn vị: không được để trống khi đối tượng là Tập thể');
    expect(messages[2]).toContain('Dòng 6, cột Xếp loại: "Xuất sắc" không có trong danh sách');
    expect(((await officerA.get('/api/ratings?year=2023')).json() as RatingListResponse).items).toEqual([]);
    const ok = await uploadTo(officerA, '/api/ratings/import', await inputWorkbook('Xếp loại', cols, rows));
    expect(ok.json()).toEqual({ total: 2, created: 2, updated: 0, unchanged: 0 });
    const exported = await officerA.get('/api/ratings/export.xlsx?year=2023');
    expect((await uploadTo(officerA, '/api/ratings/import', exported.rawPayload)).json()).toEqual({ total: 2, created: 0, updated: 0, unchanged: 2 });
  });
});
