import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { targetSchema } from '../movements/model/target';
import { evaluateTargetOrThrow } from './criterion-check';
import { defaultIndexBandSettings, indexBand, indexBandSetting, indexResultValue, resolvedIndexBand, type IndexResult } from './index-bands';

const result = (r: Partial<IndexResult>): IndexResult => ({ score: null, rank: null, rankOf: null, band: null, ...r });

describe('indexBand', () => {
  it('bands a provincial CCHC index by its thresholds (Tốt ≥ 80 … Yếu < 50)', () => {
    expect(indexBand('CCHC', 2024, result({ score: 80 })).band).toBe('Tốt');
    expect(indexBand('CCHC', 2024, result({ score: 79.99 })).band).toBe('Khá');
    expect(indexBand('CCHC', 2024, result({ score: 50 })).band).toBe('Trung bình');
    expect(indexBand('CCHC', 2024, result({ score: 12 })).band).toBe('Yếu');
    expect(indexBand('CCHC', 2024, result({})).band).toBeNull();
  });

  it('bands the national PAR Index on the default thresholds (a setting), keeping its rank of total and the method of the year', () => {
    const b = indexBand('PAR_INDEX', 2023, result({ score: 80.05, rank: 44, rankOf: 63 }));
    expect(b).toMatchObject({ band: 'Tốt', rankLabel: 'xếp thứ 44/63' });
    expect(b.setting.source).toContain('QĐ 876/QĐ-BNV');
    expect(b.setting.uncertain).toContain('mặc định');
    expect(indexBand('PAR_INDEX', 2023, result({ score: 64.9 })).band).toBe('Trung bình');
    expect(indexBandSetting('PAR_INDEX', 2021).source).toContain('QĐ 1149/QĐ-BNV');
  });

  it('prefers the band entered as published over the computed one, and ignores one off the scale', () => {
    expect(resolvedIndexBand('PAR_INDEX', 2024, result({ score: 78, band: 'Tốt' }))).toMatchObject({ band: 'Tốt', from: 'entered' });
    expect(resolvedIndexBand('PAR_INDEX', 2024, result({ score: 78 }))).toMatchObject({ band: 'Khá', from: 'computed' });
    expect(resolvedIndexBand('CCHC', 2024, result({ score: 90, band: 'Cao nhất' }))).toMatchObject({ band: 'Tốt', from: 'computed' });
    expect(resolvedIndexBand('SIPAS', 2024, result({ score: 91 }))).toMatchObject({ band: null, from: null });
  });

  it('puts PAPI in the quarter of the ranking', () => {
    expect(indexBand('PAPI', 2024, result({ rank: 1, rankOf: 63 })).band).toBe('Cao nhất');
    expect(indexBand('PAPI', 2024, result({ rank: 15, rankOf: 63 })).band).toBe('Cao nhất');
    expect(indexBand('PAPI', 2024, result({ rank: 16, rankOf: 63 })).band).toBe('Trung bình cao');
    expect(indexBand('PAPI', 2024, result({ rank: 63, rankOf: 63 })).band).toBe('Thấp nhất');
  });

  it('takes PCI groups as published, refusing a group not on its scale', () => {
    expect(indexBand('PCI', 2024, result({ score: 70, band: 'Tốt' })).band).toBe('Tốt');
    expect(indexBand('PCI', 2024, result({ score: 70, band: 'Xuất sắc' })).band).toBeNull();
  });

  it('has a source for every setting and a setting for every index in 2024', () => {
    for (const s of defaultIndexBandSettings) expect(s.source.length).toBeGreaterThan(10);
    for (const code of ['PAR_INDEX', 'SIPAS', 'PAPI', 'PCI', 'ICT_INDEX', 'CCHC'] as const) expect(() => indexBandSetting(code, 2024)).not.toThrow();
    expect(() => indexBandSetting('SIPAS', 2010)).toThrow('Chưa có cách xếp loại chỉ số SIPAS áp dụng cho năm 2010');
  });

  it('PAPI quarters never get worse as the rank improves (property)', () => {
    const order = ['Cao nhất', 'Trung bình cao', 'Trung bình thấp', 'Thấp nhất'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 200 }), (a, b, n) => {
        const [lo, hi] = [Math.min(a, b, n), Math.min(Math.max(a, b), n)];
        const better = indexBand('PAPI', 2024, result({ rank: lo, rankOf: n })).band!;
        const worse = indexBand('PAPI', 2024, result({ rank: hi, rankOf: n })).band!;
        expect(order.indexOf(better)).toBeLessThanOrEqual(order.indexOf(worse));
      }),
    );
  });
});

describe('index results as criterion values', () => {
  it('"SIPAS ≥ 90%" and "Chỉ số CCHC xếp loại Tốt" are judged from the index result', () => {
    const sipas = targetSchema.parse({ measure: 'percent', comparator: 'gte', value: 90 });
    expect(evaluateTargetOrThrow(sipas, indexResultValue(sipas, result({ score: 91.2 }))!).reason).toBe('91,2% ≥ 90% — đạt');
    const cchc = targetSchema.parse({ measure: 'band', comparator: 'gte', band: 'Tốt', scale: ['Tốt', 'Khá', 'Trung bình', 'Yếu'] });
    const r = result({ score: 77 });
    const value = indexResultValue(cchc, r, indexBand('CCHC', 2024, r).band)!;
    expect(evaluateTargetOrThrow(cchc, value).met).toBe(false);
    const top30 = targetSchema.parse({ measure: 'rank', comparator: 'top_n', value: 30, of: 63 });
    expect(indexResultValue(top30, result({ rank: 12, rankOf: 63 }))).toEqual({ measure: 'rank', rank: 12, of: 63 });
    expect(indexResultValue(top30, result({ score: 88 }))).toBeNull();
  });
});
