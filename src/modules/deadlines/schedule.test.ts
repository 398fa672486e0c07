import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysInMonth, occurrences, periodDays, planSubmissions, unitStatus, type Strictness } from './schedule';

const dayArb = fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const strictArb = fc.constantFrom<Strictness>('before', 'by');
const yearlyArb = fc.record({ kind: fc.constant('yearly' as const), day: fc.integer({ min: 1, max: 31 }), month: fc.integer({ min: 1, max: 12 }) });

describe('occurrences — the seed plans', () => {
  it('seed 002 "trước ngày 15/12 hằng năm" with no issue date: the end year only, by the 14th', () => {
    expect(occurrences({ kind: 'yearly', day: 15, month: 12 }, 'before', { start: null, end: '2025-12-31' }, '2026-11-23')).toEqual(['2025-12-14']);
  });

  it('seed 002 issued 10/03/2024: both years of the period', () => {
    expect(occurrences({ kind: 'yearly', day: 15, month: 12 }, 'before', { start: '2024-03-10', end: '2025-12-31' }, '2026-11-23')).toEqual(['2024-12-14', '2025-12-14']);
  });

  it('seed 003 "chậm nhất 25/11 … hằng năm" from 09/07/2015 to the end of 2020: six occurrences', () => {
    const days = occurrences({ kind: 'yearly', day: 25, month: 11 }, 'by', { start: '2015-07-09', end: '2020-12-31' }, '2026-11-23');
    expect(days).toEqual(['2015-11-25', '2016-11-25', '2017-11-25', '2018-11-25', '2019-11-25', '2020-11-25']);
  });

  it('skips a yearly day that falls before the period starts', () => {
    expect(occurrences({ kind: 'yearly', day: 10, month: 3 }, 'by', { start: '2015-07-09', end: '2016-12-31' }, '2026-01-01')).toEqual(['2016-03-10']);
  });

  it('seed 004 "trong Quý I/2022": the last day of March', () => {
    expect(occurrences({ kind: 'quarter', year: 2022, quarter: 1 }, 'by', { start: '2022-01-05', end: '2022-12-31' }, '2026-11-23')).toEqual(['2022-03-31']);
  });

  it('"trước Quý II/2022": the day before the quarter starts', () => {
    expect(occurrences({ kind: 'quarter', year: 2022, quarter: 2 }, 'before', { start: null, end: null }, '2026-11-23')).toEqual(['2022-03-31']);
  });

  it('seed 004 "có văn bản thông báo sau": one occurrence without a date', () => {
    expect(occurrences({ kind: 'announced_later' }, 'by', { start: null, end: null }, '2026-11-23')).toEqual([null]);
  });

  it('an open-ended yearly plan runs to next year', () => {
    expect(occurrences({ kind: 'yearly', day: 29, month: 2 }, 'by', { start: '2023-01-01', end: null }, '2024-06-01')).toEqual(['2023-02-28', '2024-02-29', '2025-02-28']);
  });

  it('a plan starting on issue starts on the issue day', () => {
    expect(periodDays({ start: { kind: 'on_issue' }, end: '2025-12-31' }, '2024-03-10')).toEqual({ start: '2024-03-10', end: '2025-12-31' });
    expect(periodDays({ start: { kind: 'date', date: '2015-07-09' }, end: null }, '2015-07-01')).toEqual({ start: '2015-07-09', end: null });
  });
});

