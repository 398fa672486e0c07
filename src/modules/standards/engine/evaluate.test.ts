import { describe, expect, it } from 'vitest';
import { evaluate, flattenTrace } from './evaluate';
import { facts, nd152, nd98, nomineeOf, person, rule, unit } from './test-helpers';
import type { DisciplineFact, StandardsFacts, SubjectFacts } from './facts';

const run = (r: unknown, f: StandardsFacts, year = 2024, settings = nd98) => evaluate(rule(r), nomineeOf(f.self), year, f, settings);
const only = (r: unknown, f: StandardsFacts, year = 2024, settings = nd98) => run(r, f, year, settings).trace[0]!;
const kt = (decidedOn: string, extra: Partial<DisciplineFact> = {}): DisciplineFact => ({
  form: 'khien_trach',
  decidedOn,
  effectiveFrom: null,
  decisionNumber: '12/QĐ-SNV',
  source: null,
  ...extra,
});

describe('metric clauses', () => {
  const sipas = { kind: 'metric', index: 'SIPAS', indicator: 'Chỉ số SIPAS', target: { measure: 'percent', comparator: 'gte', value: 90 } };
  const unitWith = (value: number) =>
    facts(unit(1, 'UBND xã Mỹ Thạnh', { metrics: [{ index: 'SIPAS', indicator: null, year: 2022, value: { measure: 'percent', value }, source: 'Kết quả điều tra SIPAS 2022' }] }));

  it('says the index, the year, the value with a comma decimal and the verdict', () => {
    const c = only(sipas, unitWith(91.2), 2022);
    expect(c.status).toBe('pass');
    expect(c.sentence).toBe('SIPAS 2022 = 91,2% ≥ 90% — đạt');
    expect(c.value).toBe('91,2%');
    expect(c.source).toBe('Kết quả điều tra SIPAS 2022');
  });
  it('fails below the target and names the negated comparator', () => {
    const c = only(sipas, unitWith(89.95), 2022);
    expect(c.status).toBe('fail');
    expect(c.sentence).toBe('SIPAS 2022 = 89,95% < 90% — không đạt');
  });
  it('is missing, not failed, without a value for the year', () => {
    expect(only(sipas, unitWith(95), 2023).status).toBe('missing');
    expect(only(sipas, facts(unit(1, 'X')), 2022).sentence).toContain('chưa có dữ liệu');
  });
  it('reads the value of an index whose kind fits the target when the index is recorded several ways', () => {
    const band = { kind: 'metric', index: 'CCHC', indicator: 'Chỉ số CCHC', target: { measure: 'band', comparator: 'gte', band: 'Tốt', scale: ['Tốt', 'Khá', 'Trung bình', 'Yếu'] } };
    const score = { kind: 'metric', index: 'CCHC', indicator: 'Chỉ số CCHC', target: { measure: 'score', comparator: 'gte', value: 80 } };
    const f = facts(
      unit(1, 'X', {
        metrics: [
          { index: 'CCHC', indicator: null, year: 2024, value: { measure: 'rank', rank: 3, of: 16 }, source: null },
          { index: 'CCHC', indicator: null, year: 2024, value: { measure: 'band', band: 'Tốt' }, source: null },
          { index: 'CCHC', indicator: null, year: 2024, value: { measure: 'score', value: 84.5 }, source: null },
        ],
      }),
    );
    expect(only(band, f).status).toBe('pass');
    expect(only(score, f).sentence).toContain('84,5');
    expect(only(score, f).status).toBe('pass');
  });
  it('matches a named indicator ignoring case and diacritics', () => {
    const onTime = { kind: 'metric', indicator: 'Tỷ lệ hồ sơ đúng hạn', target: { measure: 'percent', comparator: 'gt', value: 98 } };
    const f = facts(unit(1, 'X', { metrics: [{ index: null, indicator: 'ty le ho so DUNG HAN', year: 2024, value: { measure: 'percent', value: 98 }, source: null }] }));
    const c = only(onTime, f);
    expect(c.status).toBe('fail');
    expect(c.sentence).toBe('Tỷ lệ hồ sơ đúng hạn 2024 = 98% ≤ 98% — không đạt');
  });
});

