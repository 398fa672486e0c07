// labels.ts, not vocab.ts: vocab carries zod, and the web reads these rules.
import { indexLabels, standardScales } from '../movements/model/labels';
import { searchKey } from '../../lib/text';

export { indexLabels };
export type IndexCode = keyof typeof indexLabels;

/** What a published result of each index looks like: its score range and its rating bands (best first). */
export interface IndexRule {
  /** The short name users write in spreadsheets and read in tables. */
  short: string;
  min: number;
  max: number;
  /** Null when the index is published without bands (only a score and a rank). */
  bands: readonly string[] | null;
}

export const indexRules: Record<IndexCode, IndexRule> = {
  // Bộ Nội vụ's 100-point scale (domain.md §8), banded like the provinces' own CCHC indices.
  PAR_INDEX: { short: 'PAR Index', min: 0, max: 100, bands: standardScales.cchc },
  // Expressed as the % of people satisfied.
  SIPAS: { short: 'SIPAS', min: 0, max: 100, bands: null },
  // Eight dimensions of at most 10 points each.
  PAPI: { short: 'PAPI', min: 0, max: 80, bands: standardScales.papi },
  PCI: { short: 'PCI', min: 0, max: 100, bands: standardScales.pci },
  // Published on a 0–1 scale, which some provinces restate out of 100: both fit in 0–100 and the value
  // is kept as the source printed it (domain.md does not fix the scale).
  ICT_INDEX: { short: 'ICT Index', min: 0, max: 100, bands: null },
  // The province's own index for its sở and xã, banded Tốt / Khá / Trung bình / Yếu.
  CCHC: { short: 'Chỉ số CCHC', min: 0, max: 100, bands: standardScales.cchc },
};

export const indexCodes = Object.keys(indexRules) as IndexCode[];

export interface IndexValues {
  score: number | null;
  rank: number | null;
  rankOf: number | null;
  band: string | null;
}

export type IndexField = 'score' | 'rank' | 'rankOf' | 'band';

const fmt = (n: number) => n.toLocaleString('vi-VN');

/** The score, rank and band rules of one index; each problem named by its field. Shared by the API and the Excel import. */
export function indexProblems(index: IndexCode, v: IndexValues): { field: IndexField; message: string }[] {
  const rule = indexRules[index];
  const out: { field: IndexField; message: string }[] = [];
  if (v.score !== null && (v.score < rule.min || v.score > rule.max)) {
    out.push({ field: 'score', message: `Điểm ${rule.short} phải từ ${fmt(rule.min)} đến ${fmt(rule.max)} (đã nhập ${fmt(v.score)})` });
  }
  if (v.rank !== null && v.rankOf !== null && v.rank > v.rankOf) {
    out.push({ field: 'rank', message: `Thứ hạng ${fmt(v.rank)} lớn hơn tổng số ${fmt(v.rankOf)}` });
  }
  if (v.rank !== null && v.rankOf === null) {
    out.push({ field: 'rankOf', message: 'Có thứ hạng thì phải ghi trên tổng số bao nhiêu đơn vị' });
  }
  if (v.band !== null) {
    if (!rule.bands) out.push({ field: 'band', message: `${rule.short} không xếp loại; để trống Xếp loại` });
    else if (!rule.bands.includes(v.band)) out.push({ field: 'band', message: `Xếp loại ${rule.short} phải là một trong: ${rule.bands.join(', ')}` });
  }
  if (v.score === null && v.rank === null && v.band === null) {
    out.push({ field: 'score', message: 'Cần ít nhất một trong: điểm, thứ hạng, xếp loại' });
  }
  return out;
}

/** A band as the user typed it ("kha", "TỐT") folded onto the index's own spelling; unknown text is returned as is. */
export function canonicalBand(index: IndexCode, text: string): string {
  const key = searchKey(text);
  return indexRules[index].bands?.find((b) => searchKey(b) === key) ?? text;
}

const indexKeys = new Map<string, IndexCode>(
  indexCodes.flatMap((code) => [
    [searchKey(code), code],
    [searchKey(indexLabels[code]), code],
    [searchKey(indexRules[code].short), code],
  ]),
);
// Common spellings from decisions and spreadsheets.
indexKeys.set(searchKey('PAR'), 'PAR_INDEX');
indexKeys.set(searchKey('ICT'), 'ICT_INDEX');
indexKeys.set(searchKey('Chỉ số cải cách hành chính'), 'CCHC');

/** An index named by its code, its short name or its full label, ignoring case and diacritics. */
export function findIndex(text: string): IndexCode | undefined {
  return indexKeys.get(searchKey(text));
}
