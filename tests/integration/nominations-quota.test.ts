import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchDetailDto, NominationDto } from '../../src/modules/nominations/nominations.schema';
import { buildMovement, buildPerson } from '../factories';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { buildNominationWorld, fullSnapshot, newBatch, nominate, nominationPlan, type NominationWorld } from './nominations-fixtures';

/**
 * The law's own share (CSTĐCS ≤ 15% of those holding Lao động tiên tiến, floor-rounded) on a plan
 * offering titles, and a withdrawn nominee freeing its place for another form.
 */
let t: TestApp;
let w: NominationWorld;
let titles: number;

const ldtt = (personId: number, unitId: number) => ({
  catalogue_code: 'ldtt',
  award_name: 'Lao động tiên tiến',
  subject_kind: 'individual',
  person_id: personId,
  unit_id: unitId,
  nominee_name: `Người ${personId}`,
  year: 2025,
  decided_on: '2025-12-20',
});

beforeAll(async () => {
  t = await startTestApp();
  w = await buildNominationWorld(t);
  const content = nominationPlan('2099-12-15');
  content.awards.push({
    key: 'danh-hieu',
    label: null,
    text: null,
    form: 'danh_hieu',
    name: 'Danh hiệu thi đua',
    grantor: { title: 'Chủ tịch UBND huyện', unitId: null },
    recipients: 'individual',
    occasion: 'yearly',
    quota: { mode: 'none', collectives: null, individuals: null, percent: null, by: null, label: null, text: null },
    deadlineKeys: ['de-nghi'],
  });
  titles = (await buildMovement(t.db, { ownerUnitId: w.huyen, status: 'in_progress', content })).movement.id;
  // Six people of xã A already hold Lao động tiên tiến for 2025: 15% × 6 = 0,9 → 0 places for CSTĐCS.
  for (let i = 0; i < 6; i++) {
    const p = await buildPerson(t.db, { unitId: w.a });
    await t.db.insertInto('awards').values(ldtt(p.id, w.a)).execute();
  }
});
afterAll(async () => t.close());

describe('the law’s quota and withdrawals', () => {
  let batch: BatchDetailDto;
  let cstdcs: NominationDto;

  it('takes a title by its catalogue code and refuses a form that does not match the offer', async () => {
    batch = (await newBatch(w.officerA, { movementId: titles, year: 2025, proposingUnitId: w.a, awardKey: 'danh-hieu' })) as BatchDetailDto;
    const wrong = await w.officerA.post(`/api/nomination-batches/${batch.id}/nominations`, { subjectKind: 'individual', personId: w.people.an, awardKey: 'danh-hieu' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toBe('«Danh hiệu thi đua» là danh hiệu thi đua: chọn danh hiệu cụ thể.');
    cstdcs = (await nominate(w.officerA, batch.id, { subjectKind: 'individual', personId: w.people.an, awardKey: 'danh-hieu', catalogueCode: 'cstdcs' })) as NominationDto;
    expect(cstdcs).toMatchObject({ catalogueCode: 'cstdcs', awardName: 'Danh hiệu thi đua' });
    const patched = await w.officerA.patch(`/api/nominations/${cstdcs.id}`, { version: cstdcs.version, overrideReason: 'Sáng kiến đang chờ Hội đồng công nhận' });
    expect(patched.statusCode, patched.body).toBe(200);
    cstdcs = patched.json();
  });

  it('refuses CSTĐCS over 15% of the LĐTT, floor-rounded, with nothing changed', async () => {
    const before = await fullSnapshot(t.db);
    const res = await w.officerA.post(`/api/nomination-batches/${batch.id}/submit`, { version: batch.version });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe(
      'Vượt tỷ lệ theo quy định đối với «Chiến sĩ thi đua cơ sở»: 1 đề nghị, tối đa 0 (15% × 6 số cá nhân đạt danh hiệu Lao động tiên tiến của đơn vị, làm tròn xuống).',
    );
    expect(await fullSnapshot(t.db)).toEqual(before);
  });

  it('sends once a seventh LĐTT makes room for one (15% × 7 = 1,05 → 1)', async () => {
    const p = await buildPerson(t.db, { unitId: w.a });
    await t.db.insertInto('awards').values(ldtt(p.id, w.a)).execute();
    const res = await w.officerA.post(`/api/nomination-batches/${batch.id}/submit`, { version: batch.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('da_gui');
  });

  it('frees a withdrawn nominee for another award form; a stale version is refused', async () => {
    const other = await newBatch(w.officerA, { movementId: titles, year: 2025, proposingUnitId: w.a, awardKey: 'gk-huyen' });
    expect((await w.officerA.post(`/api/nomination-batches/${other.id}/nominations`, { subjectKind: 'individual', personId: w.people.an, awardKey: 'gk-huyen' })).statusCode).toBe(409);
    // Sending stored the verdict on the nomination: the version read before it is stale now.
    expect((await w.officerA.post(`/api/nominations/${cstdcs.id}/withdraw`, { version: cstdcs.version })).statusCode).toBe(409);
    cstdcs = (await w.officerA.get(`/api/nominations/${cstdcs.id}`)).json();
    expect(cstdcs.eligibility).not.toBeNull();
    const res = await w.officerA.post(`/api/nominations/${cstdcs.id}/withdraw`, { version: cstdcs.version, reason: 'Đề nghị hình thức khác' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'rut', statusLabel: 'Đã rút' });
    const again = await nominate(w.officerA, other.id, { subjectKind: 'individual', personId: w.people.an, awardKey: 'gk-huyen' });
    expect(again).toMatchObject({ catalogueCode: 'giay_khen:individual', status: 'de_nghi' });
    const history = await t.db.selectFrom('nomination_history').select(['action', 'reason']).where('nomination_id', '=', cstdcs.id).orderBy('id').execute();
    expect(history.at(-1)).toEqual({ action: 'withdraw', reason: 'Đề nghị hình thức khác' });
  });
});