describe('criterion clauses', () => {
  const r = { kind: 'criterion', criterionKey: 'sipas' };
  it('uses the reason of the results module', () => {
    const f = facts(unit(1, 'X', { criteria: { sipas: { met: true, value: '91,2%', reason: '91,2% ≥ 90% — đạt', source: 'Thẩm định 2024' } } }));
    expect(only(r, f)).toMatchObject({ status: 'pass', sentence: 'Tiêu chí «sipas» năm 2024: 91,2% ≥ 90% — đạt', source: 'Thẩm định 2024' });
    const named = facts(unit(1, 'X', { criteria: { sipas: { label: 'Chỉ số SIPAS', met: false, value: '85%', reason: '85% < 90% — không đạt', source: null } } }));
    expect(only(r, named).sentence).toBe('Chỉ số SIPAS năm 2024: 85% < 90% — không đạt');
  });
  it('is pending while the value awaits appraisal, missing without a result', () => {
    expect(only(r, facts(unit(1, 'X', { criteria: { sipas: { met: null, value: '91%', reason: null, source: null } } }))).status).toBe('pending');
    expect(only(r, facts(unit(1, 'X', { criteria: {} }))).status).toBe('missing');
  });
});

describe('rating clauses', () => {
  const p = (ratings: SubjectFacts['ratings']) => facts(person(7, 'Nguyễn Văn An', { ratings }));
  it('accepts a better rating than required and says both', () => {
    const c = only({ kind: 'rating', atLeast: 'httnv' }, p([{ year: 2024, rating: 'htxsnv', source: 'QĐ đánh giá 2024' }]));
    expect(c.status).toBe('pass');
    expect(c.sentence).toBe('Xếp loại năm 2024: hoàn thành xuất sắc nhiệm vụ; yêu cầu hoàn thành tốt nhiệm vụ trở lên — đạt');
  });
  it('needs every year of a consecutive run', () => {
    const c = only({ kind: 'rating', atLeast: 'htxsnv', years: 2 }, p([{ year: 2023, rating: 'httnv', source: null }, { year: 2024, rating: 'htxsnv', source: null }]));
    expect(c.status).toBe('fail');
    expect(c.sentence).toContain('yêu cầu 02 năm liên tục hoàn thành xuất sắc nhiệm vụ — không đạt');
  });
  it('under NĐ 152/2025 does not count the years of a run up to the end of a discipline', () => {
    const f = facts(person(7, 'An', { ratings: [{ year: 2024, rating: 'htxsnv', source: null }, { year: 2025, rating: 'htxsnv', source: null }], discipline: [kt('2023-09-01')] }));
    const r = { kind: 'rating', atLeast: 'htxsnv', years: 2 };
    expect(only(r, f, 2025, nd98).status).toBe('pass');
    const c = only(r, f, 2025, nd152);
    expect(c.status).toBe('fail');
    expect(c.sentence).toBe(
      'Xếp loại 2024–2025: 2024 hoàn thành xuất sắc nhiệm vụ (trong thời hạn kỷ luật, không được tính), 2025 hoàn thành xuất sắc nhiệm vụ; yêu cầu 02 năm liên tục hoàn thành xuất sắc nhiệm vụ — không đạt',
    );
  });
  it('is missing when a year of the run has no rating and none fails', () => {
    expect(only({ kind: 'rating', atLeast: 'htnv', years: 2 }, p([{ year: 2024, rating: 'htnv', source: null }])).status).toBe('missing');
  });
});

