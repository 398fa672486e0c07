import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/seed/demo';
import { buildUser, TEST_PASSWORD } from '../factories';
import { loginAs, type TestApp, startTestApp } from '../helpers/test-app';

/** The demo's end of seed 002's 2024 cycle: what a user opening `npm start` finds at each stage. */
let t: TestApp;
let movementId: number;
const unitId = async (code: string) => (await t.db.selectFrom('units').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
beforeAll(async () => {
  t = await startTestApp();
  await seedDemoData(t.db);
  movementId = (await t.db.selectFrom('nomination_batches').select('movement_id').executeTakeFirstOrThrow()).movement_id;
}, 120_000);
afterAll(() => t?.close());

describe('demo commendation of seed 002', () => {
  it('shows the Giấy khen of the Giám đốc Sở on the public honour board, with its decision and achievement', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/public/honour?movementId=${movementId}&year=2024` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).toContain('520/QĐ-SLĐTBXH');
    expect(res.body).toContain('Giấy khen');
    expect(res.body).toContain('giảm thời gian giải quyết từ 20 xuống 12 ngày');
  });

  it('has a closed council session whose tally, computed from the secret ballots, is 4/4 for both nominees', async () => {
    const standing = await loginAs(t.app, (await buildUser(t.db, { role: 'standing', unitId: await unitId('BPC-SLDTBXH') })).username, TEST_PASSWORD);
    const list = (await standing.get('/api/council-sessions')).json() as { items: { id: number }[] };
    expect(list.items).toHaveLength(1);
    const session = (await standing.get(`/api/council-sessions/${list.items[0]!.id}`)).json() as { status: string; tally: { nominees: { agree: number; passed: boolean }[] } };
    expect(session.status).toBe('da_dong');
    expect(session.tally.nominees.map((n) => [n.agree, n.passed])).toEqual([
      [4, true],
      [4, true],
    ]);
  });

  it('leaves the Bằng khen in the tỉnh’s inbox and the award in the person’s history with 710.000 đ', async () => {
    const tinh = await loginAs(t.app, (await buildUser(t.db, { role: 'standing', unitId: await unitId('BPC') })).username, TEST_PASSWORD);
    const inbox = (await tinh.get('/api/decisions/inbox')).json() as { items: { addressedUnit: { id: number }; forwardedFromBatchId: number | null; nominationCount: number }[] };
    const tinhId = await unitId('BPC');
    expect(inbox.items.filter((b) => b.addressedUnit.id === tinhId)).toEqual([expect.objectContaining({ forwardedFromBatchId: expect.any(Number), nominationCount: 1 })]);
    const award = await t.db.selectFrom('awards').select(['person_id', 'prize_amount', 'decision_number']).executeTakeFirstOrThrow();
    const history = (await tinh.get(`/api/people/${award.person_id}/awards`)).json() as { items: { prizeAmount: number; decisionNumber: string }[] };
    expect(history.items).toEqual([expect.objectContaining({ prizeAmount: 710_000, decisionNumber: '520/QĐ-SLĐTBXH' })]);
  });
});
