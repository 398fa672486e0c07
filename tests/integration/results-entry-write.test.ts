import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultDto } from '../../src/modules/results/results.schema';
import { buildPerson, buildUser, TEST_PASSWORD } from '../factories';
import { dbSnapshot } from '../helpers/db-snapshot';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';
import { buildResultsWorld, PDF, resultBody, upload, type ResultsWorld } from './results-fixtures';

/*
 * PUT /api/results writes in two statements (result-entry.queries.ts): what it must still write,
 * all of it, in its one transaction — the result, the history row of a change, the audit row with
 * what was and what is, the dashboard cell — and what it answers.
 */
let t: TestApp;
let w: ResultsWorld;
let dataDir: string;
let officer: Client;
let officerId: number;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-results-write-'));
  t = await startTestApp({ DATA_DIR: dataDir });
  w = await buildResultsWorld(t);
  const user = await buildUser(t.db, { role: 'unit_officer', unitId: w.a });
  officerId = user.id;
  officer = await loginAs(t.app, user.username, TEST_PASSWORD);
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const auditOf = (id: number) =>
  t.db.selectFrom('audit_log').select(['action', 'user_id', 'unit_id', 'before', 'after', 'request_id']).where('entity', '=', 'result').where('entity_id', '=', String(id)).orderBy('id').execute();
const cellOf = (unitId: number, period: string) =>
  t.db.selectFrom('dashboard_cells').select(['states', 'points']).where('movement_id', '=', w.movement).where('unit_id', '=', unitId).where('period', '=', period).executeTakeFirst();
const projection = () => t.db.selectFrom('dashboard_projections').select(['result_changes', 'projected_changes']).where('movement_id', '=', w.movement).executeTakeFirst();

describe('saving a result', () => {
  let created: ResultDto;

  it('creates the result with its audit row and dashboard cell, claiming the movement’s projection', async () => {
    expect(await projection()).toBeUndefined();
    const res = await officer.put('/api/results', resultBody(w));
    expect(res.statusCode, res.body).toBe(200);
    created = res.json();
    expect(created).toMatchObject({ unit: { id: w.a, name: 'Xã An Lạc' }, revision: 1, evidence: [], updatedBy: { id: officerId } });
    const [audit] = await auditOf(created.id);
    expect(audit).toMatchObject({
      action: 'result.create',
      user_id: officerId,
      unit_id: w.a,
      before: null,
      after: { movementId: w.movement, unitId: w.a, personId: null, criterionKey: 'dung-han', period: '2024', value: { measure: 'percent', value: 95 }, note: 'Theo báo cáo quý IV' },
    });
    expect(audit!.request_id).toBeTruthy();
    // Unit criteria of the plan: dung-han and tin-bai (sang-kien is for individuals).
    expect(await cellOf(w.a, '2024')).toEqual({ states: '1 ', points: [expect.any(Number), 0] });
    // The app projected its own write: the trigger counted nothing, so no rebuild is due.
    expect(await projection()).toEqual({ result_changes: 0, projected_changes: 0 });
  });

  it('changes it keeping the old value, with the audit row’s before and after, the new cell and the evidence already attached', async () => {
    expect((await upload(officer, `/api/results/${created.id}/evidence`, PDF, 'Báo cáo.pdf')).statusCode).toBe(200);
    const res = await officer.put('/api/results', resultBody(w, { value: { measure: 'percent', value: 85 }, note: null, revision: 1 }));
    expect(res.statusCode, res.body).toBe(200);
    const changed = res.json() as ResultDto;
    expect(changed).toMatchObject({ id: created.id, revision: 2, note: null, check: { met: false } });
    expect(changed.evidence.map((e) => [e.fileName, e.mime, e.uploadedBy?.id])).toEqual([['Báo cáo.pdf', 'application/pdf', officerId]]);
    expect(Number.isNaN(Date.parse(changed.evidence[0]!.uploadedAt))).toBe(false);

    const history = await t.db.selectFrom('result_history').selectAll().where('result_id', '=', created.id).execute();
    expect(history).toEqual([
      expect.objectContaining({ revision: 1, old_value: { measure: 'percent', value: 95 }, old_note: 'Theo báo cáo quý IV', changed_by: officerId, reason: null }),
    ]);
    const update = (await auditOf(created.id)).find((a) => a.action === 'result.update');
    expect(update).toMatchObject({
      user_id: officerId,
      unit_id: w.a,
      before: { value: { measure: 'percent', value: 95 }, note: 'Theo báo cáo quý IV', revision: 1 },
      after: { movementId: w.movement, unitId: w.a, personId: null, criterionKey: 'dung-han', period: '2024', value: { measure: 'percent', value: 85 }, note: null, revision: 2 },
    });
    expect((await cellOf(w.a, '2024'))!.states).toBe('0 ');
    expect(await projection()).toEqual({ result_changes: 0, projected_changes: 0 });
  });

  it('writes a person’s result without a dashboard cell', async () => {
    const before = await cellOf(w.a, '2024');
    const res = await officer.put('/api/results', resultBody(w, { criterionKey: 'sang-kien', personId: w.personA, value: { measure: 'boolean', value: true } }));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ person: { id: w.personA, fullName: 'Lê Văn An' }, revision: 1 });
    expect(await cellOf(w.a, '2024')).toEqual(before);
    expect(await projection()).toEqual({ result_changes: 0, projected_changes: 0 });
  });

  it('refuses a person of the unit who is not in its approved registration, changing nothing', async () => {
    const outsider = await buildPerson(t.db, { unitId: w.a, fullName: 'Trần Thị Ngoài' });
    const before = await dbSnapshot(t.db);
    const res = await officer.put('/api/results', resultBody(w, { criterionKey: 'sang-kien', personId: outsider.id, value: { measure: 'boolean', value: true } }));
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.message).toMatch(/Trần Thị Ngoài không có trong bản đăng ký thi đua đã duyệt của «Xã An Lạc»/);
    expect(await dbSnapshot(t.db)).toEqual(before);
  });

  it('refuses a second creation of the same result, changing nothing', async () => {
    const before = await dbSnapshot(t.db);
    const res = await officer.put('/api/results', resultBody(w));
    expect(res.statusCode, res.body).toBe(409);
    expect(await dbSnapshot(t.db)).toEqual(before);
  });
});
