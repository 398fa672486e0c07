import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/http/context';
import { evidencePath, sha256Of } from '../../src/modules/results/evidence-store';
import { attachEvidence } from '../../src/modules/results/evidence.service';
import type { DuplicatesResponse, ResultDto, ResultListResponse } from '../../src/modules/results/results.schema';
import { dbSnapshot } from '../helpers/db-snapshot';
import { startTestApp, type Client, type TestApp } from '../helpers/test-app';
import { buildResultsWorld, countRows, EXE, PDF, PNG, resultBody, upload, userOn, type ResultsWorld } from './results-fixtures';

const LIMIT = 8192;
let t: TestApp;
let w: ResultsWorld;
let dataDir: string;
let officerA: Client;
let officerB: Client;
let standing: Client;

/** Every file under DATA_DIR/evidence, temporaries included: a refused upload must leave none. */
function storedFiles(): string[] {
  const root = path.join(dataDir, 'evidence');
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name);
}

async function refused(call: () => Promise<{ statusCode: number; body: string; json(): unknown }>, status: number, message: RegExp) {
  const before = await dbSnapshot(t.db);
  const files = storedFiles();
  const res = await call();
  expect(res.statusCode, res.body).toBe(status);
  const error = (res.json() as { error: { code: string; message: string; fields?: Record<string, string> } }).error;
  expect(error.message).toMatch(message);
  expect(await dbSnapshot(t.db)).toEqual(before);
  expect(storedFiles()).toEqual(files);
  return error;
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-results-'));
  t = await startTestApp({ DATA_DIR: dataDir, UPLOAD_LIMIT_BYTES: String(LIMIT) });
  w = await buildResultsWorld(t);
  officerA = await userOn(t, 'unit_officer', w.a);
  officerB = await userOn(t, 'unit_officer', w.b);
  standing = await userOn(t, 'standing', w.huyen);
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('entering results', () => {
  let first: ResultDto;

  it('records a value, judges it against the plan’s target and keeps every earlier value', async () => {
    const res = await officerA.put('/api/results', resultBody(w));
    expect(res.statusCode, res.body).toBe(200);
    first = res.json();
    expect(first).toMatchObject({ unit: { id: w.a }, person: null, criterionKey: 'dung-han', period: '2024', revision: 1, valueText: '95%' });
    expect(first.check).toEqual({ met: true, reason: '95% ≥ 90% — đạt' });

    const changed = await officerA.put('/api/results', resultBody(w, { value: { measure: 'percent', value: 85.5 }, note: 'Sửa theo số liệu rà soát', revision: 1 }));
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ id: first.id, revision: 2, note: 'Sửa theo số liệu rà soát', check: { met: false } });
    const history = await t.db.selectFrom('result_history').selectAll().where('result_id', '=', first.id).execute();
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ revision: 1, old_value: { measure: 'percent', value: 95 }, old_note: 'Theo báo cáo quý IV' });
    const audit = await t.db.selectFrom('audit_log').select(['action', 'before']).where('entity', '=', 'result').where('entity_id', '=', String(first.id)).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['result.create', 'result.update']);
  });

  it('refuses a stale revision, changing nothing', async () => {
    await refused(() => officerA.put('/api/results', resultBody(w, { value: { measure: 'percent', value: 99 }, revision: 1 })), 409, /đã được lưu bởi người khác/);
  });

  it('refuses a value of the wrong kind or out of range with a Vietnamese message naming the value', async () => {
    const kind = await refused(() => officerA.put('/api/results', resultBody(w, { period: '2025', value: { measure: 'boolean', value: true } })), 400, /Giá trị.*tỷ lệ phần trăm/);
    expect(kind.fields).toHaveProperty('value.measure');
    const range = await refused(() => officerA.put('/api/results', resultBody(w, { period: '2025', value: { measure: 'percent', value: 120 } })), 400, /từ 0 đến 100%/);
    expect(range.fields).toHaveProperty('value.value');
  });

  it('refuses a result after the movement’s end with deadline_passed', async () => {
    const e = await refused(() => officerA.put('/api/results', resultBody(w, { movementId: w.ended })), 422, /quá thời hạn.*31\/12\/2024/);
    expect(e.code).toBe('deadline_passed');
  });

  it('takes results only from participants whose registration was approved, for criteria and periods of the plan', async () => {
    await refused(() => officerA.put('/api/results', resultBody(w, { unitId: w.c })), 404, /Không tìm thấy đơn vị/);
    await refused(() => standing.put('/api/results', resultBody(w, { unitId: w.c })), 409, /Xã Cẩm Giang.*chưa có bản đăng ký thi đua được duyệt/);
    await refused(() => officerA.put('/api/results', resultBody(w, { criterionKey: 'khong-co' })), 400, /không có tiêu chí «khong-co»/);
    await refused(() => officerA.put('/api/results', resultBody(w, { criterionKey: 'tin-bai', value: { measure: 'count', value: 4 } })), 400, /theo quý/);
    await refused(() => officerA.put('/api/results', resultBody(w, { period: '2023' })), 400, /ngoài thời gian của phong trào/);
    await refused(() => officerA.put('/api/results', resultBody(w, { personId: w.personA })), 400, /chỉ áp dụng cho tập thể/);
    await refused(() => officerA.put('/api/results', resultBody(w, { criterionKey: 'sang-kien', personId: w.personB, value: { measure: 'boolean', value: true } })), 400, /không thuộc «Xã An Lạc»/);
    const person = await officerA.put('/api/results', resultBody(w, { criterionKey: 'sang-kien', personId: w.personA, value: { measure: 'boolean', value: true } }));
    expect(person.statusCode, person.body).toBe(200);
    expect(person.json()).toMatchObject({ person: { id: w.personA, fullName: 'Lê Văn An' }, check: { met: true } });
    const quarter = await officerA.put('/api/results', resultBody(w, { criterionKey: 'tin-bai', period: '2024-Q3', value: { measure: 'count', value: 2 } }));
    expect(quarter.statusCode, quarter.body).toBe(200);
  });

  it('lists results by scope: A sees its own, the huyện sees both, filtered by unit and period', async () => {
    expect((await officerB.put('/api/results', resultBody(w, { unitId: w.b }))).statusCode).toBe(200);
    const ofA = (await officerA.get(`/api/movements/${w.movement}/results`)).json() as ResultListResponse;
    expect(new Set(ofA.items.map((i) => i.unit.id))).toEqual(new Set([w.a]));
    const all = (await standing.get(`/api/movements/${w.movement}/results`)).json() as ResultListResponse;
    expect(new Set(all.items.map((i) => i.unit.id))).toEqual(new Set([w.a, w.b]));
    const filtered = (await standing.get(`/api/movements/${w.movement}/results?unitId=${w.b}&period=2024`)).json() as ResultListResponse;
    expect(filtered.items.map((i) => [i.unit.id, i.criterionKey])).toEqual([[w.b, 'dung-han']]);
  });
});