describe('initiative clauses', () => {
  const init = (level: 'co_so' | 'tinh', recognisedOn: string) => ({
    id: 1,
    title: 'Số hóa hồ sơ một cửa',
    level,
    recognisedOn,
    recognisedBy: 'Hội đồng sáng kiến cơ sở',
    decisionNumber: '45/QĐ-SNV',
    source: null,
  });
  it('names the initiative, its decision and date', () => {
    const c = only({ kind: 'initiative' }, facts(person(1, 'Lê Thị Hoa', { initiatives: [init('co_so', '2024-05-03')] })));
    expect(c.status).toBe('pass');
    expect(c.sentence).toBe(
      'Lê Thị Hoa có sáng kiến «Số hóa hồ sơ một cửa» được Hội đồng sáng kiến cơ sở công nhận (Quyết định số 45/QĐ-SNV ngày 03/05/2024), phạm vi cơ sở — đạt',
    );
  });
  it('refuses a lower scope or another year, saying so', () => {
    const c = only({ kind: 'initiative', minLevel: 'tinh' }, facts(person(1, 'Lê Thị Hoa', { initiatives: [init('co_so', '2024-05-03')] })));
    expect(c.status).toBe('fail');
    expect(c.sentence).toContain('(có 01 sáng kiến phạm vi thấp hơn cấp tỉnh)');
    expect(only({ kind: 'initiative' }, facts(person(1, 'A', { initiatives: [init('co_so', '2023-05-03')] }))).status).toBe('fail');
    expect(only({ kind: 'initiative' }, facts(person(1, 'A'))).status).toBe('missing');
  });
  it('counts several initiatives over a window of years', () => {
    const r = { kind: 'initiative', count: 2, withinYears: 2 };
    const two = [init('co_so', '2023-02-01'), { ...init('tinh', '2024-09-09'), id: 2 }];
    expect(only(r, facts(person(1, 'A', { initiatives: two }))).status).toBe('pass');
    expect(only(r, facts(person(1, 'A', { initiatives: two.slice(0, 1) }))).sentence).toContain('chỉ có 01/02 sáng kiến');
  });
});

describe('discipline clauses', () => {
  const leaderRule = { kind: 'no_discipline', from: 'khien_trach', subject: 'leader' };
  const withLeader = (discipline: DisciplineFact[] | undefined) =>
    facts(unit(1, 'Phòng Lao động'), { leader: person(2, 'Trần Văn Bình', discipline ? { discipline } : {}) });

  it('fails the collective whose leader was disciplined, with the date in dd/mm/yyyy', () => {
    const c = only(leaderRule, withLeader([kt('2024-05-03')]));
    expect(c.status).toBe('fail');
    expect(c.sentence).toBe('Lãnh đạo đơn vị (Trần Văn Bình) bị kỷ luật khiển trách ngày 03/05/2024 — không đạt');
    expect(c.value).toBe('khiển trách, hiệu lực 03/05/2024–02/05/2025');
    expect(c.source).toBe('Quyết định số 12/QĐ-SNV');
  });
  it('counts a discipline whose effect reaches into the year, not one that ended before', () => {
    expect(only(leaderRule, withLeader([kt('2023-06-01')])).status).toBe('fail');
    expect(only(leaderRule, withLeader([kt('2022-06-01')])).status).toBe('pass');
    expect(only(leaderRule, withLeader([kt('2023-06-01', { effectiveTo: '2023-12-01' })])).status).toBe('pass');
  });
  it('reads a null end as no end, and knows the forms of the inputs module (bãi nhiệm)', () => {
    const c = only(leaderRule, withLeader([kt('2019-01-10', { form: 'buoc_thoi_viec', effectiveTo: null })]));
    expect(c.value).toBe('buộc thôi việc, hiệu lực 10/01/2019, không thời hạn');
    expect(only({ ...leaderRule, from: 'cach_chuc' }, withLeader([kt('2024-01-10', { form: 'bai_nhiem' })])).status).toBe('fail');
    expect(only({ ...leaderRule, from: 'giang_chuc' }, withLeader([kt('2023-03-01', { form: 'giang_chuc' })])).value).toBe('giáng chức, hiệu lực 01/03/2023–31/08/2024');
  });
  it('ignores lighter forms than the clause names', () => {
    expect(only({ ...leaderRule, from: 'canh_cao' }, withLeader([kt('2024-05-03')])).status).toBe('pass');
  });
  it('tells no records from no data', () => {
    expect(only(leaderRule, withLeader([])).status).toBe('pass');
    expect(only(leaderRule, withLeader(undefined)).status).toBe('missing');
    expect(only(leaderRule, facts(unit(1, 'X'))).sentence).toBe('Chưa có dữ liệu về lãnh đạo đơn vị — chưa có dữ liệu');
  });
  it('fails a collective with a disciplined member and names the member', () => {
    const f = facts(unit(1, 'Tổ một cửa'), {
      members: [person(3, 'Phạm An', { discipline: [] }), person(4, 'Võ Bến', { discipline: [kt('2024-02-10', { form: 'canh_cao' })] })],
    });
    const c = only({ kind: 'no_discipline', from: 'canh_cao', subject: 'members' }, f);
    expect(c.status).toBe('fail');
    expect(c.sentence).toBe('Võ Bến bị kỷ luật cảnh cáo ngày 10/02/2024 — không đạt');
  });
  it('holds the award while a discipline is pending, only under NĐ 152/2025', () => {
    const pending = [{ kind: 'discipline_review' as const, since: '2025-11-01', resolvedOn: null, note: null, source: 'Thông báo 5/TB' }];
    const f = facts(person(1, 'A', { discipline: [], pending }));
    const r = { kind: 'no_discipline', from: 'khien_trach' };
    expect(only(r, f, 2025, nd98).status).toBe('pass');
    const c = only(r, f, 2025, nd152);
    expect(c.status).toBe('fail');
    expect(c.sentence).toBe('A đang bị xem xét kỷ luật từ ngày 01/11/2025 — tạm dừng xét khen thưởng — không đạt');
  });
});

