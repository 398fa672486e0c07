import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../../helpers/test-app';
import { account, actOn, docxText, ok, peopleOf, registerApproved, report, runCouncil, startScenario, type Scenario } from './steps';

/**
 * Seed 002, Sở LĐTBXH Bình Phước, year 2024, through HTTP end to end: Phòng Lao động – Việc làm
 * registers and proposes itself for the Bằng khen of the Chủ tịch UBND tỉnh and one of its people for
 * the Giấy khen of the Giám đốc Sở; Phòng Người có công proposes itself, but its head was disciplined
 * (khiển trách, 03/05/2024), so it is excluded. Dossiers are due before 15/12. The Sở's council votes,
 * the Giám đốc grants the Giấy khen, the Bằng khen goes up to the tỉnh, whose inbox shows it.
 */
const SOURCE = '002_93e0bf7dbf697f89.txt';
let t: TestApp;
let s: Scenario;
let so: number, ldvl: number, ncc: number, tinh: number;
let officerLdvl: Client, officerNcc: Client, standingSo: Client, leaderSo: Client, standingTinh: Client, leaderNcc: Client;
let author: { id: number; full_name: string };

beforeAll(async () => {
  t = await startTestApp();
  s = await startScenario(t, SOURCE);
  so = s.unit('BPC-SLDTBXH').id;
  ldvl = s.unit('BPC-SLDTBXH-LDVL').id;
  ncc = s.unit('BPC-SLDTBXH-NCC').id;
  tinh = s.unit('BPC').id;
  officerLdvl = await account(t, 'unit_officer', ldvl);
  officerNcc = await account(t, 'unit_officer', ncc);
  standingSo = await account(t, 'standing', so);
  leaderSo = await account(t, 'leader', so);
  leaderNcc = await account(t, 'leader', ncc);
  standingTinh = await account(t, 'standing', tinh);
  // The author of the Sở's recognised initiative (demo inputs), rated HTXSNV for 2024 by the Sở.
  author = await t.db
    .selectFrom('initiative_authors as a')
    .innerJoin('initiatives as i', 'i.id', 'a.initiative_id')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .select(['p.id', 'p.full_name'])
    .where('i.unit_id', '=', ldvl)
    .orderBy('p.id')
    .executeTakeFirstOrThrow();
  await t.db.updateTable('annual_ratings').set({ rating: 'HTXSNV' }).where('person_id', '=', author.id).where('year', '=', 2024).execute();
}, 120_000);
afterAll(async () => {
  vi.useRealTimers();
  await t?.close();
});