describe('evidence files', () => {
  const resultOf = async (unitId: number) =>
    ((await standing.get(`/api/movements/${w.movement}/results?unitId=${unitId}&period=2024`)).json() as ResultListResponse).items.find((i) => i.criterionKey === 'dung-han')!;

  it('stores a PDF and a PNG by their SHA-256 and serves them only to readers of the result', async () => {
    const r = await resultOf(w.a);
    const res = await upload(officerA, `/api/results/${r.id}/evidence`, PDF, 'Báo cáo quý IV.pdf');
    expect(res.statusCode, res.body).toBe(200);
    const png = await upload(officerA, `/api/results/${r.id}/evidence`, PNG, 'ảnh chụp.png', 'image/png');
    expect(png.statusCode, png.body).toBe(200);
    const evidence = (png.json() as ResultDto).evidence;
    expect(evidence.map((e) => [e.fileName, e.mime, e.size])).toEqual([
      ['Báo cáo quý IV.pdf', 'application/pdf', PDF.length],
      ['ảnh chụp.png', 'image/png', PNG.length],
    ]);
    expect(fs.readFileSync(evidencePath(dataDir, sha256Of(PDF)))).toEqual(PDF);

    const got = await officerA.get(`/api/evidence/${evidence[0]!.fileId}`);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('Báo cáo quý IV.pdf')}`);
    expect(got.rawPayload).toEqual(PDF);
    expect((await standing.get(`/api/evidence/${evidence[0]!.fileId}`)).statusCode).toBe(200);
    expect((await officerB.get(`/api/evidence/${evidence[0]!.fileId}`)).statusCode).toBe(404);
  });

  it('refuses an executable renamed .pdf (415) and a file over the limit (413), storing nothing', async () => {
    const r = await resultOf(w.a);
    const e = await refused(() => upload(officerA, `/api/results/${r.id}/evidence`, EXE, 'bao-cao.pdf'), 415, /Tệp «bao-cao.pdf» không phải PDF, ảnh hoặc tệp Office/);
    expect(e.code).toBe('unsupported_media_type');
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(LIMIT + 1, 0x20)]);
    const b = await refused(() => upload(officerA, `/api/results/${r.id}/evidence`, big, 'lon.pdf'), 413, /vượt quá dung lượng tối đa/);
    expect(b.code).toBe('payload_too_large');
    await refused(() => upload(officerB, `/api/results/${r.id}/evidence`, PNG, 'x.png', 'image/png'), 404, /Không tìm thấy kết quả/);
  });

  it('leaves no file on disk when the transaction that would record it fails', async () => {
    const r = await resultOf(w.a);
    const fresh = Buffer.from('%PDF-1.4\n% chỉ dùng cho phép thử này\n%%EOF\n');
    const row = await t.db.selectFrom('users').innerJoin('user_roles', 'user_roles.user_id', 'users.id').select(['users.id', 'users.username', 'users.full_name']).where('user_roles.unit_id', '=', w.b).where('user_roles.role', '=', 'unit_officer').executeTakeFirstOrThrow();
    const unitB = await t.db.selectFrom('units').select(['path', 'name']).where('id', '=', w.b).executeTakeFirstOrThrow();
    const actorB: Actor = { userId: row.id, username: row.username, fullName: row.full_name, personId: null, roles: [{ role: 'unit_officer', unitId: w.b, unitPath: unitB.path, unitName: unitB.name }] };
    const before = await dbSnapshot(t.db);
    await expect(attachEvidence({ db: t.db, actor: actorB, requestId: 'test' }, dataDir, r.id, { buffer: fresh, fileName: 'x.pdf' })).rejects.toThrow(/Không tìm thấy/);
    expect(fs.existsSync(evidencePath(dataDir, sha256Of(fresh)))).toBe(false);
    expect(await dbSnapshot(t.db)).toEqual(before);
  });

  it('flags the same file submitted by two units to the huyện, and only to it', async () => {
    const rb = await resultOf(w.b);
    const filesBefore = await countRows(t.db, 'evidence_files');
    const res = await upload(officerB, `/api/results/${rb.id}/evidence`, PDF, 'bao-cao-ben-suc.pdf');
    expect(res.statusCode, res.body).toBe(200);
    expect(await countRows(t.db, 'evidence_files')).toBe(filesBefore);
    // B downloads the shared content under its own name, never A's.
    const got = await officerB.get(`/api/evidence/${(res.json() as ResultDto).evidence[0]!.fileId}`);
    expect(got.headers['content-disposition']).toContain('bao-cao-ben-suc.pdf');

    const dup = await standing.get(`/api/movements/${w.movement}/evidence-duplicates`);
    expect(dup.statusCode, dup.body).toBe(200);
    const body = dup.json() as DuplicatesResponse;
    expect(body.items).toHaveLength(1);
    expect(body.items[0]!.file.sha256).toBe(sha256Of(PDF));
    expect(body.items[0]!.units.map((u) => [u.unit.name, u.attachments.map((a) => a.fileName)])).toEqual([
      ['Xã An Lạc', ['Báo cáo quý IV.pdf']],
      ['Xã Bến Súc', ['bao-cao-ben-suc.pdf']],
    ]);
    expect((await officerA.get(`/api/movements/${w.movement}/evidence-duplicates`)).statusCode).toBe(403);
  });

  it('detaches a file, keeping the stored content and an audit row', async () => {
    const r = await resultOf(w.a);
    const pdf = r.evidence.find((e) => e.mime === 'application/pdf')!;
    const res = await officerA.delete(`/api/results/${r.id}/evidence/${pdf.fileId}`);
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as ResultDto).evidence.map((e) => e.mime)).toEqual(['image/png']);
    expect(fs.existsSync(evidencePath(dataDir, pdf.sha256))).toBe(true);
    const audit = await t.db.selectFrom('audit_log').select('action').where('action', '=', 'result.evidence_remove').execute();
    expect(audit).toHaveLength(1);
    await refused(() => officerA.delete(`/api/results/${r.id}/evidence/${pdf.fileId}`), 404, /Không tìm thấy tệp minh chứng/);
    // Once only B holds the file, nothing is flagged any more.
    expect(((await standing.get(`/api/movements/${w.movement}/evidence-duplicates`)).json() as DuplicatesResponse).items).toEqual([]);
  });
});
