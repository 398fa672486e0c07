import { describe, expect, it } from 'vitest';
import { periodProblem, subjectProblem } from './result-rules';

const c = (period: 'year' | 'half_year' | 'quarter' | 'movement') => ({ period, label: 'a)', indicator: 'Hồ sơ đúng hạn' });

describe('periodProblem', () => {
  it('asks for the criterion’s own granularity', () => {
    expect(periodProblem(c('year'), '2024', { from: 2024, to: 2025 })).toBeNull();
    expect(periodProblem(c('half_year'), '2024-H2', { from: 2024, to: 2024 })).toBeNull();
    expect(periodProblem(c('quarter'), '2024-Q4', { from: 2024, to: 2024 })).toBeNull();
    expect(periodProblem(c('year'), '2024-Q1', { from: 2024, to: 2024 })).toMatch(/theo năm/);
    expect(periodProblem(c('quarter'), '2024', { from: 2024, to: 2024 })).toMatch(/theo quý/);
    expect(periodProblem(c('half_year'), '2024-Q1', { from: 2024, to: 2024 })).toMatch(/6 tháng/);
  });

  it('keeps the period within the movement’s years, open ends allowed', () => {
    expect(periodProblem(c('year'), '2023', { from: 2024, to: 2025 })).toMatch(/từ năm 2024 đến năm 2025/);
    expect(periodProblem(c('year'), '2026', { from: 2024, to: 2025 })).toMatch(/ngoài thời gian/);
    expect(periodProblem(c('year'), '2030', { from: 2024, to: null })).toBeNull();
    expect(periodProblem(c('year'), '2010', { from: null, to: null })).toBeNull();
  });
});

describe('subjectProblem', () => {
  it('matches a person to individual criteria and a unit to collective ones', () => {
    expect(subjectProblem({ appliesTo: 'collective', label: null, indicator: 'Tin bài' }, null)).toBeNull();
    expect(subjectProblem({ appliesTo: 'collective', label: null, indicator: 'Tin bài' }, 5)).toMatch(/«Tin bài» chỉ áp dụng cho tập thể/);
    expect(subjectProblem({ appliesTo: 'individual', label: 'b)', indicator: 'Sáng kiến' }, null)).toMatch(/cần chọn cá nhân/);
    expect(subjectProblem({ appliesTo: 'both', label: 'c)', indicator: 'x' }, 5)).toBeNull();
  });
});
