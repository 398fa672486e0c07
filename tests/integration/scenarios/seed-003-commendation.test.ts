import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../../helpers/test-app';
import { account, actOn, docxText, ok, peopleOf, registerApproved, report, runCouncil, startScenario, type Scenario } from './steps';

/**
 * Seed 003, xã Mỹ Thạnh (huyện Giồng Trôm), year 2019, through HTTP end to end. The plan: each year
 * the ngành, đoàn thể and ấp choose 01 tập thể and 03 cá nhân for the Ủy ban nhân dân xã (due 25/11),
 * and the xã's council chooses 01 tập thể and 01 cá nhân for the huyện (due at the huyện 10/12).
 */
const SOURCE = '003_01449c1526a0dd33.txt';
const XA = 'BTE-GIONGTROM-MYTHANH';
let t: TestApp;
let s: Scenario;
let xa: number, huyen: number, ap1: number, ap2: number;
let officerXa: Client, standingXa: Client, leaderXa: Client, standingHuyen: Client, leaderHuyen: Client;
let people: { id: number; full_name: string }[];

beforeAll(async () => {
  t = await startTestApp();
  s = await startScenario(t, SOURCE);
  xa = s.unit(XA).id;
  huyen = s.unit('BTE-GIONGTROM').id;
  ap1 = s.unit(`${XA}-AP1`).id;
  ap2 = s.unit(`${XA}-AP2`).id;
  officerXa = await account(t, 'unit_officer', xa);
  standingXa = await account(t, 'standing', xa);
  leaderXa = await account(t, 'leader', xa);
  standingHuyen = await account(t, 'standing', huyen);
  leaderHuyen = await account(t, 'leader', huyen);
  people = [...(await peopleOf(t, s.unit(`${XA}-VPTK`).id)), ...(await peopleOf(t, s.unit(`${XA}-DTN`).id)), ...(await peopleOf(t, s.unit(`${XA}-PN`).id))];
}, 120_000);
afterAll(async () => {
  vi.useRealTimers();
  await t?.close();
});

/** A council of three people of the units given (none of them nominated, so nobody stands aside). */
async function councilOf(unitCodes: string[], unitId: number) {
  const members = (await Promise.all(unitCodes.map((code) => peopleOf(t, s.unit(code).id)))).flat().slice(0, 3);
  expect(members).toHaveLength(3);
  const roles = ['chu_tich', 'pho_chu_tich', 'thu_ky', 'uy_vien', 'uy_vien'];
  return Promise.all(members.map(async (p, i) => ({ personId: p.id, role: roles[i]!, client: await account(t, 'council_member', unitId, p.id) })));
}

