import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocxText } from '../../src/documents/docx-read';
import { buildMovement } from '../factories';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { agreedBatch, buildDecisionWorld, decisionSnapshot, draftBody, signBody, xaBatch, type DecisionWorld } from './decisions-fixtures';

let t: TestApp;
let w: DecisionWorld;
let batch: { batchId: number; nominationIds: number[] };
let decisionId: number;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildDecisionWorld(t);
  batch = await xaBatch(t.db, w);
});
afterAll(() => t?.close());

const giayKhen = () => batch.nominationIds.slice(0, 4);
const bangKhen = () => batch.nominationIds.slice(4);

describe('a xã decides its own Giấy khen (seed 003: 01 tập thể, 03 cá nhân)', () => {
  it('lists agreed nominations: four the xã may grant, two for the Chủ tịch UBND tỉnh', async () => {
    const res = await w.clients.standingXa.get(`/api/decisions/candidates?unitId=${w.xa}`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { nominationId: number; canGrant: boolean; forwardTo: { id: number; grantorTitle: string } | null; grantorTitle: string }[];
    expect(items.filter((i) => i.canGrant).map((i) => i.nominationId)).toEqual(giayKhen());
    expect(items.find((i) => i.canGrant)!.grantorTitle).toBe('Chủ tịch Ủy ban nhân dân xã Mỹ Thạnh');
    const up = items.filter((i) => !i.canGrant);
    expect(up.map((i) => i.forwardTo?.id)).toEqual([w.tinh, w.tinh]);
    expect(up[0]!.forwardTo!.grantorTitle).toBe('Chủ tịch Ủy ban nhân dân tỉnh Bình Phước');
    // Considered by the council, not yet decided: still in the xã's worklist.
    const inbox = await w.clients.standingXa.get('/api/decisions/inbox');
    expect(inbox.json().items).toContainEqual(expect.objectContaining({ batchId: batch.batchId, status: 'da_xet', dueOn: '2024-11-25', overdue: false }));
  });

  it('refuses to draft an award beyond the xã’s authority, naming who holds it', async () => {
    const before = await decisionSnapshot(t.db);
    const res = await w.clients.standingXa.post('/api/decisions', draftBody(w.xa, batch.nominationIds));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('Phạm Hữu Phúc — Bằng khen của Chủ tịch UBND tỉnh: Xã Mỹ Thạnh không có thẩm quyền; thẩm quyền thuộc Chủ tịch Ủy ban nhân dân tỉnh Bình Phước');
    expect(res.json().error.fields.nominationIds).toBeDefined();
    expect(await decisionSnapshot(t.db)).toEqual(before);
  });

  it('drafts the decision with the tờ trình and prizes at 2.340.000 đ, rounded up to 10.000 đ', async () => {
    const res = await w.clients.standingXa.post('/api/decisions', draftBody(w.xa, giayKhen()));
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    decisionId = d.id;
    expect(d).toMatchObject({ status: 'du_thao', submissionNumber: '45/TTr-UBND', submissionDate: '2024-12-12', grantorCode: 'chu_tich_ubnd_xa', baseSalary: 2_340_000, totalAmount: 3_540_000 });
    expect(d.items.map((i: { nomineeName: string; prizeAmount: number }) => [i.nomineeName, i.prizeAmount])).toEqual([
      ['Ấp Mỹ Hòa', 1_410_000],
      ['Nguyễn Thị Lan', 710_000],
      ['Trần Văn Hùng', 710_000],
      ['Lê Thị Dung', 710_000],
    ]);
    expect(d.moneySource).toContain('Quỹ thi đua, khen thưởng của ủy ban nhân dân xã Mỹ Thạnh');
    expect(d.can).toEqual({ edit: true, sign: false });
    // A nomination sits in one decision only.
    const again = await w.clients.standingXa.post('/api/decisions', draftBody(w.xa, [giayKhen()[0]!]));
    expect(again.statusCode).toBe(400);
    expect(again.json().error.message).toContain('đã có trong một quyết định khác');
  });

  it('refuses the signature of anyone but the xã’s head, and changes nothing', async () => {
    const before = await decisionSnapshot(t.db);
    const byStanding = await w.clients.standingXa.post(`/api/decisions/${decisionId}/sign`, signBody());
    expect(byStanding.statusCode).toBe(403);
    const byProvince = await w.clients.leaderTinh.post(`/api/decisions/${decisionId}/sign`, signBody());
    expect(byProvince.statusCode).toBe(403);
    expect(byProvince.json().error.message).toBe('Bạn không có thẩm quyền ký quyết định khen thưởng này: thẩm quyền thuộc Chủ tịch Ủy ban nhân dân xã Mỹ Thạnh.');
    const bySo = await w.clients.leaderSo.post(`/api/decisions/${decisionId}/sign`, signBody());
    expect(bySo.statusCode).toBe(404);
    const early = await w.clients.leaderXa.post(`/api/decisions/${decisionId}/sign`, signBody({ signedOn: '2024-12-01' }));
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields.signedOn).toBe('Ngày ký phải từ 12/12/2024 trở đi');
    expect(await decisionSnapshot(t.db)).toEqual(before);
  });

  it('issues it: awards land in each person’s and unit’s history with exact amounts', async () => {
    const res = await w.clients.leaderXa.post(`/api/decisions/${decisionId}/sign`, signBody());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'da_ban_hanh', number: '120/QĐ-UBND', signedOn: '2024-12-20', signerName: 'Huỳnh Văn Tâm', signerTitle: 'Chủ tịch', totalAmount: 3_540_000 });
    const awards = await t.db.selectFrom('awards').selectAll().where('decision_id', '=', decisionId).orderBy('id').execute();
    expect(awards.map((a) => [a.nominee_name, a.catalogue_code, a.prize_amount, a.coefficient, a.year, a.decided_on, a.decision_number])).toEqual([
      ['Ấp Mỹ Hòa', 'giay_khen:collective', 1_410_000, '0.60', 2024, '2024-12-20', '120/QĐ-UBND'],
      ['Nguyễn Thị Lan', 'giay_khen:individual', 710_000, '0.30', 2024, '2024-12-20', '120/QĐ-UBND'],
      ['Trần Văn Hùng', 'giay_khen:individual', 710_000, '0.30', 2024, '2024-12-20', '120/QĐ-UBND'],
      ['Lê Thị Dung', 'giay_khen:individual', 710_000, '0.30', 2024, '2024-12-20', '120/QĐ-UBND'],
    ]);
    expect(awards[1]).toMatchObject({ award_name: 'Giấy khen', grantor_title: 'Chủ tịch Ủy ban nhân dân xã Mỹ Thạnh', achievement: 'Giải quyết 100% hồ sơ đúng hạn', person_id: w.people.lan });
    expect(awards[2]!.achievement).toBeNull();
    const statuses = await t.db.selectFrom('nominations').select(['id', 'status']).where('id', 'in', giayKhen()).execute();
    expect(statuses.every((s) => s.status === 'khen_thuong')).toBe(true);
    // Two agreed nominations still wait to go up: the batch is not decided yet.
    expect((await t.db.selectFrom('nomination_batches').select('status').where('id', '=', batch.batchId).executeTakeFirstOrThrow()).status).toBe('da_xet');

    const lan = await w.clients.standingXa.get(`/api/people/${w.people.lan}/awards`);
    expect(lan.json().items).toMatchObject([{ awardName: 'Giấy khen', decisionNumber: '120/QĐ-UBND', prizeAmount: 710_000, decidedOn: '2024-12-20', year: 2024 }]);
    const ap = await w.clients.standingXa.get(`/api/units/${w.ap}/awards`);
    expect(ap.json().items.map((a: { nomineeName: string }) => a.nomineeName).sort()).toEqual(['Nguyễn Thị Lan', 'Trần Văn Hùng', 'Ấp Mỹ Hòa'].sort());
    expect((await w.clients.standingSo.get(`/api/people/${w.people.lan}/awards`)).statusCode).toBe(404);
  });

  it('keeps an issued decision immutable', async () => {
    const before = await decisionSnapshot(t.db);
    const patch = await w.clients.standingXa.patch(`/api/decisions/${decisionId}`, { version: 2, title: 'Sửa' });
    expect(patch.statusCode).toBe(409);
    expect(patch.json().error.message).toContain('đã ban hành');
    expect((await w.clients.standingXa.delete(`/api/decisions/${decisionId}`)).statusCode).toBe(409);
    expect((await w.clients.leaderXa.post(`/api/decisions/${decisionId}/sign`, signBody({ number: '121/QĐ-UBND' }))).statusCode).toBe(409);
    expect(await decisionSnapshot(t.db)).toEqual(before);
  });

  it('writes one audit row per step', async () => {
    const rows = await t.db.selectFrom('audit_log').select(['action', 'unit_id', 'entity_id']).where('entity', '=', 'award_decision').orderBy('id').execute();
    expect(rows.map((r) => r.action)).toEqual(['decision.draft', 'decision.sign']);
    expect(rows.every((r) => r.unit_id === w.xa && r.entity_id === String(decisionId))).toBe(true);
  });
});