describe('seed 002: Sở LĐTBXH Bình Phước, 2024', () => {
  let batchLdvl: { id: number; version: number };
  let nominee: { collective: number; individual: number };

  it('registers Phòng Lao động – Việc làm and Phòng Người có công with the Sở', async () => {
    actOn('2024-03-01');
    await registerApproved(officerLdvl, standingSo, s.movement, ldvl);
    await registerApproved(officerNcc, standingSo, s.movement, ncc);
  });

  it('excludes Phòng Người có công: its head was disciplined (khiển trách) on 03/05/2024', async () => {
    actOn('2024-12-05');
    const batch = ok<{ id: number; version: number; dueOn: string; addressedUnit: { id: number } }>(await officerNcc.post('/api/nomination-batches', { movementId: s.movement, year: 2024, proposingUnitId: ncc, awardKey: 'giay-khen-so' }));
    expect(batch.dueOn).toBe('2024-12-14');
    expect(batch.addressedUnit.id).toBe(so);
    const n = ok<{ id: number }>(await officerNcc.post(`/api/nomination-batches/${batch.id}/nominations`, { subjectKind: 'collective', unitId: ncc, awardKey: 'giay-khen-so', report: report('Giải quyết 100% hồ sơ người có công đúng hạn.', 'Hoàn thành tốt nhiệm vụ') }));
    const check = ok<{ status: string; eligible: boolean | null; trace: { sentence: string; children: { sentence: string }[] }[] }>(await officerNcc.get(`/api/nominations/${n.id}/eligibility`));
    expect(check.eligible).toBe(false);
    const sentences = JSON.stringify(check.trace);
    expect(sentences).toContain('khiển trách');
    expect(sentences).toContain('03/05/2024');
    // Without a reason the ineligible collective cannot go forward; nothing is sent.
    const refused = await officerNcc.post(`/api/nomination-batches/${batch.id}/submit`, { version: batch.version });
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().error.message).toMatch(/tiêu chuẩn|lý do/);
    expect((await t.db.selectFrom('nomination_batches').select('status').where('id', '=', batch.id).executeTakeFirstOrThrow()).status).toBe('nhap');
    ok(await officerNcc.post(`/api/nominations/${n.id}/withdraw`, { version: 1, reason: 'Lãnh đạo phòng bị kỷ luật khiển trách năm 2024' }));
  });

  it('proposes Phòng Lao động – Việc làm for the Bằng khen of the tỉnh and its initiative author for the Giấy khen of the Sở', async () => {
    actOn('2024-12-05');
    batchLdvl = ok(await officerLdvl.post('/api/nomination-batches', { movementId: s.movement, year: 2024, proposingUnitId: ldvl }));
    const collective = ok<{ id: number; version: number; eligible: boolean | null }>(
      await officerLdvl.post(`/api/nomination-batches/${batchLdvl.id}/nominations`, {
        subjectKind: 'collective',
        unitId: ldvl,
        awardKey: 'bang-khen-tinh',
        report: report('Rút ngắn thời gian giải quyết hồ sơ trợ cấp thất nghiệp từ 20 xuống 12 ngày; 85% hồ sơ nộp trực tuyến.', 'Dẫn đầu khối phòng về cải cách hành chính'),
      }),
    );
    const individual = ok<{ id: number; version: number }>(
      await officerLdvl.post(`/api/nomination-batches/${batchLdvl.id}/nominations`, {
        subjectKind: 'individual',
        personId: author.id,
        awardKey: 'giay-khen-so',
        report: report('Tác giả sáng kiến tiếp nhận hồ sơ trợ cấp thất nghiệp trực tuyến toàn trình.', 'Sáng kiến cấp cơ sở năm 2024'),
      }),
    );
    nominee = { collective: collective.id, individual: individual.id };
    const personCheck = ok<{ eligible: boolean | null; trace: unknown }>(await officerLdvl.get(`/api/nominations/${individual.id}/eligibility`));
    expect(JSON.stringify(personCheck.trace)).toContain('215/QĐ-SLĐTBXH');
    expect(personCheck.eligible).not.toBe(false);
    // Whatever the engine cannot judge from data (qualitative clauses) is left to the council; an
    // ineligible verdict needs a recorded reason, which the unit gives for the collective if asked.
    const collCheck = ok<{ eligible: boolean | null }>(await officerLdvl.get(`/api/nominations/${collective.id}/eligibility`));
    if (collCheck.eligible === false) ok(await officerLdvl.patch(`/api/nominations/${collective.id}`, { version: collective.version, overrideReason: 'Ban Thi đua – Khen thưởng tỉnh đã phân bổ chỉ tiêu cho Sở' }));
    const detail = ok<{ version: number }>(await officerLdvl.get(`/api/nomination-batches/${batchLdvl.id}`));
    const sent = ok<{ status: string }>(await officerLdvl.post(`/api/nomination-batches/${batchLdvl.id}/submit`, { version: detail.version, submissionNumber: '12/TTr-LĐVL' }));
    expect(sent.status).toBe('da_gui');
  });

  it('refuses a proposal after 15/12', async () => {
    actOn('2024-12-16');
    const late = ok<{ id: number; version: number }>(await officerNcc.post('/api/nomination-batches', { movementId: s.movement, year: 2024, proposingUnitId: ncc, awardKey: 'giay-khen-so' }));
    const person = (await peopleOf(t, ncc)).find((p) => !p.is_unit_head)!;
    ok(await officerNcc.post(`/api/nomination-batches/${late.id}/nominations`, { subjectKind: 'individual', personId: person.id, awardKey: 'giay-khen-so' }));
    const v = ok<{ version: number }>(await officerNcc.get(`/api/nomination-batches/${late.id}`)).version;
    const res = await officerNcc.post(`/api/nomination-batches/${late.id}/submit`, { version: v });
    // "trước ngày 15/12": the last day to send is 14/12.
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.message).toContain('14/12/2024');
    expect((await t.db.selectFrom('nomination_batches').select('status').where('id', '=', late.id).executeTakeFirstOrThrow()).status).toBe('nhap');
  });

  it('puts both to the Sở council, whose members vote in secret; the Giám đốc grants the Giấy khen, the Bằng khen goes to the tỉnh', async () => {
    actOn('2024-12-18');
    const leaders = (await peopleOf(t, s.unit('BPC-SLDTBXH-VP').id)).slice(0, 2);
    const others = [(await peopleOf(t, s.unit('BPC-SLDTBXH-KHTC').id))[0]!, (await peopleOf(t, s.unit('BPC-SLDTBXH-TTR').id))[0]!];
    const people = [...leaders, ...others];
    const roles = ['chu_tich', 'thu_ky', 'uy_vien', 'uy_vien'];
    const members = await Promise.all(people.map(async (p, i) => ({ personId: p.id, role: roles[i]!, client: await account(t, 'council_member', so, p.id) })));
    const council = await runCouncil(standingSo, { unitId: so, movementId: s.movement, meetingOn: '2024-12-18', nominationIds: [nominee.collective, nominee.individual] }, members);
    expect(council.detail.status).toBe('da_dong');
    expect(council.detail.tally!.nominees.map((n) => [n.nominationId, n.agree, n.passed])).toEqual([
      [nominee.collective, 4, true],
      [nominee.individual, 4, true],
    ]);
    const minutes = await docxText(standingSo, `/api/council-sessions/${council.id}/tally-minutes.docx`);
    expect(minutes).toContain('Kiểm phiếu xét đề nghị khen thưởng');
    expect(minutes).toContain(author.full_name);

    // Within the Giám đốc's authority: the Giấy khen. Above it: the Bằng khen goes to the tỉnh.
    const forwarded = await standingSo.post('/api/decisions/forward', { unitId: so, nominationIds: [nominee.collective], submissionNumber: '301/TTr-SLĐTBXH' });
    expect(forwarded.statusCode, forwarded.body).toBe(200);
    const draft = ok<{ id: number; totalAmount: number; items: { prizeAmount: number; nominationId: number }[] }>(
      await standingSo.post('/api/decisions', { unitId: so, nominationIds: [nominee.individual], submissionNumber: '300/TTr-VP', submissionDate: '2024-12-18' }),
    );
    // Giấy khen cá nhân: 0,3 × 2.340.000 đ = 702.000 đ, rounded up to the next 10.000 đ (NĐ 98/2023 Điều 54).
    expect(draft.items.map((i) => i.prizeAmount)).toEqual([710_000]);
    const byOther = await leaderNcc.post(`/api/decisions/${draft.id}/sign`, { number: '521/QĐ-SLĐTBXH', signedOn: '2024-12-20', signerName: 'Trần Văn Khải', signerTitle: 'Giám đốc' });
    expect(byOther.statusCode).toBeGreaterThanOrEqual(403);
    expect(await t.db.selectFrom('awards').select('id').where('movement_id', '=', s.movement).execute()).toHaveLength(0);
    const signed = ok<{ status: string }>(await leaderSo.post(`/api/decisions/${draft.id}/sign`, { number: '521/QĐ-SLĐTBXH', signedOn: '2024-12-20', signerName: 'Trần Văn Khải', signerTitle: 'Giám đốc' }));
    expect(signed.status).toBe('da_ban_hanh');
    const history = ok<{ items: { awardName: string; decisionNumber: string; prizeAmount: number }[] }>(await officerLdvl.get(`/api/people/${author.id}/awards`));
    // The demo already holds this person's award of the demo cycle (520); the scenario's is added.
    const granted = history.items.find((a) => a.decisionNumber === '521/QĐ-SLĐTBXH');
    expect(granted).toMatchObject({ prizeAmount: 710_000 });
    expect(granted!.awardName).toContain('Giấy khen');

    const inbox = ok<{ items: { id: number; proposingUnit: { id: number }; dueOn: string | null }[] }>(await standingTinh.get('/api/decisions/inbox'));
    expect(inbox.items.map((b) => b.proposingUnit.id)).toContain(so);
  });
});