describe('seed 003: xã Mỹ Thạnh, 2019', () => {
  const ids = { xaCollective: 0, xaPeople: [] as number[], upCollective: 0, upPerson: 0 };
  let batch: { id: number; version: number; dueOn: string };

  it('registers two ấp with the xã', async () => {
    actOn('2019-02-15');
    await registerApproved(officerXa, standingXa, s.movement, ap1);
    await registerApproved(officerXa, standingXa, s.movement, ap2);
  });

  it('proposes 01 tập thể and 03 cá nhân for the xã and 01 + 01 for the huyện; a fourth cá nhân is over the quota', async () => {
    actOn('2019-11-20');
    batch = ok(await officerXa.post('/api/nomination-batches', { movementId: s.movement, year: 2019, proposingUnitId: xa, addressedUnitId: xa, awardKey: 'khen-thuong-xa' }));
    // "chậm nhất ngày 25/11": the 25th is the last day.
    expect(batch.dueOn).toBe('2019-11-25');
    const add = async (body: Record<string, unknown>) => ok<{ id: number }>(await officerXa.post(`/api/nomination-batches/${batch.id}/nominations`, { report: report('Thực hiện tốt cải cách hành chính tại địa phương.', 'Hoàn thành xuất sắc nhiệm vụ'), ...body })).id;
    ids.xaCollective = await add({ subjectKind: 'collective', unitId: ap1, awardKey: 'khen-thuong-xa' });
    for (const p of people.slice(0, 3)) ids.xaPeople.push(await add({ subjectKind: 'individual', personId: p.id, awardKey: 'khen-thuong-xa' }));
    ids.upCollective = await add({ subjectKind: 'collective', unitId: ap2, awardKey: 'khen-thuong-huyen' });
    ids.upPerson = await add({ subjectKind: 'individual', personId: people[3]!.id, awardKey: 'khen-thuong-huyen' });
    const fourth = await add({ subjectKind: 'individual', personId: people[4]!.id, awardKey: 'khen-thuong-xa' });

    const over = await officerXa.post(`/api/nomination-batches/${batch.id}/submit`, { version: ok<{ version: number }>(await officerXa.get(`/api/nomination-batches/${batch.id}`)).version });
    expect(over.statusCode, over.body).toBe(409);
    expect(over.json().error.message).toMatch(/cá nhân: 4 đề nghị, tối đa 3/);
    expect((await t.db.selectFrom('nomination_batches').select('status').where('id', '=', batch.id).executeTakeFirstOrThrow()).status).toBe('nhap');

    // Nominees the engine cannot judge from data go forward with the reason the xã records.
    const detail = ok<{ nominations: { id: number; version: number; eligible: boolean | null }[] }>(await officerXa.get(`/api/nomination-batches/${batch.id}`));
    ok(await officerXa.post(`/api/nominations/${fourth}/withdraw`, { version: detail.nominations.find((n) => n.id === fourth)!.version, reason: 'Vượt chỉ tiêu 03 cá nhân' }));
    for (const n of detail.nominations.filter((x) => x.id !== fourth)) {
      const check = ok<{ eligible: boolean | null }>(await officerXa.get(`/api/nominations/${n.id}/eligibility`));
      if (check.eligible === false) ok(await officerXa.patch(`/api/nominations/${n.id}`, { version: n.version, overrideReason: 'Hội đồng Thi đua, khen thưởng xã đã bình xét tại cơ sở' }));
    }
    const v = ok<{ version: number }>(await officerXa.get(`/api/nomination-batches/${batch.id}`)).version;
    expect(ok<{ status: string }>(await officerXa.post(`/api/nomination-batches/${batch.id}/submit`, { version: v, submissionNumber: '45/TTr-UBND' })).status).toBe('da_gui');
  });

  it('the xã council agrees; the Chủ tịch UBND xã grants 01 tập thể and 03 cá nhân; 01 + 01 go to the huyện by 10/12', async () => {
    actOn('2019-11-28');
    const all = [ids.xaCollective, ...ids.xaPeople, ids.upCollective, ids.upPerson];
    const council = await runCouncil(standingXa, { unitId: xa, movementId: s.movement, meetingOn: '2019-11-28', nominationIds: all }, await councilOf([`${XA}-MTTQ`, `${XA}-DTT`, `${XA}-ND`], xa));
    expect(council.detail.tally!.nominees.every((n) => n.passed)).toBe(true);
    const meeting = await docxText(standingXa, `/api/council-sessions/${council.id}/meeting-minutes.docx`);
    expect(meeting).toContain('BIÊN BẢN');
    expect(meeting).toContain(people[0]!.full_name);

    const up = ok<{ batches: { addressedUnit: { id: number }; dueOn: string; nominationIds: number[] }[] }>(await standingXa.post('/api/decisions/forward', { unitId: xa, nominationIds: [ids.upCollective, ids.upPerson], submissionNumber: '46/TTr-UBND' }));
    expect(up.batches).toEqual([{ id: expect.any(Number), addressedUnit: expect.objectContaining({ id: huyen }), dueOn: '2019-12-10', nominationIds: [ids.upCollective, ids.upPerson] }]);
    const draft = ok<{ id: number; items: { nominationId: number; prizeAmount: number }[]; totalAmount: number }>(
      await standingXa.post('/api/decisions', { unitId: xa, nominationIds: [ids.xaCollective, ...ids.xaPeople], submissionNumber: '47/TTr-VP', submissionDate: '2019-11-28' }),
    );
    expect(draft.items).toHaveLength(4);
    expect(draft.totalAmount).toBe(draft.items.reduce((sum, i) => sum + i.prizeAmount, 0));
    const signed = ok<{ status: string }>(await leaderXa.post(`/api/decisions/${draft.id}/sign`, { number: '120/QĐ-UBND', signedOn: '2019-11-29', signerName: 'Nguyễn Văn Thạnh', signerTitle: 'Chủ tịch' }));
    expect(signed.status).toBe('da_ban_hanh');
    const awards = await t.db.selectFrom('awards').select(['nominee_name', 'decision_number', 'prize_amount', 'unit_id']).where('decision_number', '=', '120/QĐ-UBND').execute();
    expect(awards).toHaveLength(4);
  });

  it('the huyện sees the dossier in its inbox due 10/12, its council agrees and the Chủ tịch UBND huyện grants the Giấy khen', async () => {
    actOn('2019-12-05');
    const inbox = ok<{ items: { batchId: number; dueOn: string | null; overdue: boolean; addressedUnit: { id: number }; forwardedFromBatchId: number | null; nominationCount: number }[] }>(await standingHuyen.get('/api/decisions/inbox'));
    const dossier = inbox.items.find((b) => b.addressedUnit.id === huyen)!;
    expect(dossier).toMatchObject({ dueOn: '2019-12-10', overdue: false, forwardedFromBatchId: batch.id, nominationCount: 2 });
    const council = await runCouncil(standingHuyen, { unitId: huyen, movementId: s.movement, meetingOn: '2019-12-12', nominationIds: [ids.upCollective, ids.upPerson] }, await councilOf(['BTE-GIONGTROM-NV', 'BTE-GIONGTROM'], huyen));
    expect(council.detail.tally!.nominees.map((n) => n.passed)).toEqual([true, true]);
    const draft = ok<{ id: number }>(await standingHuyen.post('/api/decisions', { unitId: huyen, nominationIds: [ids.upCollective, ids.upPerson], submissionNumber: '210/TTr-PNV', submissionDate: '2019-12-12' }));
    // The Chủ tịch UBND xã has no authority over the huyện's Giấy khen.
    const wrong = await leaderXa.post(`/api/decisions/${draft.id}/sign`, { number: '980/QĐ-UBND', signedOn: '2019-12-16', signerName: 'Nguyễn Văn Thạnh', signerTitle: 'Chủ tịch' });
    expect([403, 404]).toContain(wrong.statusCode);
    ok(await leaderHuyen.post(`/api/decisions/${draft.id}/sign`, { number: '980/QĐ-UBND', signedOn: '2019-12-16', signerName: 'Trần Văn Hai', signerTitle: 'Chủ tịch' }));
    const unitHistory = ok<{ items: { decisionNumber: string; awardName: string }[] }>(await standingXa.get(`/api/units/${ap2}/awards`));
    expect(unitHistory.items.map((a) => a.decisionNumber)).toEqual(['980/QĐ-UBND']);
    const decision = await docxText(standingHuyen, `/api/decisions/${draft.id}/decision.docx`);
    expect(decision).toContain('980/QĐ-UBND');
  });
});
