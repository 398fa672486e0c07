import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocxText } from '../../src/documents/docx-read';
import type { BatchDetailDto, EligibilityDto, NominationDto } from '../../src/modules/nominations/nominations.schema';
import { todayInVietnam } from '../../src/modules/units/unit-period';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { buildNominationWorld, count, newBatch, nominate, reportText, type NominationWorld } from './nominations-fixtures';

const copied =
  'Trong năm, xã đã giải quyết 98% hồ sơ thủ tục hành chính đúng hạn, triển khai dịch vụ công trực tuyến toàn trình cho 45 thủ tục và tiếp nhận hồ sơ qua bưu chính công ích.';

let t: TestApp;
let w: NominationWorld;
let batch: BatchDetailDto;
const n = {} as Record<'an' | 'ky' | 'xa', NominationDto>;

const snapshot = async () => ({
  batches: await t.db.selectFrom('nomination_batches').select(['id', 'status', 'version', 'submitted_at']).orderBy('id').execute(),
  nominations: await t.db.selectFrom('nominations').select(['id', 'status', 'version', 'eligible', 'eligibility']).orderBy('id').execute(),
  history: await count(t.db, 'nomination_history'),
  audit: Number((await t.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
});

beforeAll(async () => {
  t = await startTestApp();
  w = await buildNominationWorld(t);
});
afterAll(async () => t.close());

describe('a batch (đợt đề nghị) and its nominees', () => {
  it('creates a draft addressed to the huyện that owns the movement, due on the plan’s deadline', async () => {
    batch = (await newBatch(w.officerA, { movementId: w.movement, year: 2025, proposingUnitId: w.a, awardKey: 'gk-huyen' })) as BatchDetailDto;
    expect(batch).toMatchObject({ status: 'nhap', year: 2025, dueOn: '2099-12-15', proposingUnit: { id: w.a }, addressedUnit: { id: w.huyen }, can: { edit: true, submit: true, review: false } });
    expect(batch.title).toBe('Đề nghị khen thưởng năm 2025 của Xã An Lạc (Giấy khen của Chủ tịch UBND huyện)');
    expect(batch.awardOffers.map((o) => o.key)).toEqual(['gk-huyen']);
    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'nomination_batch.create').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity_id: String(batch.id), unit_id: w.a });
  });

  it('refuses a due date other than the plan’s and a year outside the movement', async () => {
    const res = await w.officerA.post('/api/nomination-batches', { movementId: w.movement, year: 2025, proposingUnitId: w.a, awardKey: 'gk-huyen', dueOn: '2099-12-31' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('Hạn gửi đề nghị lấy theo kế hoạch');
    expect((await w.officerA.post('/api/nomination-batches', { movementId: w.movement, year: 2023, proposingUnitId: w.a })).statusCode).toBe(400);
  });

  it('adds individuals and the xã itself with the catalogue entry of the award form and a prefilled profile', async () => {
    n.an = await nominate(w.officerA, batch.id, { subjectKind: 'individual', personId: w.people.an, awardKey: 'gk-huyen', report: reportText(copied, 'Giải quyết 98% hồ sơ đúng hạn') }) as NominationDto;
    expect(n.an).toMatchObject({ catalogueCode: 'giay_khen:individual', nomineeName: 'Lê Văn An', unit: { id: w.a }, status: 'de_nghi', awardName: 'Giấy khen của Chủ tịch UBND huyện' });
    n.ky = await nominate(w.officerA, batch.id, { subjectKind: 'individual', personId: w.people.ky, awardKey: 'gk-huyen' }) as NominationDto;
    expect(n.ky.report.profile).toMatchObject({ fullName: 'Đinh Văn Kỷ', position: 'Công chức Địa chính', workplace: 'Xã An Lạc', gender: 'Nam' });
    n.xa = await nominate(w.officerA, batch.id, { subjectKind: 'collective', unitId: w.a, awardKey: 'gk-huyen', report: reportText(copied.replace('xã', 'đơn vị'), 'Giải quyết 98% hồ sơ đúng hạn') }) as NominationDto;
    expect(n.xa.catalogueCode).toBe('giay_khen:collective');
  });

  it('refuses a person of another xã and a second award form for the same nominee, naming them, with nothing changed', async () => {
    expect((await w.officerA.post(`/api/nomination-batches/${batch.id}/nominations`, { subjectKind: 'individual', personId: w.people.ben, awardKey: 'gk-huyen' })).statusCode).toBe(404);
    const other = await newBatch(w.officerA, { movementId: w.movement, year: 2025, proposingUnitId: w.a, title: 'Đợt bổ sung' });
    const before = await snapshot();
    const res = await w.officerA.post(`/api/nomination-batches/${other.id}/nominations`, { subjectKind: 'individual', personId: w.people.an, awardKey: 'gk-huyen' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/^«Lê Văn An» đã được đề nghị một hình thức khen thưởng trong phong trào này/);
    expect(await snapshot()).toEqual(before);
  });

  it('edits a report with the version read, and refuses a stale one', async () => {
    const res = await w.officerA.patch(`/api/nominations/${n.ky.id}`, { version: n.ky.version, report: { ...n.ky.report, ...reportText('Hoàn thành tốt nhiệm vụ địa chính', 'Hoàn thành tốt nhiệm vụ') } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().report.summary).toBe('Hoàn thành tốt nhiệm vụ');
    const stale = await w.officerA.patch(`/api/nominations/${n.ky.id}`, { version: n.ky.version, report: n.ky.report });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toBe('Dữ liệu đã được người khác sửa, tải lại');
    n.ky = res.json();
  });

  it('flags near-duplicate achievement reports on the batch', async () => {
    const detail = (await w.officerA.get(`/api/nomination-batches/${batch.id}`)).json() as BatchDetailDto;
    expect(detail.duplicates).toHaveLength(1);
    expect(detail.duplicates[0]).toMatchObject({ a: { id: n.an.id, name: 'Lê Văn An' }, b: { id: n.xa.id, name: 'Xã An Lạc' } });
    expect(detail.duplicates[0]!.similarity).toBeGreaterThanOrEqual(0.8);
  });

  it('previews eligibility with its trace: the disciplined official fails on the plan’s standard', async () => {
    const res = await w.officerA.get(`/api/nominations/${n.ky.id}/eligibility`);
    expect(res.statusCode, res.body).toBe(200);
    const ev = res.json() as EligibilityDto;
    expect(ev).toMatchObject({ status: 'fail', eligible: false, year: 2025 });
    expect(JSON.stringify(ev.trace)).toContain('khiển trách');
    const ok = (await w.officerA.get(`/api/nominations/${n.an.id}/eligibility`)).json() as EligibilityDto;
    expect(ok.eligible).not.toBe(false);
  });
});

describe('sending a batch', () => {
  it('refuses an ineligible nominee without a reason, with nothing changed', async () => {
    const before = await snapshot();
    const res = await w.officerA.post(`/api/nomination-batches/${batch.id}/submit`, { version: batch.version });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/^Chưa đủ tiêu chuẩn khen thưởng, cần ghi lý do đề nghị.*«Đinh Văn Kỷ»/);
    expect(res.json().error.message).not.toContain('Lê Văn An');
    expect(res.json().error.message).toContain('«Đinh Văn Kỷ» (Đinh Văn Kỷ bị kỷ luật khiển trách ngày 03/03/2025 — không đạt)');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a reason shorter than 10 characters, then sends with the reason recorded', async () => {
    expect((await w.officerA.patch(`/api/nominations/${n.ky.id}`, { version: n.ky.version, overrideReason: 'Có lý do' })).statusCode).toBe(400);
    const reason = 'Kỷ luật đã được xóa theo quyết định của huyện';
    const patched = await w.officerA.patch(`/api/nominations/${n.ky.id}`, { version: n.ky.version, overrideReason: reason });
    expect(patched.statusCode, patched.body).toBe(200);
    const res = await w.officerA.post(`/api/nomination-batches/${batch.id}/submit`, { version: batch.version, submissionNumber: '15/TTr-UBND' });
    expect(res.statusCode, res.body).toBe(200);
    batch = res.json();
    expect(batch).toMatchObject({ status: 'da_gui', submissionNumber: '15/TTr-UBND', can: { edit: false, submit: false } });
    const ky = batch.nominations.find((x) => x.id === n.ky.id)!;
    expect(ky).toMatchObject({ eligible: false, overrideReason: reason, eligibility: { status: 'fail' } });
    const history = await t.db.selectFrom('nomination_history').selectAll().where('nomination_id', '=', n.ky.id).orderBy('id').execute();
    expect(history.map((h) => h.action)).toEqual(['add', 'edit', 'override', 'edit', 'submit']);
    expect(history.at(-1)!.reason).toBe(reason);
    expect(await t.db.selectFrom('audit_log').select('action').where('action', '=', 'nomination_batch.submit').execute()).toHaveLength(1);
  });

  it('refuses a batch over the plan’s quota counted across batches to the same huyện, with nothing changed', async () => {
    const fromB = await newBatch(w.officerB, { movementId: w.movement, year: 2025, proposingUnitId: w.b, awardKey: 'gk-huyen' });
    expect((fromB as BatchDetailDto).addressedUnit.id).toBe(w.huyen);
    await nominate(w.officerB, fromB.id, { subjectKind: 'individual', personId: w.people.ben, awardKey: 'gk-huyen' });
    const before = await snapshot();
    const res = await w.officerB.post(`/api/nomination-batches/${fromB.id}/submit`, { version: fromB.version });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe(
      'Vượt số lượng đề nghị «Giấy khen của Chủ tịch UBND huyện» cho cá nhân: 3 đề nghị, tối đa 2 (không quá 2).',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a batch after the deadline with the date, with nothing changed', async () => {
    const late = await newBatch(w.officerA, { movementId: w.past, year: 2024, proposingUnitId: w.a, awardKey: 'gk-huyen' });
    expect((late as BatchDetailDto).dueOn).toBe('2024-01-10');
    await nominate(w.officerA, late.id, { subjectKind: 'individual', personId: w.people.dung, awardKey: 'gk-huyen' });
    const before = await snapshot();
    const res = await w.officerA.post(`/api/nomination-batches/${late.id}/submit`, { version: late.version });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toBe('Đã quá hạn gửi đề nghị khen thưởng: hạn cuối là ngày 10/01/2024.');
    expect(await snapshot()).toEqual(before);
  });
});

describe('review by the huyện', () => {
  it('returns the batch with a reason; only the huyện may', async () => {
    expect((await w.officerA.post(`/api/nomination-batches/${batch.id}/return`, { version: batch.version, reason: 'Thiếu biên bản' })).statusCode).toBe(403);
    const res = await w.reviewer.post(`/api/nomination-batches/${batch.id}/return`, { version: batch.version, reason: 'Bổ sung biên bản họp Hội đồng xã' });
    expect(res.statusCode, res.body).toBe(200);
    batch = res.json();
    expect(batch).toMatchObject({ status: 'tra_lai', returnReason: 'Bổ sung biên bản họp Hội đồng xã', can: { review: false } });
    const mine = (await w.officerA.get(`/api/nomination-batches/${batch.id}`)).json() as BatchDetailDto;
    expect(mine.can).toMatchObject({ edit: true, submit: true });
  });

  it('lets the xã fix and send again', async () => {
    const an = batch.nominations.find((x) => x.id === n.an.id)!;
    const edit = await w.officerA.patch(`/api/nominations/${an.id}`, { version: an.version, report: { ...an.report, summary: 'Giải quyết 98% hồ sơ đúng hạn; 45 thủ tục trực tuyến toàn trình' } });
    expect(edit.statusCode, edit.body).toBe(200);
    const res = await w.officerA.post(`/api/nomination-batches/${batch.id}/submit`, { version: batch.version });
    expect(res.statusCode, res.body).toBe(200);
    batch = res.json();
    expect(batch.status).toBe('da_gui');
    expect(await t.db.selectFrom('nomination_history').select('action').where('nomination_id', '=', an.id).where('action', '=', 'resubmit').execute()).toHaveLength(1);
  });

  it('publishes the list for 05 working days and takes comments only within the period', async () => {
    const res = await w.reviewer.post(`/api/nomination-batches/${batch.id}/notice`, { version: batch.version });
    expect(res.statusCode, res.body).toBe(200);
    batch = res.json();
    expect(batch).toMatchObject({ status: 'cong_khai', noticeFrom: todayInVietnam(), can: { comment: true } });
    expect(batch.noticeTo! >= batch.noticeFrom!).toBe(true);
    const comment = await w.officerA.post(`/api/nomination-batches/${batch.id}/comments`, { body: 'Đồng ý với danh sách', nominationId: n.an.id });
    expect(comment.statusCode, comment.body).toBe(200);
    expect(comment.json()).toMatchObject({ authorName: 'Người dùng thử', body: 'Đồng ý với danh sách', nominationId: n.an.id });
    // B neither proposes nor considers this batch: it does not see it at all.
    expect((await w.officerB.post(`/api/nomination-batches/${batch.id}/comments`, { body: 'Ý kiến' })).statusCode).toBe(404);

    await t.db.updateTable('nomination_batches').set({ notice_from: '2025-01-06', notice_to: '2025-01-10' }).where('id', '=', batch.id).execute();
    const before = await count(t.db, 'nomination_comments');
    const late = await w.officerA.post(`/api/nomination-batches/${batch.id}/comments`, { body: 'Ý kiến muộn' });
    expect(late.statusCode).toBe(422);
    expect(late.json().error.message).toBe('Chỉ nhận ý kiến trong thời gian công khai (từ ngày 06/01/2025 đến ngày 10/01/2025).');
    expect(await count(t.db, 'nomination_comments')).toBe(before);
    const list = (await w.reviewer.get(`/api/nomination-batches/${batch.id}/comments`)).json();
    expect(list).toMatchObject({ open: false, items: [{ body: 'Đồng ý với danh sách' }] });
  });

  it('wrote an audit row for each step', async () => {
    const actions = (await t.db.selectFrom('audit_log').select('action').where('action', 'like', 'nomination%').execute()).map((r) => r.action);
    for (const a of ['nomination_batch.create', 'nomination.create', 'nomination.update', 'nomination_batch.submit', 'nomination_batch.return', 'nomination_batch.notice', 'nomination_comment.create'])
      expect(actions).toContain(a);
  });
});

describe('documents', () => {
  it('renders the báo cáo thành tích of an individual, detailed and summary', async () => {
    const res = await w.officerA.get(`/api/nominations/${n.an.id}/report.docx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const text = readDocxText(res.rawPayload);
    for (const s of ['BÁO CÁO THÀNH TÍCH', 'Đề nghị tặng Giấy khen của Chủ tịch UBND huyện năm 2025', 'Lê Văn An', 'I. SƠ LƯỢC LÝ LỊCH', 'II. THÀNH TÍCH ĐẠT ĐƯỢC', 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', '98% hồ sơ'])
      expect(text).toContain(s);
    const summary = readDocxText((await w.officerA.get(`/api/nominations/${n.xa.id}/report.docx?version=summary`)).rawPayload);
    expect(summary).toContain('BÁO CÁO TÓM TẮT THÀNH TÍCH');
    expect(summary).toContain('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH');
    expect(summary).toContain('Tên tập thể đề nghị: Xã An Lạc');
    expect(summary).toContain('II. TÓM TẮT THÀNH TÍCH ĐẠT ĐƯỢC');
  });

  it('renders the danh sách đề nghị of the batch', async () => {
    const res = await w.reviewer.get(`/api/nomination-batches/${batch.id}/list.docx`);
    expect(res.statusCode, res.body).toBe(200);
    const text = readDocxText(res.rawPayload);
    for (const s of ['DANH SÁCH', 'Kèm theo Tờ trình số 15/TTr-UBND', 'STT', 'Tóm tắt thành tích', 'Xã An Lạc', 'Đinh Văn Kỷ', 'Công chức Địa chính, Xã An Lạc', 'Giải quyết 98% hồ sơ đúng hạn; 45 thủ tục trực tuyến toàn trình'])
      expect(text).toContain(s);
  });
});
