import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../../helpers/test-app';
import { account, actOn, ok, peopleOf, registerApproved, report, runCouncil, startScenario, type Scenario } from './steps';

/**
 * Seed 004, thị xã Ninh Hòa, year 2022, through HTTP end to end. A collective earns the Giấy khen of
 * the Chủ tịch UBND thị xã with > 90% of CCHC tasks on time, PAR Index xếp loại Tốt, SIPAS ≥ 90%,
 * hồ sơ đúng hạn > 98% and a recognised initiative; at most 10 tập thể and 10 cá nhân.
 * Phòng Nội vụ registers, reports its results, is appraised, and is found eligible clause by clause;
 * an eleventh collective is over the quota; the council votes and the Chủ tịch decides.
 */
const SOURCE = '004_fc5f79a73a9cda40.txt';
const TX = 'KHA-NINHHOA';
const OFFICES = ['NV', 'VP', 'TP', 'TCKH', 'KT', 'QLDT', 'TNMT', 'LDTBXH', 'VHTT', 'GDDT', 'YT'];
let t: TestApp;
let s: Scenario;
let tx: number, nv: number;
let officerNv: Client, standingTx: Client, leaderTx: Client;

beforeAll(async () => {
  t = await startTestApp();
  s = await startScenario(t, SOURCE);
  tx = s.unit(TX).id;
  nv = s.unit(`${TX}-NV`).id;
  officerNv = await account(t, 'unit_officer', nv);
  standingTx = await account(t, 'standing', tx);
  leaderTx = await account(t, 'leader', tx);
}, 120_000);
afterAll(async () => {
  vi.useRealTimers();
  await t?.close();
});

const RESULTS: [string, unknown][] = [
  ['nhiem-vu-dung-tien-do', { measure: 'percent', value: 95 }],
  ['par-index-tot', { measure: 'band', band: 'Tốt' }],
  ['sipas', { measure: 'percent', value: 91.2 }],
  ['ho-so-dung-han', { measure: 'percent', value: 99.1 }],
  ['sang-kien', { measure: 'boolean', value: true }],
];

