import crypto from 'node:crypto';
import { expect } from 'vitest';
import type { Db } from '../../src/db/database';
import { blankPlan } from '../../src/modules/movements/model/plan-builder';
import type { PlanContent } from '../../src/modules/movements/model/plan-content.schema';
import { buildMovement, buildPerson, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { loginAs, type Client, type TestApp } from '../helpers/test-app';

/**
 * A huyện running a CCHC movement (2024 until 2099, so it is open) with three criteria, and xã A and
 * xã B whose registrations the huyện approved; xã C registered but is still waiting. A second movement
 * ended on 31/12/2024, so results for it are past the deadline.
 */
export interface ResultsWorld {
  huyen: number;
  a: number;
  b: number;
  c: number;
  personA: number;
  personB: number;
  movement: number;
  ended: number;
  admin: Client;
}

export function resultsPlan(end: string): PlanContent {
  const issuer = 'ỦY BAN NHÂN DÂN HUYỆN TRÀ BỒNG';
  return blankPlan({
    issuerName: issuer,
    title: 'Phong trào thi đua cải cách hành chính',
    period: { start: { kind: 'date', date: '2024-01-01' }, end },
    subjects: { collective: { label: null, text: 'Các xã, thị trấn', unitKinds: [] } },
    criteria: [
      { key: 'dung-han', label: 'a)', text: 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 90% trở lên', indicator: 'Hồ sơ đúng hạn', target: { measure: 'percent', comparator: 'gte', value: 90 } },
      { key: 'sang-kien', label: 'b)', text: 'Có sáng kiến được công nhận', indicator: 'Sáng kiến', target: { measure: 'boolean', value: true }, appliesTo: 'individual' },
      { key: 'tin-bai', label: 'c)', text: 'Đăng ít nhất 3 tin bài mỗi quý', indicator: 'Tin bài', target: { measure: 'count', comparator: 'gte', value: 3 }, period: 'quarter', appliesTo: 'both' },
    ],
  } as Parameters<typeof blankPlan>[0]);
}

async function register(admin: Client, movementId: number, unitId: number, personId: number | null, approve: boolean) {
  const res = await admin.put('/api/registrations', {
    movementId,
    unitId,
    commitments: 'Hoàn thành nhiệm vụ',
    entries: [{ subject: 'collective', targetTitle: 'tt_ldtt' }, ...(personId ? [{ subject: 'individual', personId, targetTitle: 'ldtt' }] : [])],
  });
  expect(res.statusCode, res.body).toBe(200);
  expect((await admin.post(`/api/registrations/${res.json().id}/submit`)).statusCode).toBe(200);
  if (approve) expect((await admin.post(`/api/registrations/${res.json().id}/approve`)).statusCode).toBe(200);
}

export async function buildResultsWorld(t: TestApp): Promise<ResultsWorld> {
  const huyen = await buildUnit(t.db, { name: 'Huyện Trà Bồng', kind: 'huyen' });
  const a = await buildUnit(t.db, { name: 'Xã An Lạc', parentId: huyen.id });
  const b = await buildUnit(t.db, { name: 'Xã Bến Súc', parentId: huyen.id });
  const c = await buildUnit(t.db, { name: 'Xã Cẩm Giang', parentId: huyen.id });
  const personA = await buildPerson(t.db, { unitId: a.id, fullName: 'Lê Văn An' });
  const personB = await buildPerson(t.db, { unitId: b.id, fullName: 'Võ Thị Bến' });
  const movement = (await buildMovement(t.db, { ownerUnitId: huyen.id, status: 'in_progress', content: resultsPlan('2099-12-31') })).movement.id;
  const ended = (await buildMovement(t.db, { ownerUnitId: huyen.id, status: 'in_progress', content: resultsPlan('2024-12-31') })).movement.id;
  const admin = await loginAs(t.app, (await buildUser(t.db, { role: 'admin', unitId: huyen.id })).username, TEST_PASSWORD);
  await register(admin, movement, a.id, personA.id, true);
  await register(admin, movement, b.id, personB.id, true);
  await register(admin, movement, c.id, null, false);
  return { huyen: huyen.id, a: a.id, b: b.id, c: c.id, personA: personA.id, personB: personB.id, movement, ended, admin };
}

export const userOn = async (t: TestApp, role: Parameters<typeof buildUser>[1]['role'], unitId: number) =>
  loginAs(t.app, (await buildUser(t.db, { role, unitId })).username, TEST_PASSWORD);

/** A tiny but well-formed PDF, and a 1×1 PNG. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
/** The start of a Windows executable, as a file named .pdf would carry it. */
export const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00', 'latin1'), Buffer.alloc(200, 0x41)]);

export function upload(client: Client, url: string, file: Buffer, filename: string, type = 'application/pdf') {
  const boundary = `----thidua${crypto.randomBytes(8).toString('hex')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head, 'utf8'), file, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return client.request({ method: 'POST', url, payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
}

export const resultBody = (w: ResultsWorld, over: Record<string, unknown> = {}) => ({
  movementId: w.movement,
  unitId: w.a,
  criterionKey: 'dung-han',
  period: '2024',
  value: { measure: 'percent', value: 95 },
  note: 'Theo báo cáo quý IV',
  ...over,
});

export const countRows = async (db: Db, table: 'results' | 'result_history' | 'evidence_files' | 'result_evidence') =>
  Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
