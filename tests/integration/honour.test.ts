import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../../src/modules/auth/roles';
import { buildMovement, buildPerson, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { dbSnapshot } from '../helpers/db-snapshot';
import { loginAs, startTestApp, type TestApp } from '../helpers/test-app';
import { insertAward, insertDecision } from './honour-fixtures';

/**
 * The honour board is public: no cookie needed. It shows public awards of issued decisions only — not
 * awards marked private, not drafts, not history typed in without a decision — and of those only the
 * published words: names, units, the award, the decision, the achievement. Nothing of the person.
 */
let t: TestApp;
let m1: number;
let m2: number;
const POSITION = 'Phó Chủ tịch Ủy ban nhân dân xã';
const PRIZE = 4_680_000;
const ENTRY_KEYS = ['achievement', 'awardName', 'decidedOn', 'decisionNumber', 'grantorTitle', 'id', 'movementTitle', 'name', 'subjectKind', 'unitName', 'year'];

beforeAll(async () => {
  t = await startTestApp();
  const huyen = await buildUnit(t.db, { kind: 'huyen', name: 'Huyện Giồng Trôm' });
  const xa = await buildUnit(t.db, { name: 'Xã Mỹ Thạnh', parentId: huyen.id });
  const an = { id: (await buildPerson(t.db, { unitId: xa.id, fullName: 'Nguyễn Văn An', position: POSITION })).id, name: 'Nguyễn Văn An' };
  const binh = { id: (await buildPerson(t.db, { unitId: xa.id, fullName: 'Trần Thị Bình' })).id, name: 'Trần Thị Bình' };
  const secret = { id: (await buildPerson(t.db, { unitId: xa.id, fullName: 'Lê Văn Kín' })).id, name: 'Lê Văn Kín' };
  const nhap = { id: (await buildPerson(t.db, { unitId: xa.id, fullName: 'Phạm Thị Nháp' })).id, name: 'Phạm Thị Nháp' };
  const tay = { id: (await buildPerson(t.db, { unitId: xa.id, fullName: 'Đỗ Văn Tay' })).id, name: 'Đỗ Văn Tay' };
  m1 = (await buildMovement(t.db, { ownerUnitId: huyen.id, status: 'in_progress', title: 'Thi đua cải cách hành chính năm 2024' })).movement.id;
  m2 = (await buildMovement(t.db, { ownerUnitId: huyen.id, status: 'in_progress', title: 'Thi đua chuyển đổi số' })).movement.id;
  const issued = await insertDecision(t.db, { unitId: huyen.id, movementId: m1, number: '125/QĐ-UBND', signedOn: '2024-12-10' });
  const older = await insertDecision(t.db, { unitId: huyen.id, movementId: m2, number: '98/QĐ-UBND', signedOn: '2023-12-05' });
  const draft = await insertDecision(t.db, { unitId: huyen.id, movementId: m1, number: null, signedOn: null, issued: false });
  const base = { movementId: m1, year: 2024, decidedOn: '2024-12-10', decisionNumber: '125/QĐ-UBND' };
  const gk = { catalogueCode: 'giay_khen:individual', awardName: 'Giấy khen của Chủ tịch UBND huyện' };
  await insertAward(t.db, { ...base, ...gk, decisionId: issued, person: an, unit: xa, achievement: 'Triển khai một cửa điện tử ở 100% thủ tục' });
  await insertAward(t.db, { ...base, ...gk, decisionId: issued, person: binh, unit: xa, achievement: 'Số hóa hồ sơ hộ tịch' });
  await insertAward(t.db, { ...base, catalogueCode: 'giay_khen:collective', awardName: 'Giấy khen tập thể', decisionId: issued, unit: xa, achievement: 'Đơn vị dẫn đầu' });
  await insertAward(t.db, { ...base, ...gk, decisionId: issued, person: secret, unit: xa, public: false });
  await insertAward(t.db, { ...base, ...gk, decisionId: draft, person: nhap, unit: xa });
  await insertAward(t.db, { ...base, ...gk, decisionId: null, person: tay, unit: xa });
  await insertAward(t.db, { movementId: m2, year: 2023, decidedOn: '2023-12-05', decisionNumber: '98/QĐ-UBND', catalogueCode: 'ldtt', awardName: 'Lao động tiên tiến', decisionId: older, person: an, unit: xa });
  await t.db.updateTable('awards').set({ prize_amount: PRIZE, grantor_title: 'Chủ tịch UBND huyện Giồng Trôm' }).execute();
});
afterAll(() => t?.close());

const anonymous = (url: string) => t.app.inject({ method: 'GET', url });

describe('GET /api/public/honour', () => {
  it('answers without a session, grouped by award, with the published words only', async () => {
    const res = await anonymous('/api/public/honour?movementId=' + m1 + '&year=2024');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { groups: { awardName: string; entries: Record<string, unknown>[] }[]; total: number; truncated: boolean };
    expect(body.groups.map((g) => g.awardName)).toEqual(['Giấy khen của Chủ tịch UBND huyện', 'Giấy khen tập thể']);
    expect(body.groups[0]!.entries.map((e) => e.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    expect(body.groups[0]!.entries[0]).toEqual({
      id: expect.any(Number),
      subjectKind: 'individual',
      name: 'Nguyễn Văn An',
      unitName: 'Xã Mỹ Thạnh',
      awardName: 'Giấy khen của Chủ tịch UBND huyện',
      year: 2024,
      decisionNumber: '125/QĐ-UBND',
      decidedOn: '2024-12-10',
      grantorTitle: 'Chủ tịch UBND huyện Giồng Trôm',
      movementTitle: 'Thi đua cải cách hành chính năm 2024',
      achievement: 'Triển khai một cửa điện tử ở 100% thủ tục',
    });
    expect(body.groups[1]!.entries[0]).toMatchObject({ subjectKind: 'collective', name: 'Xã Mỹ Thạnh' });
    expect(body).toMatchObject({ total: 3, truncated: false });
  });

  it('hides private awards, drafts and history without a decision; shows no personal data', async () => {
    const res = await anonymous('/api/public/honour');
    const body = res.json() as { groups: { entries: Record<string, unknown>[] }[] };
    const entries = body.groups.flatMap((g) => g.entries);
    expect(entries.map((e) => e.name).sort()).toEqual(['Nguyễn Văn An', 'Nguyễn Văn An', 'Trần Thị Bình', 'Xã Mỹ Thạnh']);
    for (const name of ['Lê Văn Kín', 'Phạm Thị Nháp', 'Đỗ Văn Tay']) expect(res.body).not.toContain(name);
    for (const e of entries) expect(Object.keys(e).sort()).toEqual(ENTRY_KEYS);
    // Birth year, gender, position, person ids and prize money are not on the board.
    for (const field of ['birth', 'gender', 'position', 'personId', 'prize', 'cccd', 'phone']) expect(res.body.toLowerCase()).not.toContain(field.toLowerCase());
    expect(res.body).not.toContain(POSITION);
    expect(res.body).not.toContain(String(PRIZE));
    expect(res.body).not.toContain('1985');
  });

  it('filters by movement and by year', async () => {
    const of = async (q: string) => ((await anonymous(`/api/public/honour?${q}`)).json() as { groups: { awardName: string }[] }).groups.map((g) => g.awardName);
    expect(await of(`movementId=${m2}`)).toEqual(['Lao động tiên tiến']);
    expect(await of('year=2023')).toEqual(['Lao động tiên tiến']);
    expect(await of(`movementId=${m2}&year=2024`)).toEqual([]);
  });

  it('refuses bad filters in Vietnamese, and is rate-limited', async () => {
    const bad = await anonymous('/api/public/honour?year=hai-nghin');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Năm phải là số');
    expect((await anonymous('/api/public/honour?hoTen=An')).statusCode).toBe(400);
    expect((await anonymous('/api/public/honour')).headers['x-ratelimit-limit']).toBeDefined();
  });
});

describe('GET /api/public/honour/filters', () => {
  it('lists the movements and years that have public awards', async () => {
    const res = await anonymous('/api/public/honour/filters');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      movements: [
        { id: m1, title: 'Thi đua cải cách hành chính năm 2024', years: [2024] },
        { id: m2, title: 'Thi đua chuyển đổi số', years: [2023] },
      ],
      years: [2024, 2023],
    });
  });
});

describe('scope: the board is the same for everyone and writes nothing', () => {
  it('gives every role the anonymous answer', async () => {
    const urls = ['/api/public/honour', '/api/public/honour/filters', `/api/public/honour?movementId=${m1}`];
    const unit = await buildUnit(t.db, { name: 'Xã Khác Hẳn' });
    const clients = [];
    for (const role of roles) clients.push({ role, c: await loginAs(t.app, (await buildUser(t.db, { role, unitId: unit.id })).username, TEST_PASSWORD) });
    const before = await dbSnapshot(t.db);
    const expected = await Promise.all(urls.map(async (u) => (await anonymous(u)).body));
    for (const { role, c } of clients) {
      for (const [i, u] of urls.entries()) {
        const res = await c.get(u);
        expect(res.statusCode, `${role} ${u}`).toBe(200);
        expect(res.body, `${role} ${u}`).toBe(expected[i]);
      }
    }
    expect(await dbSnapshot(t.db)).toEqual(before);
  });
});
