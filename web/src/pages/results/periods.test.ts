import { describe, expect, it } from 'vitest';
import { assessedIn, movementYears, partsInPlan, periodCode, periodCodeLabel, type Criterion } from './periods';

const crit = (period: Criterion['period']) => ({ period }) as Criterion;

describe('result periods', () => {
  it('names periods the way reports do', () => {
    expect(periodCodeLabel('2024')).toBe('Năm 2024');
    expect(periodCodeLabel('2024-H1')).toBe('6 tháng đầu năm 2024');
    expect(periodCodeLabel('2024-H2')).toBe('6 tháng cuối năm 2024');
    expect(periodCodeLabel('2025-Q3')).toBe('Quý III/2025');
    expect(periodCode(2025, 'Q4')).toBe('2025-Q4');
    expect(periodCode(2025, '')).toBe('2025');
  });

  it('offers only the period kinds the plan assesses, a whole-movement criterion by year', () => {
    expect(partsInPlan([crit('quarter')])).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(partsInPlan([crit('movement'), crit('half_year')])).toEqual(['', 'H1', 'H2']);
    expect(assessedIn(crit('movement'), '')).toBe(true);
    expect(assessedIn(crit('year'), 'Q1')).toBe(false);
    expect(assessedIn(crit('half_year'), 'H2')).toBe(true);
  });

  it('runs an open-ended plan to the current year', () => {
    expect(movementYears(2024, 2025, 2030)).toEqual([2024, 2025]);
    expect(movementYears(2024, null, 2026)).toEqual([2024, 2025, 2026]);
    expect(movementYears(null, null, 2026)).toEqual([2026]);
  });
});