describe('khen cao: the xã forwards the Bằng khen to the province', () => {
  let upper: number;
  it('creates a batch addressed to the tỉnh, due on the plan’s 10/12, and moves the nominations', async () => {
    const res = await w.clients.standingXa.post('/api/decisions/forward', { unitId: w.xa, nominationIds: bangKhen(), submissionNumber: '46/TTr-UBND' });
    expect(res.statusCode, res.body).toBe(200);
    const [b] = res.json().batches;
    upper = b.id;
    expect(res.json().batches).toHaveLength(1);
    expect(b).toMatchObject({ addressedUnit: { id: w.tinh, name: 'Tỉnh Bình Phước' }, dueOn: '2024-12-10', nominationIds: bangKhen() });
    const row = await t.db.selectFrom('nomination_batches').selectAll().where('id', '=', upper).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ forwarded_from_batch_id: batch.batchId, proposing_unit_id: w.xa, status: 'da_gui', submission_number: '46/TTr-UBND', year: 2024 });
    const moved = await t.db.selectFrom('nominations').select(['batch_id', 'status']).where('id', 'in', bangKhen()).execute();
    expect(moved).toEqual([{ batch_id: upper, status: 'de_nghi' }, { batch_id: upper, status: 'de_nghi' }]);
    const history = await t.db.selectFrom('nomination_history').select(['action', 'batch_id', 'reason']).where('nomination_id', 'in', bangKhen()).execute();
    expect(history.map((h) => h.action)).toEqual(['chuyen_cap_tren', 'chuyen_cap_tren']);
    expect(history[0]!.reason).toContain(`#${batch.batchId}`);
    expect(history[0]!.batch_id).toBe(upper);
    // Everything of the xã's batch is now decided or gone up.
    expect((await t.db.selectFrom('nomination_batches').select('status').where('id', '=', batch.batchId).executeTakeFirstOrThrow()).status).toBe('da_quyet_dinh');
    expect((await t.db.selectFrom('audit_log').select('action').where('action', '=', 'nominations.forward').execute()).length).toBe(1);
  });

  it('prints the xã’s tờ trình to the Chủ tịch UBND tỉnh with the list, for both ends only', async () => {
    const res = await w.clients.standingTinh.get(`/api/decisions/forwarded/${upper}/submission.docx`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    const text = readDocxText(res.rawPayload);
    for (const s of ['ỦY BAN NHÂN DÂN XÃ MỸ THẠNH', 'Số: 46/TTr-UBND', 'TỜ TRÌNH', 'Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Bình Phước.', 'Ủy ban nhân dân xã Mỹ Thạnh kính trình', 'tặng Bằng khen của Chủ tịch UBND tỉnh cho 01 tập thể và 01 cá nhân', 'Phạm Hữu Phúc', '2.340.000', '4.680.000', 'TM. ỦY BAN NHÂN DÂN']) {
      expect(text).toContain(s);
    }
    expect((await w.clients.standingXa.get(`/api/decisions/forwarded/${upper}/submission.docx`)).statusCode).toBe(200);
    expect((await w.clients.standingSo.get(`/api/decisions/forwarded/${upper}/submission.docx`)).statusCode).toBe(404);
    expect((await w.clients.standingTinh.get(`/api/decisions/forwarded/${batch.batchId}/submission.docx`)).statusCode).toBe(404);
  });

  it('shows in the province’s inbox with its deadline and overdue flag, not in the xã’s', async () => {
    const res = await w.clients.standingTinh.get('/api/decisions/inbox');
    expect(res.statusCode, res.body).toBe(200);
    const item = res.json().items.find((i: { batchId: number }) => i.batchId === upper);
    expect(item).toMatchObject({ dueOn: '2024-12-10', overdue: true, nominationCount: 2, forwardedFromBatchId: batch.batchId, proposingUnit: { id: w.xa } });
    const xa = await w.clients.standingXa.get('/api/decisions/inbox');
    expect(xa.json().items.map((i: { batchId: number }) => i.batchId)).not.toContain(upper);
    // The xã's own batch, decided and forwarded, has left its worklist.
    expect(xa.json().items.map((i: { batchId: number }) => i.batchId)).not.toContain(batch.batchId);
    const decided = await w.clients.standingXa.get('/api/decisions/inbox?status=da_quyet_dinh');
    expect(decided.json().items.map((i: { batchId: number }) => i.batchId)).toContain(batch.batchId);
  });

  it('goes through the same steps there: the province’s council agrees, the Chủ tịch UBND tỉnh decides', async () => {
    await t.db.updateTable('nominations').set({ status: 'dong_y' }).where('batch_id', '=', upper).execute();
    await t.db.updateTable('nomination_batches').set({ status: 'da_xet' }).where('id', '=', upper).execute();
    const cands = await w.clients.standingTinh.get(`/api/decisions/candidates?unitId=${w.tinh}`);
    expect(cands.json().items.map((i: { canGrant: boolean }) => i.canGrant)).toEqual([true, true]);
    const draft = await w.clients.standingTinh.post('/api/decisions', draftBody(w.tinh, bangKhen(), { submissionNumber: '88/TTr-SNV' }));
    expect(draft.statusCode, draft.body).toBe(200);
    const signed = await w.clients.leaderTinh.post(`/api/decisions/${draft.json().id}/sign`, signBody({ number: '2501/QĐ-UBND', signedOn: '2024-12-28' }));
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().items.map((i: { prizeAmount: number }) => i.prizeAmount)).toEqual([2_340_000, 4_680_000]);
    expect(signed.json().totalAmount).toBe(7_020_000);
    expect((await t.db.selectFrom('nomination_batches').select('status').where('id', '=', upper).executeTakeFirstOrThrow()).status).toBe('da_quyet_dinh');
    const phuc = await w.clients.standingXa.get(`/api/people/${w.people.phuc}/awards`);
    expect(phuc.json().items).toMatchObject([{ awardName: 'Bằng khen của Chủ tịch UBND tỉnh', grantorTitle: 'Chủ tịch Ủy ban nhân dân tỉnh Bình Phước', prizeAmount: 2_340_000 }]);
  });

  it('refuses to forward what the unit may grant itself', async () => {
    const other = (await buildMovement(t.db, { ownerUnitId: w.xa, status: 'in_progress' })).movement.id;
    const b = await agreedBatch(t.db, w, { proposing: w.ap, addressed: w.xa, movement: other }, [{ code: 'giay_khen:individual', unitId: w.ap, personId: w.people.lan, name: 'Nguyễn Thị Lan' }]);
    const before = await decisionSnapshot(t.db);
    const res = await w.clients.standingXa.post('/api/decisions/forward', { unitId: w.xa, nominationIds: b.nominationIds });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('Xã Mỹ Thạnh có thẩm quyền tặng, hãy lập quyết định tại cấp này');
    expect(await decisionSnapshot(t.db)).toEqual(before);
  });
});