describe('title clauses', () => {
  const t = (year: number, status: 'granted' | 'proposed' = 'granted') => ({ year, title: 'cstdcs', status, decisionNumber: null, decidedOn: null, source: `QĐ ${year}` });
  const r = { kind: 'title', title: 'cstdcs', years: 3 };
  it('needs the consecutive years ending with the judged one', () => {
    const c = only(r, facts(person(1, 'An', { titles: [t(2022), t(2023), t(2024, 'proposed')] })));
    expect(c.status).toBe('pass');
    expect(c.sentence).toBe('An — danh hiệu Chiến sĩ thi đua cơ sở: 2022 đạt, 2023 đạt, 2024 đạt (đề nghị cùng đợt); yêu cầu 03 năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở — đạt');
    expect(only(r, facts(person(1, 'An', { titles: [t(2021), t(2023), t(2024)] }))).status).toBe('fail');
  });
  it('does not count a proposal when the settings say so', () => {
    const f = facts(person(1, 'An', { titles: [t(2022), t(2023), t(2024, 'proposed')] }));
    expect(only(r, f, 2024, { ...nd98, concurrentTitlesCount: false }).status).toBe('fail');
    expect(only(r, f, 2025, { ...nd98, titleWindowEndsAt: 'previous_year' }).status).toBe('fail');
    expect(only(r, facts(person(1, 'An', { titles: [t(2022), t(2023), t(2024)] })), 2025, { ...nd98, titleWindowEndsAt: 'previous_year' }).status).toBe('pass');
  });
  it('under NĐ 152/2025 drops the years up to the end of a discipline', () => {
    const f = facts(person(1, 'An', { titles: [t(2023), t(2024), t(2025)], discipline: [kt('2023-03-01')] }));
    expect(only({ ...r, years: 3 }, f, 2025, nd98).status).toBe('pass');
    const c = only({ ...r, years: 3 }, f, 2025, nd152);
    expect(c.status).toBe('fail');
    expect(c.sentence).toContain('2024 đạt nhưng trong thời hạn kỷ luật, không được tính');
  });
  it("keeps a one-year title in the judged year whatever the window setting", () => {
    const f = facts(person(1, 'An', { titles: [{ ...t(2024), title: 'ldtt' }] }));
    expect(only({ kind: 'title', title: 'ldtt' }, f, 2024, { ...nd98, titleWindowEndsAt: 'previous_year' }).status).toBe('pass');
  });
  it('counts non-consecutive years when allowed', () => {
    expect(only({ ...r, years: 2, consecutive: false }, facts(person(1, 'An', { titles: [t(2019), t(2023)] }))).status).toBe('pass');
  });
});

