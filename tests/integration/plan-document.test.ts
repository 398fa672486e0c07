import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocxText } from '../../src/documents/docx-read';
import { roles, type Role } from '../../src/modules/auth/roles';
import { planContentSchema } from '../../src/modules/movements/model/plan-content.schema';
import { seedPlans } from '../../src/seed/plans';
import { buildMovement, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { dbSnapshot } from '../helpers/db-snapshot';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';
import { planOf } from './movements-fixtures';

/**
 * GET /api/movements/:id/versions/:versionNo/document.docx?part=plan|decision — the plan (or the
 * decision issuing it) as .docx, read back here. Visibility as for the JSON version: the owner's
 * subtree sees every version, units below see issued ones, a sibling xã sees nothing (404).
 */

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const seed001 = planContentSchema.parse(seedPlans.find((s) => s.source.startsWith('001'))!.content);

interface World {
  hIssued: number;
  hDraft: number;
  aIssued: number;
  aDraft: number;
  bIssued: number;
}
let t: TestApp;
let w: World;
const clients = new Map<Role, Client>();
let officerB: Client;

const url = (id: number, part?: string, versionNo = 1) => `/api/movements/${id}/versions/${versionNo}/document.docx${part ? `?part=${part}` : ''}`;
const text = (res: LightMyRequestResponse) => readDocxText(res.rawPayload);

beforeAll(async () => {
  t = await startTestApp();
  const huyen = await buildUnit(t.db, { name: 'Huyện Trà Bồng', kind: 'huyen' });
  const a = await buildUnit(t.db, { name: 'Xã An Lạc', parentId: huyen.id });
  const b = await buildUnit(t.db, { name: 'Xã Bến Súc', parentId: huyen.id });
  const mk = async (ownerUnitId: number, status: 'issued' | 'draft', content: ReturnType<typeof planOf>) => (await buildMovement(t.db, { ownerUnitId, status, content })).movement.id;
  w = {
    hIssued: await mk(huyen.id, 'issued', seed001),
    hDraft: await mk(huyen.id, 'draft', planOf({ title: 'Dự thảo huyện chưa công bố' })),
    aIssued: await mk(a.id, 'issued', planOf({ title: 'Thi đua cải cách hành chính xã An Lạc năm 2024', number: '12/KH-UBND', issuedOn: '2024-02-05', issuer: 'UBND XÃ AN LẠC' })),
    aDraft: await mk(a.id, 'draft', planOf({ title: 'Dự thảo kế hoạch xã An Lạc' })),
    bIssued: await mk(b.id, 'issued', planOf({ title: 'Kế hoạch xã Bến Súc', number: '3/KH-UBND', issuedOn: '2024-02-01', issuer: 'UBND XÃ BẾN SÚC' })),
  };
  for (const role of roles) {
    const user = await buildUser(t.db, { role, unitId: a.id });
    clients.set(role, await loginAs(t.app, user.username, TEST_PASSWORD));
  }
  const userB = await buildUser(t.db, { role: 'unit_officer', unitId: b.id });
  officerB = await loginAs(t.app, userB.username, TEST_PASSWORD);
});
afterAll(() => t?.close());

describe('downloading a plan as .docx', () => {
  it('serves the issued plan with its header, number, date, criteria and signer, named in Vietnamese', async () => {
    const res = await clients.get('unit_officer')!.get(url(w.aIssued));
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe(DOCX);
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('Kế hoạch 12-KH-UBND.docx')}`);
    expect(disposition).toContain('filename="Ke hoach 12-KH-UBND.docx"');
    const lines = text(res).split('\n');
    for (const l of [
      'UBND XÃ AN LẠC',
      'Số: 12/KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Ngày 05 tháng 02 năm 2024',
      'KẾ HOẠCH',
      'Thi đua cải cách hành chính xã An Lạc năm 2024',
      'a) Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 90% trở lên',
      'CHỦ TỊCH',
      'Hồ Văn Lâm',
    ])
      expect(lines).toContain(l);
  });

  it('serves the decision that issues seed 001 and the plan as its annex, to a xã below the huyện', async () => {
    const c = clients.get('individual')!;
    const decision = await c.get(url(w.hIssued, 'decision'));
    expect(decision.statusCode, decision.body.slice(0, 300)).toBe(200);
    expect(decodeURIComponent(String(decision.headers['content-disposition']).split("UTF-8''")[1]!)).toBe('Quyết định 54-QĐ-UBND.docx');
    const d = text(decision);
    for (const l of ['QUYẾT ĐỊNH', 'Số: 54/QĐ-UBND', 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TRÀ LÂM', 'QUYẾT ĐỊNH:', 'Điều 1. Ban hành kèm theo', 'Điều 3.', 'Võ Thị Mai Vỹ', '- Như Điều 3;'])
      expect(d).toContain(l);

    const annex = await c.get(url(w.hIssued, 'plan'));
    expect(annex.statusCode).toBe(200);
    expect(decodeURIComponent(String(annex.headers['content-disposition']).split("UTF-8''")[1]!)).toBe('Kế hoạch kèm theo Quyết định 54-QĐ-UBND.docx');
    const p = text(annex);
    expect(p).toContain('(Kèm theo Quyết định số 54/QĐ-UBND ngày 18/3/2024 của UBND xã Trà Lâm)');
    expect(p).toContain('IV. TIÊU CHÍ THI ĐUA, HÌNH THỨC, TIÊU CHUẨN KHEN THƯỞNG');
    expect(p).toContain('l) Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt tối thiểu 90%.');
    expect(p).not.toContain('Số:');
  });

  it('answers 404 in Vietnamese for part=decision of a plan issued without a decision, and for a missing version', async () => {
    const c = clients.get('unit_officer')!;
    const res = await c.get(url(w.aIssued, 'decision'));
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('Không tìm thấy quyết định ban hành kèm theo kế hoạch này.');
    const missing = await c.get(url(w.aIssued, 'plan', 9));
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('Không tìm thấy phiên bản 9 của kế hoạch.');
  });

  it('refuses an unknown part with a Vietnamese message, and anonymous callers', async () => {
    const bad = await clients.get('unit_officer')!.get(url(w.aIssued, 'annex'));
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Phần văn bản phải là');
    expect((await t.app.inject({ method: 'GET', url: url(w.aIssued) })).statusCode).toBe(401);
  });

  it('lets the owner’s unit print its own draft (as a draft: blank number and date)', async () => {
    const res = await clients.get('unit_officer')!.get(url(w.aDraft));
    expect(res.statusCode).toBe(200);
    expect(decodeURIComponent(String(res.headers['content-disposition']).split("UTF-8''")[1]!)).toBe('Kế hoạch (phiên bản 1).docx');
    expect(text(res)).toMatch(/Số:\s+\//);
  });

  it('hides xã A’s plans from a user of xã B: 404, as if they did not exist', async () => {
    for (const id of [w.aIssued, w.aDraft]) {
      const res = await officerB.get(url(id));
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
      expect(res.body).not.toContain('An Lạc');
    }
    expect((await officerB.get(url(w.bIssued))).statusCode).toBe(200);
  });
});

describe.each([...roles])('a user with role %s on xã A', (role) => {
  it.each([
    ['xã A’s issued plan', (x: World) => x.aIssued, 200],
    ['xã A’s draft', (x: World) => x.aDraft, 200],
    ['the huyện’s issued plan', (x: World) => x.hIssued, 200],
    ['the huyện’s draft', (x: World) => x.hDraft, 404],
    ['xã B’s issued plan', (x: World) => x.bIssued, 404],
  ] as const)('%s → %i, nothing written', async (_, pick, status) => {
    const before = await dbSnapshot(t.db);
    const res = await clients.get(role)!.get(url(pick(w)));
    expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
    if (status === 404) expect(res.body).not.toMatch(/Bến Súc|chưa công bố/);
    else expect(text(res)).not.toMatch(/Bến Súc|chưa công bố/);
    expect(await dbSnapshot(t.db)).toEqual(before);
  });
});
