import { describe, expect, it } from 'vitest';
import type { AssessmentDto } from '../../api/appraisals';
import type { ResultDto } from '../../api/results';
import type { Criterion } from '../results/periods';
import { appraiserActions, formatGap, formatPoints, gapOf, inPlanOrder, possibleOf, selfEditable, selfRows, statusCounts, subjectTotals, unitGap } from './appraisal-view';

const item = (status: AssessmentDto['status'], selfPoints: number, appraisedPoints: number | null) => ({ status, selfPoints, appraisedPoints });

describe('appraisal view', () => {
  it('measures the gap as self minus appraised, only where there is an appraised score', () => {
    expect(gapOf(8, 6.5)).toBe(1.5);
    expect(gapOf(5, 7)).toBe(-2);
    expect(gapOf(8, null)).toBeNull();
    // 0.1 + 0.2 style float noise does not leak into the page.
    expect(gapOf(0.3, 0.1)).toBe(0.2);
  });

  it('sums a unit’s gap over its appraised rows only, so a half-appraised unit is not flagged as running high', () => {
    expect(unitGap([item('da_tham_dinh', 10, 10), item('da_tham_dinh', 8, 5), item('cho_tham_dinh', 9, null), item('giai_trinh', 7, null)])).toBe(3);
    expect(unitGap([item('cho_tham_dinh', 9, null)])).toBeNull();
    expect(statusCounts([item('da_tham_dinh', 1, 1), item('da_tham_dinh', 1, 1), item('giai_trinh', 1, null)])).toEqual({ tu_cham: 0, cho_tham_dinh: 0, giai_trinh: 1, da_tham_dinh: 2 });
  });

  it('lets the unit edit drafts and returned rows before the lock, and shows the appraiser only the moves the server allows', () => {
    expect(selfEditable(null, false)).toBe(true);
    expect(selfEditable({ status: 'tu_cham', locked: false }, false)).toBe(true);
    expect(selfEditable({ status: 'giai_trinh', locked: false }, false)).toBe(true);
    expect(selfEditable({ status: 'cho_tham_dinh', locked: false }, false)).toBe(false);
    expect(selfEditable({ status: 'tu_cham', locked: false }, true)).toBe(false);
    const row = (status: AssessmentDto['status'], explainBy: string | null = null, locked = false) => ({ status, explainBy, locked });
    const today = '2025-01-10';
    expect(appraiserActions(row('cho_tham_dinh'), false, today)).toEqual(['accept', 'change', 'return']);
    expect(appraiserActions(row('da_tham_dinh'), false, today)).toEqual(['change', 'return']);
    // A return waits for the unit through its deadline day, then is decided as it stands.
    expect(appraiserActions(row('giai_trinh', '2025-01-10'), false, today)).toEqual([]);
    expect(appraiserActions(row('giai_trinh', '2025-01-09'), false, today)).toEqual(['accept', 'change']);
    expect(appraiserActions(row('da_tham_dinh', null, true), true, today)).toEqual([]);
  });

  it('joins the plan’s criteria to one subject’s result and self-score: the unit’s, or a person’s', () => {
    const criteria = [
      { key: 'a', maxPoints: 40, weight: null, appliesTo: 'both' },
      { key: 'b', maxPoints: null, weight: 2, appliesTo: 'collective' },
      { key: 'c', maxPoints: null, weight: null, appliesTo: 'individual' },
    ] as unknown as Criterion[];
    const results = [{ criterionKey: 'a', person: null, id: 1 }, { criterionKey: 'c', person: { id: 9, fullName: 'X' }, id: 2 }] as unknown as ResultDto[];
    const assessments = [{ criterionKey: 'a', person: { id: 9, fullName: 'X' }, id: 3 }, { criterionKey: 'a', person: null, id: 4 }] as unknown as AssessmentDto[];
    const ids = (rows: ReturnType<typeof selfRows>) => rows.map((r) => [r.criterion.key, r.result?.id ?? null, r.assessment?.id ?? null]);
    expect(ids(selfRows(criteria, results, assessments))).toEqual([
      ['a', 1, 4],
      ['b', null, null],
    ]);
    expect(ids(selfRows(criteria, results, assessments, 9))).toEqual([
      ['a', null, 3],
      ['c', 2, null],
    ]);
    expect(criteria.map(possibleOf)).toEqual([40, 2, 1]);
  });

  it('totals a subject’s table: self over scored rows, appraised over decided rows, maximum over every row', () => {
    const crit = (key: string, maxPoints: number) => ({ key, maxPoints, weight: null }) as unknown as Criterion;
    const scored = (status: AssessmentDto['status'], selfPoints: number, appraisedPoints: number | null, possible: number) => ({ status, selfPoints, appraisedPoints, possible }) as AssessmentDto;
    const rows = [
      { criterion: crit('a', 40), result: null, assessment: scored('da_tham_dinh', 40, 35.5, 40) },
      { criterion: crit('b', 30), result: null, assessment: scored('giai_trinh', 30, null, 30) },
      { criterion: crit('c', 30), result: null, assessment: null },
    ];
    expect(subjectTotals(rows)).toEqual({ self: 70, appraised: 35.5, max: 100 });
    expect(subjectTotals(rows.slice(1))).toEqual({ self: 30, appraised: null, max: 60 });
  });

  it('lists an appraiser’s rows in the plan’s order, the unit’s own before its people’s', () => {
    const rows = [
      { criterionKey: 'tin-bai', person: null },
      { criterionKey: 'dung-han', person: { id: 1, fullName: 'A' } },
      { criterionKey: 'mo-hinh', person: null },
      { criterionKey: 'dung-han', person: null },
    ];
    expect(inPlanOrder(rows, ['dung-han', 'tin-bai', 'mo-hinh']).map((r) => `${r.criterionKey}${r.person ? '*' : ''}`)).toEqual(['dung-han', 'tin-bai', 'mo-hinh', 'dung-han*']);
  });

  it('writes points the Vietnamese way, with the gap’s sign', () => {
    expect(formatPoints(8.5)).toBe('8,5');
    expect(formatPoints(null)).toBe('—');
    expect(formatGap(1.5)).toBe('+1,5');
    expect(formatGap(-2)).toBe('−2');
    expect(formatGap(0)).toBe('0');
    expect(formatGap(null)).toBe('—');
  });
});