describe('member share clauses', () => {
  const ldtt = (id: number, has: boolean | null) =>
    person(id, `Người ${id}`, has === null ? {} : { titles: has ? [{ year: 2024, title: 'ldtt', status: 'granted', decisionNumber: null, decidedOn: null, source: null }] : [] });
  const r = { kind: 'member_share', title: 'ldtt', target: { measure: 'percent', comparator: 'gte', value: 70 } };
  const team = (flags: (boolean | null)[]) => facts(unit(1, 'Tổ'), { members: flags.map((f, i) => ldtt(i + 1, f)) });
  it('counts members with the title and compares the share', () => {
    const c = only(r, team([true, true, true, true, true, true, true, false, false, false]));
    expect(c.status).toBe('pass');
    expect(c.sentence).toBe('7/10 thành viên đạt danh hiệu Lao động tiên tiến năm 2024: 70% ≥ 70% — đạt');
    expect(only(r, team([true, true, false])).sentence).toBe('2/3 thành viên đạt danh hiệu Lao động tiên tiến năm 2024: 66,67% < 70% — không đạt');
  });
  it('is decided despite missing members when they cannot change it, missing otherwise', () => {
    expect(only(r, team([true, true, true, null])).status).toBe('pass');
    expect(only(r, team([false, false, true, null])).status).toBe('fail');
    expect(only(r, team([true, true, false, null])).status).toBe('missing');
    expect(only(r, facts(unit(1, 'Tổ'))).status).toBe('missing');
  });
  it('reads ratings too: 100% of members complete their tasks', () => {
    const rr = { kind: 'member_share', title: null, rating: 'htnv', target: { measure: 'percent', comparator: 'gte', value: 100 } };
    const m = (rating: 'htnv' | 'khtnv') => person(1, 'M', { ratings: [{ year: 2024, rating, source: null }] });
    expect(only(rr, facts(unit(1, 'T'), { members: [m('htnv'), m('htnv')] })).status).toBe('pass');
    expect(only(rr, facts(unit(1, 'T'), { members: [m('htnv'), m('khtnv')] })).status).toBe('fail');
  });
});

describe('qualitative clauses and combinators', () => {
  const q = { kind: 'qualitative', text: 'Gương mẫu chấp hành chủ trương, pháp luật' };
  it('is "cần xem xét" until a judgement is recorded for its id', () => {
    const f = facts(person(1, 'A'));
    expect(only(q, f)).toMatchObject({ status: 'pending', sentence: 'Chưa có đánh giá của Hội đồng — cần xem xét' });
    const judged = facts(person(1, 'A'), { judgements: { r: { verdict: 'pass', by: 'Hội đồng TĐKT Sở', on: '2024-12-05', note: null } } });
    expect(only(q, judged).sentence).toBe('Hội đồng TĐKT Sở đánh giá ngày 05/12/2024: đạt');
  });
  it('numbers children so judgements and traces can point at them', () => {
    const f = facts(person(1, 'A', { discipline: [] }));
    const e = run({ kind: 'all', of: [q, { kind: 'no_discipline', from: 'khien_trach' }] }, f);
    expect(flattenTrace(e.trace).map((c) => c.id)).toEqual(['r', 'r.1', 'r.2']);
    expect(e.status).toBe('pending');
    expect(e.pass).toBe(false);
    expect(e.trace[0]!.sentence).toBe('Đạt 1/2 điều kiện (cần tất cả) — cần xem xét');
  });
  it('any() passes with one child and fails only when all fail', () => {
    const f = facts(person(1, 'A', { ratings: [{ year: 2024, rating: 'htxsnv', source: null }], initiatives: [] }));
    expect(run({ kind: 'any', of: [{ kind: 'rating', atLeast: 'htxsnv' }, { kind: 'initiative' }] }, f).pass).toBe(true);
    const g = facts(person(1, 'A', { ratings: [{ year: 2024, rating: 'httnv', source: null }], initiatives: [] }));
    expect(run({ kind: 'any', of: [{ kind: 'rating', atLeast: 'htxsnv' }, { kind: 'initiative' }] }, g).status).toBe('fail');
  });
  it('reports an unknown clause kind instead of throwing', () => {
    const e = evaluate({ kind: 'mystery', text: null, source: null } as never, nomineeOf(person(1, 'A')), 2024, facts(person(1, 'A')), nd98);
    expect(e.trace[0]).toMatchObject({ kind: 'unknown', status: 'missing' });
  });
});
