import { describe, expect, it } from 'vitest';
import { targetSchema } from '../movements/model/target';
import { evaluateTargetOrThrow } from '../scoring';
import { indexCriterionValue, type RecordedIndexScore } from './index-value-rules';

const scale = ['Tốt', 'Khá', 'Trung bình', 'Yếu'];
const recorded = (r: Partial<RecordedIndexScore>): RecordedIndexScore => ({
  unitId: 1,
  year: 2024,
  index: 'SIPAS',
  score: null,
  rank: null,
  rankOf: null,
  band: null,
  source: null,
  ...r,
});

describe('index results as criterion values', () => {
  it('"SIPAS ≥ 90%" reads the percentage and says where it came from', () => {
    const t = targetSchema.parse({ measure: 'percent', comparator: 'gte', value: 90 });
    const v = indexCriterionValue(t, recorded({ score: 91.2 }))!;
    expect(v.value).toEqual({ measure: 'percent', value: 91.2 });
    expect(v.sourceText).toBe('SIPAS 2024 = 91,2% — nguồn: chỉ số đã nhập');
    expect(evaluateTargetOrThrow(t, v.value).met).toBe(true);
    expect(indexCriterionValue(t, recorded({ score: 88 }))!.value).toEqual({ measure: 'percent', value: 88 });
  });

  it('"Chỉ số CCHC xếp loại Tốt" bands the score on the thresholds, naming them, unless a band was entered', () => {
    const t = targetSchema.parse({ measure: 'band', comparator: 'gte', band: 'Tốt', scale });
    const computed = indexCriterionValue(t, recorded({ index: 'CCHC', score: 77.5 }))!;
    expect(computed.value).toEqual({ measure: 'band', band: 'Khá' });
    expect(computed.sourceText).toBe('Chỉ số CCHC 2024: 77,5 điểm, xếp loại Khá (ngưỡng mặc định: Tốt ≥ 80, Khá ≥ 65, Trung bình ≥ 50, dưới 50 là Yếu) — nguồn: chỉ số đã nhập');
    expect(evaluateTargetOrThrow(t, computed.value).met).toBe(false);
    const entered = indexCriterionValue(t, recorded({ index: 'PAR_INDEX', score: 77.5, band: 'Tốt', source: 'QĐ 456/QĐ-UBND' }))!;
    expect(entered.value).toEqual({ measure: 'band', band: 'Tốt' });
    expect(entered.sourceText).toBe('PAR Index 2024: 77,5 điểm, xếp loại Tốt — nguồn: chỉ số đã nhập — QĐ 456/QĐ-UBND');
  });

  it('"thuộc nhóm 30 dẫn đầu" and "xếp thứ 5–6/16" read the rank of total', () => {
    const top30 = targetSchema.parse({ measure: 'rank', comparator: 'top_n', value: 30, of: 63 });
    expect(indexCriterionValue(top30, recorded({ index: 'PAR_INDEX', rank: 12, rankOf: 63 }))!.sourceText).toBe('PAR Index 2024: xếp thứ 12/63 — nguồn: chỉ số đã nhập');
    const band56 = targetSchema.parse({ measure: 'rank', comparator: 'between', value: 5, upper: 6, of: 16 });
    const v = indexCriterionValue(band56, recorded({ index: 'CCHC', score: 81, rank: 9, rankOf: 16 }))!;
    expect(evaluateTargetOrThrow(band56, v.value).met).toBe(false);
  });

  it('gives nothing when the result lacks what the target measures', () => {
    const rank = targetSchema.parse({ measure: 'rank', comparator: 'lte', value: 5 });
    expect(indexCriterionValue(rank, recorded({ index: 'CCHC', score: 90 }))).toBeNull();
    const sipasBand = targetSchema.parse({ measure: 'band', comparator: 'gte', band: 'Tốt', scale });
    expect(indexCriterionValue(sipasBand, recorded({ score: 95 }))).toBeNull();
    const yes = targetSchema.parse({ measure: 'boolean', value: true });
    expect(indexCriterionValue(yes, recorded({ score: 95 }))).toBeNull();
  });
});
