import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { buildNominationWorld, newBatch, nominate, type NominationWorld } from './nominations-fixtures';

/** A plan running several years with yearly awards proposes the same person again each year, once a year. */
let t: TestApp;
let w: NominationWorld;
beforeAll(async () => {
  t = await startTestApp();
  w = await buildNominationWorld(t);
});
afterAll(() => t?.close());

describe('one award form per nominee per movement and year', () => {
  it('accepts Lê Văn An in 2024 and again in 2025, refuses a second 2025 nomination, and keeps the year through a move', async () => {
    const b2024 = await newBatch(w.officerA, { movementId: w.movement, year: 2024, proposingUnitId: w.a, awardKey: 'gk-huyen' });
    const b2025 = await newBatch(w.officerA, { movementId: w.movement, year: 2025, proposingUnitId: w.a, awardKey: 'gk-huyen' });
    const first = await nominate(w.officerA, b2024.id, { subjectKind: 'individual', personId: w.people.an, awardKey: 'gk-huyen' });
    const again = await nominate(w.officerA, b2025.id, { subjectKind: 'individual', personId: w.people.an, awardKey: 'gk-huyen' });
    expect(again.id).not.toBe(first.id);
    const rows = await t.db.selectFrom('nominations').select(['id', 'year']).where('person_id', '=', w.people.an).orderBy('id').execute();
    expect(rows.map((r) => r.year)).toEqual([2024, 2025]);

    const b2025bis = await newBatch(w.officerA, { movementId: w.movement, year: 2025, proposingUnitId: w.a, awardKey: 'gk-huyen', title: 'Đợt bổ sung' });
    const twice = await w.officerA.post(`/api/nomination-batches/${b2025bis.id}/nominations`, { subjectKind: 'individual', personId: w.people.an, awardKey: 'gk-huyen' });
    expect(twice.statusCode, twice.body).toBe(409);
    expect(twice.json().error.message).toContain('năm 2025');

    // The database holds the rule by itself: a row written past the service for the same year is refused.
    const direct = t.db
      .insertInto('nominations')
      .values({ batch_id: b2025bis.id, movement_id: w.movement, catalogue_code: 'giay_khen:individual', subject_kind: 'individual', person_id: w.people.an, unit_id: w.a, nominee_name: 'Lê Văn An', report: '{}' })
      .execute();
    await expect(direct).rejects.toMatchObject({ code: '23505' });
  });
});
