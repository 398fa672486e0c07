import { standardScales } from '../movements/model/labels';
import type { Target } from '../movements/model/target';
import type { IndexCode } from '../movements/model/vocab';
import type { ResultValue } from './result-value';
import { settingForYear } from './rating-bands';
import { formatRank } from './ranking';

/**
 * How each index gets its band (xếp loại / nhóm), as dated settings with their source (domain.md §8,
 * domain-sources.md §6). Three ways:
 * - thresholds: the lowest score of each band, best first (provincial CCHC indices);
 * - quartile: the band is the quarter of the ranking the unit falls in (PAPI's groups);
 * - published: the index owner publishes the group; it is entered or imported, never computed (PCI);
 * - none: the index has a score and a rank only (SIPAS, ICT Index).
 */
export type IndexBandMethod =
  | { kind: 'thresholds'; bands: readonly { label: string; min: number }[]; below: string }
  | { kind: 'quartile'; labels: readonly [string, string, string, string] }
  | { kind: 'published'; labels: readonly string[] }
  | { kind: 'none' };

export interface IndexBandSetting {
  index: IndexCode;
  validFrom: string;
  validTo: string | null;
  method: IndexBandMethod;
  source: string;
  /** Set when the method or its numbers are not checked against the published text. */
  uncertain: string | null;
}

const [tot, kha, trungBinh, yeu] = standardScales.cchc;
const [q1, q2, q3, q4] = standardScales.papi;
/** Tốt ≥ 80 / Khá 65–80 / Trung bình 50–65 / Yếu < 50 (domain.md §8, a setting). */
const provincialThresholds: IndexBandMethod = { kind: 'thresholds', bands: [{ label: tot, min: 80 }, { label: kha, min: 65 }, { label: trungBinh, min: 50 }], below: yeu };

export const defaultIndexBandSettings: IndexBandSetting[] = [
  // Bộ Nội vụ publishes the national PAR Index as a score and a rank only. Plans nevertheless set band
  // targets on it ("PAR Index xếp loại Tốt", seed 004) and units enter a band: the band is then read
  // on the 100-point scale with the provincial thresholds of domain.md §8, a setting until a text
  // fixing bands for the PAR Index is found. A band entered with the result (as published) prevails.
  {
    index: 'PAR_INDEX',
    validFrom: '2021-01-01',
    validTo: '2021-12-31',
    method: provincialThresholds,
    source: 'QĐ 1149/QĐ-BNV ngày 30/12/2020 phê duyệt Đề án xác định Chỉ số CCHC (thang 100 điểm); ngưỡng xếp loại mặc định như chỉ số CCHC của các tỉnh',
    uncertain: 'Bộ Nội vụ chỉ công bố điểm và thứ hạng; ngưỡng Tốt ≥ 80, Khá ≥ 65, Trung bình ≥ 50 là mặc định, cần đối chiếu văn bản áp dụng',
  },
  {
    index: 'PAR_INDEX',
    validFrom: '2022-01-01',
    // QĐ 876 covers 2022–2030; open so that a year past 2030 still rates until its successor is entered.
    validTo: null,
    method: provincialThresholds,
    source: 'QĐ 876/QĐ-BNV ngày 10/11/2022 (giai đoạn 2022–2030, thang 100 điểm); ngưỡng xếp loại mặc định như chỉ số CCHC của các tỉnh',
    uncertain: 'Bộ Nội vụ chỉ công bố điểm và thứ hạng; ngưỡng Tốt ≥ 80, Khá ≥ 65, Trung bình ≥ 50 là mặc định, cần đối chiếu văn bản áp dụng',
  },
  {
    index: 'CCHC',
    validFrom: '2021-01-01',
    validTo: null,
    method: provincialThresholds,
    source: 'Ngưỡng mặc định thường dùng của các tỉnh (Tốt ≥ 80, Khá 65–80, Trung bình 50–65, Yếu < 50); mỗi tỉnh ban hành ngưỡng riêng',
    uncertain: 'Ngưỡng của từng tỉnh chưa được đối chiếu; cần nhập theo quyết định của tỉnh',
  },
  {
    index: 'SIPAS',
    validFrom: '2023-01-01',
    validTo: null,
    method: { kind: 'none' },
    source: 'QĐ 1001/QĐ-BNV năm 2023 (giai đoạn 2023–2026): tỷ lệ % người dân, tổ chức hài lòng',
    uncertain: null,
  },
  {
    index: 'SIPAS',
    validFrom: '2017-01-01',
    validTo: '2022-12-31',
    method: { kind: 'none' },
    source: 'QĐ 1383/QĐ-BNV: 5 yếu tố, 22 tiêu chí',
    uncertain: 'Năm bắt đầu áp dụng QĐ 1383/QĐ-BNV chưa được kiểm chứng',
  },
  {
    index: 'PAPI',
    validFrom: '2011-01-01',
    validTo: null,
    method: { kind: 'quartile', labels: [q1, q2, q3, q4] },
    source: 'UNDP, CECODES: 8 nội dung; các tỉnh chia 4 nhóm theo tứ phân vị',
    uncertain: 'Theo hiểu biết chung, chưa đối chiếu báo cáo PAPI từng năm',
  },
  {
    index: 'PCI',
    validFrom: '2005-01-01',
    validTo: null,
    method: { kind: 'published', labels: standardScales.pci },
    source: 'VCCI: 10 chỉ số thành phần; nhóm xếp hạng do VCCI công bố hằng năm',
    uncertain: 'Ngưỡng điểm của các nhóm chưa được kiểm chứng, nên nhóm được nhập theo công bố, không tự tính',
  },
  {
    index: 'ICT_INDEX',
    validFrom: '2006-01-01',
    validTo: null,
    method: { kind: 'none' },
    source: 'Bộ Thông tin và Truyền thông: chỉ số sẵn sàng ứng dụng CNTT-TT, công bố điểm và thứ hạng',
    uncertain: 'Có thể đã được thay bằng chỉ số chuyển đổi số DTI từ khoảng năm 2020',
  },
];

