import { z } from 'zod';

/** Xếp loại on a 100-point scale. Thresholds differ by province and year, so they are dated settings. */
export const ratingBands = ['xuat_sac', 'tot', 'kha', 'trung_binh', 'yeu'] as const;
export type RatingBand = (typeof ratingBands)[number];
export const ratingBandLabels: Record<RatingBand, string> = {
  xuat_sac: 'Xuất sắc',
  tot: 'Tốt',
  kha: 'Khá',
  trung_binh: 'Trung bình',
  yeu: 'Yếu',
};

/** The lowest score (inclusive) of each band; below trungBinh is Yếu. xuatSac null = the scale has no Xuất sắc. */
export interface RatingThresholds {
  xuatSac: number | null;
  tot: number;
  kha: number;
  trungBinh: number;
}

export interface RatingBandSetting {
  /** ISO dates, inclusive; validTo null = until replaced. */
  validFrom: string;
  validTo: string | null;
  thresholds: RatingThresholds;
  /** The decision the thresholds come from (QĐ … of the province), or where the default was taken. */
  source: string;
  /** Thresholds not yet checked against a published decision. */
  uncertain: (keyof RatingThresholds)[];
}

const isoDate = z.iso.date({ error: 'Ngày phải có dạng YYYY-MM-DD' });
const score = z.number({ error: 'Ngưỡng điểm phải là số' }).min(0, 'Ngưỡng điểm không được âm').max(100, 'Ngưỡng điểm tối đa 100');
export const ratingBandSettingSchema = z
  .strictObject({
    validFrom: isoDate,
    validTo: isoDate.nullable().default(null),
    thresholds: z.strictObject({ xuatSac: score.nullable().default(null), tot: score, kha: score, trungBinh: score }),
    source: z.string().trim().min(1, 'Chưa ghi căn cứ của ngưỡng xếp loại').max(500),
    uncertain: z.array(z.enum(['xuatSac', 'tot', 'kha', 'trungBinh'])).default([]),
  })
  .superRefine((s, ctx) => {
    const { xuatSac, tot, kha, trungBinh } = s.thresholds;
    if (!(tot > kha && kha > trungBinh)) ctx.addIssue({ code: 'custom', path: ['thresholds'], message: 'Ngưỡng phải giảm dần: Tốt > Khá > Trung bình' });
    if (xuatSac !== null && xuatSac <= tot) ctx.addIssue({ code: 'custom', path: ['thresholds', 'xuatSac'], message: 'Ngưỡng Xuất sắc phải cao hơn ngưỡng Tốt' });
    if (s.validTo !== null && s.validTo < s.validFrom) ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'Ngày hết hiệu lực phải sau ngày có hiệu lực' });
  });

/**
 * Default per domain.md §8: provinces rate their sở/xã indices Tốt ≥ 80, Khá 65–80, Trung bình 50–65,
 * Yếu < 50 ("e.g." there, thresholds of each province not seen: domain-sources.md §6). Xuất sắc ≥ 90
 * is used by some provinces (Huế communes have a Xuất sắc band) — its threshold is a guess, so uncertain.
 */
export const defaultRatingBandSettings: RatingBandSetting[] = [
  {
    validFrom: '2021-01-01',
    validTo: null,
    thresholds: { xuatSac: 90, tot: 80, kha: 65, trungBinh: 50 },
    source: 'Mặc định theo thông lệ chỉ số CCHC cấp tỉnh (domain.md §8): Tốt ≥ 80, Khá 65–80, Trung bình 50–65, Yếu < 50; cần thay bằng quyết định của tỉnh',
    uncertain: ['xuatSac', 'tot', 'kha', 'trungBinh'],
  },
];

export class SettingMissingError extends Error {
  override readonly name = 'SettingMissingError';
}

/**
 * The setting in force for a year: the one whose validity covers 31/12 of that year (results are
 * rated at the year's end); when several do, the one that started last (the newest decision).
 */
export function settingForYear<S extends { validFrom: string; validTo: string | null }>(settings: readonly S[], year: number, what = 'ngưỡng xếp loại'): S {
  const day = `${String(year).padStart(4, '0')}-12-31`;
  let best: S | undefined;
  for (const s of settings) {
    if (s.validFrom > day || (s.validTo !== null && s.validTo < day)) continue;
    if (!best || s.validFrom > best.validFrom) best = s;
  }
  if (!best) throw new SettingMissingError(`Chưa có ${what} áp dụng cho năm ${year}`);
  return best;
}

// Scores are compared at 2 decimals, as published, so 79.999999 from float sums is not Khá when shown as 80.
const round2 = (n: number) => Math.round(n * 100) / 100;

export function bandFromThresholds(score100: number, th: RatingThresholds): RatingBand {
  const s = round2(score100);
  if (th.xuatSac !== null && s >= th.xuatSac) return 'xuat_sac';
  if (s >= th.tot) return 'tot';
  if (s >= th.kha) return 'kha';
  if (s >= th.trungBinh) return 'trung_binh';
  return 'yeu';
}

export interface Rating {
  band: RatingBand;
  label: string;
  setting: RatingBandSetting;
}

/** Xếp loại of a total on the 100-point scale, with the setting (and its source) that decided it. */
export function rate(score100: number, year: number, settings: readonly RatingBandSetting[] = defaultRatingBandSettings): Rating {
  const setting = settingForYear(settings, year);
  const band = bandFromThresholds(score100, setting.thresholds);
  return { band, label: ratingBandLabels[band], setting };
}

/** The bands in words for publication: "Xuất sắc: từ 90 điểm; Tốt: từ 80 đến dưới 90 điểm; …". */
export function describeThresholds(th: RatingThresholds): string {
  const parts: string[] = [];
  if (th.xuatSac !== null) parts.push(`Xuất sắc: từ ${th.xuatSac} điểm`);
  parts.push(th.xuatSac !== null ? `Tốt: từ ${th.tot} đến dưới ${th.xuatSac} điểm` : `Tốt: từ ${th.tot} điểm`);
  parts.push(`Khá: từ ${th.kha} đến dưới ${th.tot} điểm`);
  parts.push(`Trung bình: từ ${th.trungBinh} đến dưới ${th.kha} điểm`);
  parts.push(`Yếu: dưới ${th.trungBinh} điểm`);
  return parts.join('; ').replace(/\./g, ',');
}