describe('occurrences — properties', () => {
  it('a dated rule gives its day, or the day before when "trước"', () => {
    fc.assert(
      fc.property(dayArb, strictArb, (date, strict) => {
        const [d] = occurrences({ kind: 'date', date }, strict, { start: null, end: null }, '2026-01-01');
        expect(d).toBe(strict === 'by' ? date : addDays(date, -1));
        expect(d! <= date).toBe(true);
      }),
    );
  });

  it('yearly: one day a year inside the period, ascending, in the named month and never after the named day', () => {
    fc.assert(
      fc.property(yearlyArb, strictArb, dayArb, fc.integer({ min: 0, max: 8 }), dayArb, (rule, strict, start, span, today) => {
        const endYear = Number(start.slice(0, 4)) + span;
        const end = `${endYear}-12-31`;
        const days = occurrences(rule, strict, { start, end }, today) as string[];
        expect(days.length).toBeGreaterThanOrEqual(span);
        expect(days.length).toBeLessThanOrEqual(span + 1);
        for (const [i, d] of days.entries()) {
          expect(d >= start && d <= end).toBe(true);
          if (i > 0) expect(Number(d.slice(0, 4))).toBe(Number(days[i - 1]!.slice(0, 4)) + 1);
          const nominal = strict === 'before' ? addDays(d, 1) : d;
          const [y, m, dd] = nominal.split('-').map(Number) as [number, number, number];
          expect(m).toBe(rule.month);
          expect(dd).toBe(Math.min(rule.day, daysInMonth(y, m)));
        }
      }),
    );
  });

  it('quarter "by" ends the quarter: 31/03, 30/06, 30/09, 31/12', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 4 }), (year, quarter) => {
        const [d] = occurrences({ kind: 'quarter', year, quarter }, 'by', { start: null, end: null }, '2026-01-01');
        expect(d).toBe(`${year}-${['03-31', '06-30', '09-30', '12-31'][quarter - 1]}`);
        expect(addDays(d!, 1).slice(5)).toBe(['04-01', '07-01', '10-01', '01-01'][quarter - 1]);
      }),
    );
  });

  it('addDays moves by whole days and back', () => {
    fc.assert(fc.property(dayArb, fc.integer({ min: -800, max: 800 }), (d, n) => {
        expect(addDays(addDays(d, n), -n)).toBe(d);
        expect((Date.parse(addDays(d, n)) - Date.parse(d)) / 86_400_000).toBe(n);
      }),
    );
  });
});

describe('unitStatus', () => {
  it('names each state at its boundary', () => {
    expect(unitStatus('2025-12-14', '2025-12-14', '2026-01-10')).toBe('done');
    expect(unitStatus('2025-12-14', '2025-12-15', '2026-01-10')).toBe('done_late');
    expect(unitStatus('2025-12-14', null, '2025-12-15')).toBe('overdue');
    expect(unitStatus('2025-12-14', null, '2025-12-14')).toBe('due_soon');
    expect(unitStatus('2025-12-14', null, '2025-12-07')).toBe('due_soon');
    expect(unitStatus('2025-12-14', null, '2025-12-06')).toBe('upcoming');
    expect(unitStatus(null, null, '2025-12-06')).toBe('unscheduled');
  });

  it('done whenever a completion exists; otherwise overdue exactly when today is past the due day', () => {
    fc.assert(
      fc.property(dayArb, fc.option(dayArb, { nil: null }), dayArb, (due, doneOn, today) => {
        const s = unitStatus(due, doneOn, today);
        if (doneOn !== null) expect(s === 'done' || s === 'done_late').toBe(true);
        else expect(s === 'overdue').toBe(today > due);
        if (s === 'due_soon') expect(due >= today && due <= addDays(today, 7)).toBe(true);
      }),
    );
  });
});

describe('planSubmissions', () => {
  it('seed 004: a plan issued in Quý I meets the deadline, one issued in April meets it late', () => {
    expect(planSubmissions(['2022-03-31'], ['2022-02-15'])).toEqual(['2022-02-15']);
    expect(planSubmissions(['2022-03-31'], ['2022-04-20'])).toEqual(['2022-04-20']);
    expect(planSubmissions(['2022-03-31'], [])).toEqual([null]);
  });

  it('each year is met by a plan issued after the previous year’s deadline', () => {
    expect(planSubmissions(['2023-03-31', '2024-03-31', '2025-03-31'], ['2024-02-01', '2023-01-10'])).toEqual(['2023-01-10', '2024-02-01', null]);
  });

  it('a plan meeting occurrence i was issued after occurrence i−1', () => {
    fc.assert(
      fc.property(fc.uniqueArray(dayArb, { maxLength: 6 }), fc.array(dayArb, { maxLength: 6 }), (dues, issued) => {
        const sorted = [...dues].sort();
        const met = planSubmissions(sorted, issued);
        for (const [i, d] of met.entries()) {
          if (d === null) continue;
          expect(issued).toContain(d);
          if (i > 0) expect(d > sorted[i - 1]!).toBe(true);
        }
      }),
    );
  });
});