export interface IndexResult {
  score: number | null;
  rank: number | null;
  /** The rank is out of this many (rank of total): 63 provinces, 16 xã… */
  rankOf: number | null;
  /** The band as published or entered, for a 'published' method. */
  band: string | null;
}

export interface IndexBand {
  band: string | null;
  /** "xếp thứ 44/63", or null without a rank. */
  rankLabel: string | null;
  setting: IndexBandSetting;
}

export function indexBandSetting(index: IndexCode, year: number, settings: readonly IndexBandSetting[] = defaultIndexBandSettings): IndexBandSetting {
  return settingForYear(
    settings.filter((s) => s.index === index),
    year,
    `cách xếp loại chỉ số ${index}`,
  );
}

/** Band of a unit's index result in a year, by the method in force that year; null when it cannot be told. */
export function indexBand(index: IndexCode, year: number, result: IndexResult, settings: readonly IndexBandSetting[] = defaultIndexBandSettings): IndexBand {
  const setting = indexBandSetting(index, year, settings);
  const rankLabel = result.rank !== null && result.rankOf !== null ? formatRank(result.rank, result.rankOf) : null;
  return { band: bandBy(setting.method, result), rankLabel, setting };
}

/**
 * The band a criterion reads: the one entered with the result (as the index owner published it) when
 * it is on the index's scale, else the one the method computes. `from` says which, for the reader.
 */
export function resolvedIndexBand(
  index: IndexCode,
  year: number,
  result: IndexResult,
  settings: readonly IndexBandSetting[] = defaultIndexBandSettings,
): IndexBand & { from: 'entered' | 'computed' | null } {
  const computed = indexBand(index, year, result, settings);
  const m = computed.setting.method;
  const scale = m.kind === 'thresholds' ? [...m.bands.map((b) => b.label), m.below] : m.kind === 'none' ? [] : [...m.labels];
  if (result.band !== null && scale.includes(result.band)) return { ...computed, band: result.band, from: 'entered' };
  return { ...computed, from: computed.band === null ? null : 'computed' };
}

function bandBy(method: IndexBandMethod, r: IndexResult): string | null {
  switch (method.kind) {
    case 'thresholds': {
      if (r.score === null) return null;
      const s = Math.round(r.score * 100) / 100;
      return method.bands.find((b) => s >= b.min)?.label ?? method.below;
    }
    case 'quartile': {
      // Quarter = ⌈rank ÷ of × 4⌉: of 63 provinces, ranks 1–15 are the first quarter, 16–31 the second.
      if (r.rank === null || r.rankOf === null || r.rankOf < 1) return null;
      const quarter = Math.min(4, Math.max(1, Math.ceil((r.rank / r.rankOf) * 4)));
      return method.labels[quarter - 1] ?? null;
    }
    case 'published':
      return r.band !== null && method.labels.includes(r.band) ? r.band : null;
    case 'none':
      return null;
  }
}

/**
 * An index result as the value of a criterion on it ("SIPAS ≥ 90%" → percent, "Chỉ số CCHC xếp loại
 * Tốt" → band, "top 30" → rank). Null when the result lacks what the target measures.
 */
export function indexResultValue(target: Target, result: IndexResult, band: string | null = result.band): ResultValue | null {
  switch (target.measure) {
    case 'percent':
    case 'score':
      return result.score === null ? null : { measure: target.measure, value: result.score };
    case 'rank':
      return result.rank === null || result.rankOf === null ? null : { measure: 'rank', rank: result.rank, of: result.rankOf };
    case 'band':
      return band === null ? null : { measure: 'band', band };
    default:
      return null;
  }
}