describe('the date of signing decides the authority (NĐ 152/2025 from 01/7/2025)', () => {
  it('a huyện may sign its Giấy khen on 30/6/2025, not once the huyện level has ended', async () => {
    const other = (await buildMovement(t.db, { ownerUnitId: w.huyen, status: 'in_progress' })).movement.id;
    const b = await agreedBatch(t.db, w, { proposing: w.xa, addressed: w.huyen, year: 2025, movement: other }, [
      { code: 'giay_khen:individual', unitId: w.xa, personId: w.people.dung, name: 'Lê Thị Dung' },
    ]);
    const draft = await w.clients.standingHuyen.post('/api/decisions', draftBody(w.huyen, b.nominationIds, { submissionDate: '2025-06-20', submissionNumber: '12/TTr-PNV' }));
    expect(draft.statusCode, draft.body).toBe(200);
    const id = draft.json().id as number;
    const before = await decisionSnapshot(t.db);
    const late = await w.clients.leaderHuyen.post(`/api/decisions/${id}/sign`, signBody({ signedOn: '2025-07-02', number: '55/QĐ-UBND' }));
    expect(late.statusCode).toBe(403);
    expect(late.json().error.message).toContain('Không có thẩm quyền tặng vào ngày ký 02/07/2025: Lê Thị Dung — Giấy khen: Huyện Giồng Trôm không có thẩm quyền');
    expect(late.json().error.fields.signedOn).toBeDefined();
    expect(await decisionSnapshot(t.db)).toEqual(before);
    const inTime = await w.clients.leaderHuyen.post(`/api/decisions/${id}/sign`, signBody({ signedOn: '2025-06-30', number: '55/QĐ-UBND' }));
    expect(inTime.statusCode, inTime.body).toBe(200);
    expect(inTime.json()).toMatchObject({ totalAmount: 710_000, grantorTitle: 'Chủ tịch Ủy ban nhân dân huyện Giồng Trôm' });
  });

  it('keeps decision numbers unique per unit', async () => {
    const other = (await buildMovement(t.db, { ownerUnitId: w.huyen, status: 'in_progress' })).movement.id;
    const b = await agreedBatch(t.db, w, { proposing: w.xa, addressed: w.huyen, year: 2025, movement: other }, [
      { code: 'giay_khen:individual', unitId: w.xa, personId: w.people.phuc, name: 'Phạm Hữu Phúc' },
    ]);
    const draft = await w.clients.standingHuyen.post('/api/decisions', draftBody(w.huyen, b.nominationIds, { submissionDate: '2025-06-20' }));
    const dup = await w.clients.leaderHuyen.post(`/api/decisions/${draft.json().id}/sign`, signBody({ signedOn: '2025-06-30', number: '55/QĐ-UBND' }));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.fields.number).toBe('Số quyết định đã được dùng');
    // A draft can still be discarded, which frees its nominations.
    expect((await w.clients.standingHuyen.delete(`/api/decisions/${draft.json().id}`)).statusCode).toBe(204);
    expect(await t.db.selectFrom('award_decision_items').select('nomination_id').where('nomination_id', 'in', b.nominationIds).execute()).toEqual([]);
  });
});
