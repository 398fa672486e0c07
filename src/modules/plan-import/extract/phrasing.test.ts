import { describe, expect, it } from 'vitest';
import { parseDeadlines } from './deadlines';
import { parseQuota } from './quotas';
import { indexIn, parseTarget } from './targets';
import { extractReferences } from './references';

const target = (s: string) => parseTarget(s, indexIn(s))?.target ?? null;

describe('targets from phrasing', () => {
  it('reads the comparators the seeds use', () => {
    expect(target('tỷ lệ giao dịch thanh toán trực tuyến đạt từ 80% trở lên')).toMatchObject({ measure: 'percent', comparator: 'gte', value: 80 });
    expect(target('Mức độ hài lòng đạt tối thiểu 90%.')).toMatchObject({ measure: 'percent', comparator: 'gte', value: 90 });
    expect(target('Có tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%.')).toMatchObject({ measure: 'percent', comparator: 'gt', value: 98 });
    expect(target('100% thủ tục hành chính được công bố')).toMatchObject({ measure: 'percent', comparator: 'gte', value: 100 });
    expect(target('năm 2024 xếp thứ hạng thứ 5-6/16 xã, thị trấn')).toEqual({ measure: 'rank', comparator: 'between', value: 5, upper: 6, of: 16 });
    expect(target('chỉ số Cải cách hành chính (Par Index) thuộc nhóm 30 tỉnh dẫn đầu')).toEqual({ measure: 'rank', comparator: 'top_n', value: 30 });
    expect(target('Chỉ số PAR Inder xếp loại Tốt.')).toMatchObject({ measure: 'band', band: 'Tốt', comparator: 'gte' });
    expect(target('(SIPAS) cao hơn mức trung bình của cả nước')).toEqual({ measure: 'relative', comparator: 'gt', reference: 'national_average' });
  });

  it('reads phrasings no seed uses', () => {
    expect(target('tỷ lệ hồ sơ trễ hạn không quá 2%')).toMatchObject({ comparator: 'lte', value: 2 });
    expect(target('tỷ lệ đạt từ 70% đến 85% kế hoạch')).toMatchObject({ comparator: 'between', value: 70, upper: 85 });
    expect(target('xếp thứ 3/12 trở lên trong khối')).toEqual({ measure: 'rank', comparator: 'lte', value: 3, of: 12 });
    expect(target('ít nhất 95,5% cuộc gọi được trả lời')).toMatchObject({ comparator: 'gte', value: 95.5 });
    expect(target('nâng cao chất lượng phục vụ người dân')).toBeNull();
    expect(indexIn('Chỉ số PAPI của tỉnh')).toBe('PAPI');
  });
});

describe('quotas', () => {
  it('reads max, exact, allocated and discretionary quotas', () => {
    expect(parseQuota('không quá 10 tập thể và 10 cá nhân.')).toMatchObject({ mode: 'max', collectives: 10, individuals: 10 });
    expect(parseQuota('hàng năm sẽ chọn 01 tập thể, 03 cá nhân đề nghị')).toMatchObject({ mode: 'exact', collectives: 1, individuals: 3 });
    expect(parseQuota('tối đa 5 cá nhân')).toMatchObject({ mode: 'max', collectives: null, individuals: 5 });
    expect(parseQuota('không quá 20% số tập thể được đề nghị')).toMatchObject({ mode: 'max', percent: 20 });
    expect(parseQuota('(do Sở Nội vụ phân bổ chỉ tiêu theo quy định)')).toMatchObject({ mode: 'allocated', by: 'Sở Nội vụ' });
    expect(parseQuota('Giám đốc Sở quyết định số lượng chỉ tiêu')).toMatchObject({ mode: 'discretionary', by: 'Giám đốc Sở' });
    expect(parseQuota('khen thưởng kịp thời')).toBeNull();
  });
});

describe('deadlines', () => {
  const opts = { recurring: false, announcedHeading: false };
  it('reads yearly, dated, quarterly and announced-later deadlines', () => {
    const yearly = parseDeadlines('Hồ sơ đề nghị xét khen thưởng của các đơn vị gửi Văn phòng Sở trước ngày 15/12 hằng năm.', opts);
    expect(yearly).toMatchObject([{ due: { kind: 'yearly', day: 15, month: 12 }, strict: 'before', kind: 'submit_proposal', recipient: 'Văn phòng Sở' }]);
    const two = parseDeadlines('Thời gian đề nghị khen thưởng gửi về xã chậm nhất là ngày 25 tháng 11 và về huyện là ngày 10 tháng 12 hàng năm.', opts);
    expect(two.map((d) => [d.due, d.strict])).toEqual([
      [{ kind: 'yearly', day: 25, month: 11 }, 'by'],
      [{ kind: 'yearly', day: 10, month: 12 }, 'by'],
    ]);
    expect(parseDeadlines('gửi báo cáo về Phòng Nội vụ chậm nhất ngày 05/01/2025', opts)[0]?.due).toEqual({ kind: 'date', date: '2025-01-05' });
    expect(parseDeadlines('đồng thời gửi kế hoạch về UBND thị xã trong Quý I/2022.', opts)[0]).toMatchObject({ due: { kind: 'quarter', year: 2022, quarter: 1 }, kind: 'submit_plan' });
    expect(parseDeadlines('Thời gian đề nghị khen thưởng: có văn bản thông báo sau.', { ...opts, announcedHeading: true })[0]?.due).toEqual({ kind: 'announced_later' });
    // A day/month with no year and no recurrence is not a deadline we can date.
    expect(parseDeadlines('nộp trước ngày 30/6', opts)).toEqual([]);
  });
});

describe('references', () => {
  it('reads number, date, issuer and title of a citation', () => {
    const text = 'Căn cứ Kế hoạch số 301/KH-LĐLĐ ngày 08/3/2022 của Ban Thường vụ Liên đoàn Lao động tỉnh về phát động phong trào thi đua năm 2023.\nI. MỤC ĐÍCH';
    const [r] = extractReferences(text, 0, text.indexOf('I.'));
    expect(r).toMatchObject({ number: '301/KH-LĐLĐ', issuedOn: '2022-03-08', documentType: 'KH', relation: 'basis', issuer: 'Ban Thường vụ Liên đoàn Lao động tỉnh' });
    expect(r!.title).toBe('về phát động phong trào thi đua năm 2023');
  });
  it('canonicalises spaced numbers and reads party symbols', () => {
    const text = 'Thực hiện Chỉ thị số 05-CT/TU ngày 20/7/2021 của Ban Thường vụ Tỉnh ủy và Nghị định số 98 /2023/NĐ-CP ngày 31/12/2023 của Chính phủ;\nI. X';
    const refs = extractReferences(text, 0, text.indexOf('I.'));
    expect(refs.map((r) => [r.number, r.documentType, r.relation])).toEqual([
      ['05-CT/TU', 'CT', 'implements'],
      ['98/2023/NĐ-CP', 'NĐ', 'implements'],
    ]);
  });
});
