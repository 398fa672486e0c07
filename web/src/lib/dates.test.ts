import { describe, expect, it } from 'vitest';
import { dayBefore, formatDate, formatDateTime, formatPeriod } from './dates';

describe('formatDate', () => {
  it('turns ISO days into dd/mm/yyyy without shifting the day', () => {
    expect(formatDate('2025-07-01')).toBe('01/07/2025');
    expect(formatDate('1900-01-01')).toBe('01/01/1900');
  });
  it('shows a dash for missing dates', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDate('')).toBe('—');
  });
});

describe('formatDateTime', () => {
  it('shows Vietnam time (UTC+7) in 24-hour form', () => {
    expect(formatDateTime('2025-06-30T17:05:00.000Z')).toBe('01/07/2025 00:05');
    expect(formatDateTime('2025-12-31T06:30:00Z')).toBe('31/12/2025 13:30');
  });
  it('leaves unparseable text alone', () => {
    expect(formatDateTime('không phải ngày')).toBe('không phải ngày');
  });
});

describe('dayBefore', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(dayBefore('2025-07-01')).toBe('2025-06-30');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });
});

describe('formatPeriod', () => {
  it('shows the last active day of a half-open period and names an open end', () => {
    expect(formatPeriod('2020-01-01', '2025-07-01', 'nay')).toBe('01/01/2020 – 30/06/2025');
    expect(formatPeriod('2025-07-01', null, 'nay')).toBe('01/07/2025 – nay');
    expect(formatPeriod(null, '2025-07-01', 'nay')).toBe('… – 30/06/2025');
  });
});
