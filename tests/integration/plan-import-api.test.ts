import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleAllows, roles, type Role } from '../../src/modules/auth/roles';
import { buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { dbSnapshot } from '../helpers/db-snapshot';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';
import { renderSeedDocx } from '../fixtures/plans/render-docx';

/**
 * POST /api/plan-imports reads a document into a draft and saves nothing; POST /api/plan-imports/save
 * creates a draft movement of a unit the user may write. Scope: every role on xã A; xã B is never
 * written (404 as if absent), roles without movements.write are refused (403).
 */
const seed = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/seeds', name));

function upload(c: Client, file: Uint8Array, filename = 'ke-hoach.docx') {
  const boundary = '----thidua-plan-import';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), Buffer.from(file), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return c.request({ method: 'POST', url: '/api/plan-imports', payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
}

let t: TestApp;
let a: number;
let b: number;
const clients = new Map<Role, Client>();

beforeAll(async () => {
  t = await startTestApp();
  const huyen = await buildUnit(t.db, { name: 'Huyện Dương Minh Châu', kind: 'huyen' });
  a = (await buildUnit(t.db, { name: 'Xã An Lạc', parentId: huyen.id })).id;
  b = (await buildUnit(t.db, { name: 'Xã Bến Súc', parentId: huyen.id })).id;
  for (const role of roles) {
    const user = await buildUser(t.db, { role, unitId: a });
    clients.set(role, await loginAs(t.app, user.username, TEST_PASSWORD));
  }
});
afterAll(() => t?.close());

const officer = () => clients.get('unit_officer')!;

describe('POST /api/plan-imports', () => {
  it('reads a .txt plan into a draft with sources and the normalised text, writing nothing', async () => {
    const before = await dbSnapshot(t.db);
    const res = await upload(officer(), seed('004_fc5f79a73a9cda40.txt'), 'ke-hoach.txt');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.kind).toBe('text');
    expect(body.content.header.issuerName).toBe('ỦY BAN NHÂN DÂN THỊ XÃ NINH HÒA');
    expect(body.content.awards[1].quota).toMatchObject({ mode: 'max', collectives: 10, individuals: 10 });
    const span = body.sources['header.signer.name'].span as [number, number];
    expect(body.text.slice(span[0], span[1])).toBe('Nguyễn Vĩnh Thạnh');
    expect(body.text).not.toContain('□');
    expect(await dbSnapshot(t.db)).toEqual(before);
  });

  it('reads a .docx rendering of a seed (heading styles, numbering, criteria table) like its text', async () => {
    const raw = seed('001_fa567a1bbf32afd0.txt');
    const text = (await upload(officer(), raw, 'x.txt')).json();
    const docx = await upload(officer(), await renderSeedDocx(raw.toString('utf8')), 'ke-hoach.pdf');
    expect(docx.statusCode, docx.body).toBe(200);
    expect(docx.json().kind).toBe('docx');
    expect(docx.json().content.criteria).toEqual(text.content.criteria);
    expect(docx.json().content.decision.header.number).toBe('54/QĐ-UBND');
  });

  const bad: [string, () => Promise<Uint8Array> | Uint8Array, number, RegExp][] = [
    ['an empty file', () => new Uint8Array(0), 400, /Tệp trống/u],
    ['a renamed zip that is not .docx', () => zipSync({ 'readme.txt': strToU8('xin chào') }), 415, /không phải văn bản Word/u],
    ['a binary file', () => Uint8Array.from({ length: 2000 }, (_, i) => (i * 7919) % 251), 415, /không phải|nhị phân/u],
    ['a text that is not a plan', () => strToU8('Danh sách đi chợ: gạo, mắm, muối.\nHẹn gặp lại.'), 400, /không phải là một kế hoạch/u],
    [
      'a report with numbered sections, not a plan',
      () => strToU8('ỦY BAN NHÂN DÂN XÃ AN LẠC\nBÁO CÁO\nKết quả cải cách hành chính năm 2024\nI. KẾT QUẢ ĐẠT ĐƯỢC\n1. Công tác chỉ đạo\nII. PHƯƠNG HƯỚNG\n- Tiếp tục thực hiện.'),
      400,
      /«Báo cáo», không phải kế hoạch/u,
    ],
    ['an image-only PDF', async () => {
      const pdf = await PDFDocument.create();
      pdf.addPage([595, 842]);
      return pdf.save();
    }, 400, /chỉ có hình ảnh/u],
    ['a 50 MB file', () => new Uint8Array(50 * 1_048_576 + 1).fill(0x41), 413, /vượt quá dung lượng|quá lớn/u],
  ];
  it.each(bad)('refuses %s with a Vietnamese message and saves nothing', async (_name, make, status, message) => {
    const before = await dbSnapshot(t.db);
    const res = await upload(officer(), await make(), 'ke-hoach.docx');
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().error.message).toMatch(message);
    expect(await dbSnapshot(t.db)).toEqual(before);
  });
});

describe('POST /api/plan-imports/save', () => {
  it('creates a draft movement of the owner unit from the reviewed content', async () => {
    const read = (await upload(officer(), seed('002_93e0bf7dbf697f89.txt'), 'k.txt')).json();
    const res = await officer().post('/api/plan-imports/save', { ownerUnitId: a, content: read.content });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'draft', title: read.content.title });
  });
});

describe.each([...roles])('scope: a user with role %s on xã A', (role) => {
  const writes = roleAllows(role, 'movements.write');
  it(`POST /api/plan-imports: ${writes ? '200' : '403'}, nothing written`, async () => {
    const before = await dbSnapshot(t.db);
    const res = await upload(clients.get(role)!, seed('000_cf2ccd11ccf38346.txt'), 'k.txt');
    expect(res.statusCode, res.body).toBe(writes ? 200 : 403);
    expect(await dbSnapshot(t.db)).toEqual(before);
  });
  it(`POST /api/plan-imports/save into xã B: ${writes ? '404' : '403'}, nothing written`, async () => {
    const content = (await upload(officer(), seed('000_cf2ccd11ccf38346.txt'), 'k.txt')).json().content;
    const before = await dbSnapshot(t.db);
    const res = await clients.get(role)!.post('/api/plan-imports/save', { ownerUnitId: b, content });
    expect(res.statusCode, res.body).toBe(writes ? 404 : 403);
    expect(res.body).not.toContain('Bến Súc');
    expect(await dbSnapshot(t.db)).toEqual(before);
  });
});
