import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandFromThresholds, describeThresholds, rate, ratingBands, ratingBandSettingSchema, settingForYear, type RatingBandSetting } from './rating-bands';

const khanhHoa2023: RatingBandSetting = {
  validFrom: '2023-01-01',
  validTo: '2024-12-31',
  thresholds: { xuatSac: null, tot: 85, kha: 70, trungBinh: 50 },
  source: 'QĐ thử nghiệm 2023',
  uncertain: [],
};
const settings = [
  { validFrom: '2021-01-01', validTo: null, thresholds: { xuatSac: 90, tot: 80, kha: 65, trungBinh: 50 }, source: 'mặc định', uncertain: [] },
  khanhHoa2023,
] satisfies RatingBandSetting[];

describe('rate', () => {
  it('uses the default bands of domain.md §8, boundaries inclusive from below', () => {
    expect(rate(80, 2022).label).toBe('Tốt');
    expect(rate(79.99, 2022).label).toBe('Khá');
    expect(rate(65, 2022).label).toBe('Khá');
    expect(rate(64.9, 2022).label).toBe('Trung bình');
    expect(rate(50, 2022).label).toBe('Trung bình');
    expect(rate(49.99, 2022).label).toBe('Yếu');
    expect(rate(90, 2022).label).toBe('Xuất sắc');
    expect(rate(90, 2022).setting.uncertain).toContain('xuatSac');
  });

  it('rates a float sum as it is published, to 2 decimals', () => {
    expect(rate(79.999999, 2022).label).toBe('Tốt');
  });

  it('picks the setting valid for the year evaluated, the newest when several apply', () => {
    expect(rate(82, 2022, settings).label).toBe('Tốt');
    expect(rate(82, 2023, settings)).toMatchObject({ label: 'Khá', setting: { source: 'QĐ thử nghiệm 2023' } });
    expect(rate(95, 2024, settings).label).toBe('Tốt');
    expect(rate(82, 2025, settings).label).toBe('Tốt');
  });

  it('says so in Vietnamese when no setting covers the year', () => {
    expect(() => settingForYear([khanhHoa2023], 2020)).toThrow('Chưa có ngưỡng xếp loại áp dụng cho năm 2020');
  });

  it('never rates a higher score lower (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const th = settings[0]!.thresholds;
        expect(ratingBands.indexOf(bandFromThresholds(hi, th))).toBeLessThanOrEqual(ratingBands.indexOf(bandFromThresholds(lo, th)));
      }),
    );
  });
});

describe('settings', () => {
  it('refuses thresholds that do not descend or a setting without its source', () => {
    const bad = ratingBandSettingSchema.safeParse({ validFrom: '2024-01-01', thresholds: { tot: 60, kha: 65, trungBinh: 50 }, source: '' });
    expect(bad.error?.issues.map((i) => i.message)).toEqual(
      expect.arrayContaining(['Ngưỡng phải giảm dần: Tốt > Khá > Trung bình', 'Chưa ghi căn cứ của ngưỡng xếp loại']),
    );
    expect(ratingBandSettingSchema.parse({ validFrom: '2024-01-01', thresholds: { tot: 80, kha: 65, trungBinh: 50 }, source: 'QĐ 1' })).toMatchObject({
      validTo: null,
      uncertain: [],
    });
  });

  it('describes the bands for publication', () => {
    expect(describeThresholds({ xuatSac: null, tot: 80, kha: 65, trungBinh: 50 })).toBe(
      'Tốt: từ 80 điểm; Khá: từ 65 đến dưới 80 điểm; Trung bình: từ 50 đến dưới 65 điểm; Yếu: dưới 50 điểm',
    );
  });
});
