import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocxText } from '../../src/documents/docx-read';
import { blankPlan } from '../../src/modules/movements/model/plan-builder';
import { todayInVietnam } from '../../src/modules/units/unit-period';
import { buildMovement, buildPerson, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';

/**
 * The consolidated registration list as Word, downloaded by the huyện that owns the movement, read
 * back; and its scope: a xã reads only its own lines of the huyện's list, and never a sibling's list.
 */

let t: TestApp;
let standingH: Client;
let officerA: Client;
let officerB: Client;
const w = { huyen: 0, a: 0, b: 0, movement: 0, movementOfA: 0 };

const lines = (payload: Buffer) =>
  readDocxText(payload)
    .split('\n')
    .filter((l) => l.trim() !== '');

const download = (c: Client, movementId: number) => c.get(`/api/movements/${movementId}/registrations/export.docx`);

beforeAll(async () => {
  t = await startTestApp();
  w.huyen = (await buildUnit(t.db, { name: 'Huyện Trà Bồng', kind: 'huyen' })).id;
  w.a = (await buildUnit(t.db, { name: 'Xã Trà Lâm', parentId: w.huyen })).id;
  w.b = (await buildUnit(t.db, { name: 'Xã Trà Phú', parentId: w.huyen })).id;
  const an = (await buildPerson(t.db, { unitId: w.a, fullName: 'Lê Văn An' })).id;
  const ben = (await buildPerson(t.db, { unitId: w.b, fullName: 'Võ Thị Bến' })).id;
  const login = async (role: 'unit_officer' | 'standing', unitId: number, fullName?: string) =>
    loginAs(t.app, (await buildUser(t.db, { role, unitId, fullName })).username, TEST_PASSWORD);
  standingH = await login('standing', w.huyen, 'Phạm Thị Lập');
  officerA = await login('unit_officer', w.a);
  officerB = await login('unit_officer', w.b);

  const plan = blankPlan({
    parentBody: 'Ủy ban nhân dân tỉnh Quảng Ngãi',
    issuerName: 'Ủy ban nhân dân huyện Trà Bồng',
    title: 'Phát động phong trào thi đua cải cách hành chính năm 2024',
    year: 2024,
    subjects: { collective: { label: null, text: 'Các xã, thị trấn', unitKinds: ['xa'] } },
  });
  const content = { ...plan, header: { ...plan.header, number: '12/KH-UBND', issuedOn: '2024-01-05' } };
  w.movement = (await buildMovement(t.db, { ownerUnitId: w.huyen, status: 'in_progress', content })).movement.id;
  w.movementOfA = (await buildMovement(t.db, { ownerUnitId: w.a, status: 'in_progress', title: 'Thi đua nội bộ xã Trà Lâm' })).movement.id;

  // Xã A sends its list; xã B keeps a draft naming its own person (still «Chưa gửi»).
  const saved = await officerA.put('/api/registrations', {
    movementId: w.movement,
    unitId: w.a,
    commitments: 'Hoàn thành 100% chỉ tiêu cải cách hành chính năm 2024.',
    entries: [
      { subject: 'collective', targetTitle: 'tt_ldxs', commitment: 'Giải quyết hồ sơ đúng hạn' },
      { subject: 'individual', personId: an, targetTitle: 'cstdcs', commitment: 'Có sáng kiến được công nhận' },
    ],
  });
  expect(saved.statusCode, saved.body).toBe(200);
  expect((await officerA.post(`/api/registrations/${saved.json().id}/submit`)).statusCode).toBe(200);
  const draftB = await officerB.put('/api/registrations', {
    movementId: w.movement,
    unitId: w.b,
    commitments: 'Cam kết riêng của Trà Phú',
    entries: [{ subject: 'individual', personId: ben, targetTitle: 'ldtt' }],
  });
  expect(draftB.statusCode, draftB.body).toBe(200);
});
afterAll(() => t?.close());

describe('GET /api/movements/:id/registrations/export.docx', () => {
  it('gives the upper level the whole list as a DANH SÁCH of the owner, in the Nghị định 30 layout', async () => {
    const res = await download(standingH, w.movement);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Danh sach dang ky thi dua - 12-KH-UBND.docx"; filename*=UTF-8''${encodeURIComponent('Danh sách đăng ký thi đua - 12-KH-UBND.docx')}`,
    );
    const text = lines(res.rawPayload);
    const [y, m, d] = todayInVietnam().split('-').map(Number) as [number, number, number];
    expect(text.slice(0, 7)).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI',
      'ỦY BAN NHÂN DÂN HUYỆN TRÀ BỒNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      `Trà Bồng, ngày ${String(d).padStart(2, '0')} tháng ${m <= 2 ? String(m).padStart(2, '0') : m} năm ${y}`,
      'DANH SÁCH',
      'Đăng ký thi đua thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2024 về phát động phong trào thi đua cải cách hành chính năm 2024',
    ]);
    const from = text.indexOf('TT');
    expect(text.slice(from, from + 7)).toEqual(['TT', 'Đơn vị', 'Đối tượng', 'Họ và tên', 'Danh hiệu đăng ký', 'Cam kết', 'Trạng thái']);
    expect(text.slice(from + 7)).toEqual([
      ...['1', 'Xã Trà Lâm', 'Tập thể', 'Tập thể lao động xuất sắc', 'Hoàn thành 100% chỉ tiêu cải cách hành chính năm 2024.', 'Giải quyết hồ sơ đúng hạn', 'Chờ duyệt'],
      ...['2', 'Xã Trà Lâm', 'Cá nhân', 'Lê Văn An', 'Chiến sĩ thi đua cơ sở', 'Có sáng kiến được công nhận', 'Chờ duyệt'],
      // B's draft is listed as not sent, with its (unsent) individual line, as in the Excel export.
      ...['3', 'Xã Trà Phú', 'Tập thể', 'Cam kết riêng của Trà Phú', 'Chưa gửi'],
      ...['4', 'Xã Trà Phú', 'Cá nhân', 'Võ Thị Bến', 'Lao động tiên tiến', 'Chưa gửi'],
      'Tổng cộng: 2 đơn vị (1 chưa gửi, 1 chờ duyệt); 2 cá nhân đăng ký.',
      'NGƯỜI LẬP BIỂU',
      'Phạm Thị Lập',
    ]);
  });

  it('holds only the xã’s own lines when a xã downloads the huyện’s list', async () => {
    const res = await download(officerA, w.movement);
    expect(res.statusCode, res.body).toBe(200);
    const text = lines(res.rawPayload).join('\n');
    expect(text).toContain('Lê Văn An');
    for (const marker of ['Trà Phú', 'Võ Thị Bến']) expect(text).not.toContain(marker);
  });

  it('answers 404 to a sibling xã for a movement of xã A, and 401 to nobody signed in', async () => {
    expect((await download(officerA, w.movementOfA)).statusCode).toBe(200);
    const sibling = await download(officerB, w.movementOfA);
    expect(sibling.statusCode).toBe(404);
    expect(sibling.json().error.code).toBe('not_found');
    expect((await download(officerB, 999_999)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/movements/${w.movement}/registrations/export.docx` })).statusCode).toBe(401);
  });
});