describe('seed 004: thị xã Ninh Hòa, 2022', () => {
  const nominees: number[] = [];

  it('ten offices register, report their five results, self-assess and are appraised by the thị xã', async () => {
    for (const code of OFFICES.slice(0, 10)) {
      const unitId = s.unit(`${TX}-${code}`).id;
      const officer = code === 'NV' ? officerNv : await account(t, 'unit_officer', unitId);
      actOn('2022-03-10');
      await registerApproved(officer, standingTx, s.movement, unitId);
      actOn('2022-11-20');
      // Phòng Tài nguyên và Môi trường: SIPAS 85%, under the plan's 90%.
      const results = code === 'TNMT' ? RESULTS.map(([k, v]): [string, unknown] => (k === 'sipas' ? [k, { measure: 'percent', value: 85 }] : [k, v])) : RESULTS;
      for (const [criterionKey, value] of results) ok(await officer.put('/api/results', { movementId: s.movement, unitId, criterionKey, period: '2022', value, note: 'Báo cáo năm 2022' }));
      for (const [criterionKey] of RESULTS) ok(await officer.put('/api/assessments', { movementId: s.movement, unitId, criterionKey, period: '2022', selfPoints: 0, note: 'Đạt' }));
      ok(await officer.post(`/api/movements/${s.movement}/assessments/submit`, { unitId, period: '2022' }));
      const ids = await t.db.selectFrom('assessments').select('id').where('movement_id', '=', s.movement).where('unit_id', '=', unitId).execute();
      expect(ids).toHaveLength(5);
      for (const a of ids) ok(await standingTx.post(`/api/assessments/${a.id}/appraise`, { action: 'accept' }));
    }
  });

  it('finds Phòng Nội vụ eligible clause by clause, with the value and its source', async () => {
    actOn('2022-12-01');
    // The thị xã records the 2022 ratings of its offices (the law's standard reads them).
    for (const code of OFFICES) ok(await standingTx.put('/api/ratings', { subjectKind: 'unit', unitId: s.unit(`${TX}-${code}`).id, year: 2022, rating: 'HTTNV', source: 'Quyết định xếp loại năm 2022' }));
    const batch = ok<{ id: number; addressedUnit: { id: number } }>(await standingTx.post('/api/nomination-batches', { movementId: s.movement, year: 2022, proposingUnitId: tx, awardKey: 'giay-khen-thi-xa' }));
    expect(batch.addressedUnit.id).toBe(tx);
    for (const code of OFFICES) {
      const n = ok<{ id: number }>(await standingTx.post(`/api/nomination-batches/${batch.id}/nominations`, { subjectKind: 'collective', unitId: s.unit(`${TX}-${code}`).id, awardKey: 'giay-khen-thi-xa', report: report(`Thành tích cải cách hành chính năm 2022 của ${code}.`, `Tóm tắt ${code}`) }));
      nominees.push(n.id);
    }
    const check = ok<{ status: string; eligible: boolean | null; trace: unknown }>(await standingTx.get(`/api/nominations/${nominees[0]}/eligibility`));
    const trace = JSON.stringify(check.trace);
    expect(trace).toContain('91,2%');
    expect(trace).toContain('99,1%');
    expect(trace).toContain('Tốt');
    expect(trace).toContain('thẩm định');
    // Only the qualitative clauses are left to the council: no clause fails.
    expect(check.eligible).not.toBe(false);

    // Eleven collectives: over "không quá 10 tập thể"; nothing is sent.
    let v = ok<{ version: number }>(await standingTx.get(`/api/nomination-batches/${batch.id}`)).version;
    const over = await standingTx.post(`/api/nomination-batches/${batch.id}/submit`, { version: v });
    expect(over.statusCode, over.body).toBe(409);
    expect(over.json().error.message).toMatch(/tập thể: 11 đề nghị, tối đa 10/);
    const last = nominees.pop()!;
    ok(await standingTx.post(`/api/nominations/${last}/withdraw`, { version: 1, reason: 'Vượt chỉ tiêu 10 tập thể' }));
    // Phòng Tài nguyên và Môi trường is not eligible (SIPAS 85%): it goes forward only with a recorded reason.
    v = ok<{ version: number }>(await standingTx.get(`/api/nomination-batches/${batch.id}`)).version;
    const noReason = await standingTx.post(`/api/nomination-batches/${batch.id}/submit`, { version: v });
    expect(noReason.statusCode, noReason.body).toBe(409);
    expect(noReason.json().error.message).toContain('Phòng Tài nguyên và Môi trường');
    expect(noReason.json().error.message).toContain('Chỉ số hài lòng SIPAS năm 2022: 85% < 90% — không đạt');
    expect(noReason.json().error.message).not.toContain('Phòng Nội vụ');
    const tnmt = ok<{ nominations: { id: number; version: number; unit: { id: number } }[] }>(await standingTx.get(`/api/nomination-batches/${batch.id}`)).nominations.find((n) => n.unit.id === s.unit(`${TX}-TNMT`).id)!;
    ok(await standingTx.patch(`/api/nominations/${tnmt.id}`, { version: tnmt.version, overrideReason: 'Đơn vị có mô hình một cửa liên thông đất đai được tỉnh ghi nhận' }));
    v = ok<{ version: number }>(await standingTx.get(`/api/nomination-batches/${batch.id}`)).version;
    expect(ok<{ status: string }>(await standingTx.post(`/api/nomination-batches/${batch.id}/submit`, { version: v, submissionNumber: '150/TTr-NV' })).status).toBe('da_gui');
    const stored = await t.db.selectFrom('nominations').select(['unit_id', 'eligible', 'override_reason']).where('id', '=', tnmt.id).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ eligible: false, override_reason: 'Đơn vị có mô hình một cửa liên thông đất đai được tỉnh ghi nhận' });
  });

  it('the council agrees and the Chủ tịch UBND thị xã grants ten Giấy khen with the 2022 prize', async () => {
    actOn('2022-12-20');
    const members = (await peopleOf(t, s.unit(`${TX}-MTTQ`).id)).concat(await peopleOf(t, s.unit(`${TX}-CCB`).id)).slice(0, 3);
    const council = await runCouncil(
      standingTx,
      { unitId: tx, movementId: s.movement, meetingOn: '2022-12-20', nominationIds: nominees },
      await Promise.all(members.map(async (p, i) => ({ personId: p.id, role: ['chu_tich', 'thu_ky', 'uy_vien'][i]!, client: await account(t, 'council_member', tx, p.id) }))),
    );
    expect(council.detail.tally!.nominees.filter((n) => n.passed)).toHaveLength(10);
    const draft = ok<{ id: number; items: { prizeAmount: number }[]; totalAmount: number }>(await standingTx.post('/api/decisions', { unitId: tx, nominationIds: nominees, submissionNumber: '151/TTr-NV', submissionDate: '2022-12-21' }));
    expect(draft.items).toHaveLength(10);
    expect(new Set(draft.items.map((i) => i.prizeAmount)).size).toBe(1);
    expect(draft.totalAmount).toBe(draft.items[0]!.prizeAmount * 10);
    ok(await leaderTx.post(`/api/decisions/${draft.id}/sign`, { number: '3120/QĐ-UBND', signedOn: '2022-12-23', signerName: 'Nguyễn Văn Ninh', signerTitle: 'Chủ tịch' }));
    const history = ok<{ items: { decisionNumber: string; year: number }[] }>(await officerNv.get(`/api/units/${nv}/awards`));
    expect(history.items).toEqual([expect.objectContaining({ decisionNumber: '3120/QĐ-UBND', year: 2022 })]);
    const board = await t.app.inject({ method: 'GET', url: `/api/public/honour?movementId=${s.movement}&year=2022` });
    expect(board.statusCode, board.body).toBe(200);
    expect(board.body).toContain('Phòng Nội vụ');
  });
});
