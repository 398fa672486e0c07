import type { Target } from '../movements/model/target';
import { formatNumberVi, formatResultValue, indexResultValue, resolvedIndexBand, resultValueProblem, type IndexBandSetting, type ResultValue } from '../scoring';
import { indexRules, type IndexCode } from './index-rules';

/** A recorded index result as read from index_scores (score is numeric text in PostgreSQL). */
export interface RecordedIndexScore {
  unitId: number;
  year: number;
  index: IndexCode;
  score: number | null;
  rank: number | null;
  rankOf: number | null;
  band: string | null;
  source: string | null;
}

/** A criterion value taken from an index result, with the sentence saying where it came from. */
export interface IndexDerivedValue {
  value: ResultValue;
  index: IndexCode;
  year: number;
  /** "SIPAS 2024 = 91,2% — nguồn: chỉ số đã nhập (Quyết định …)" */
  sourceText: string;
}

/** "ngưỡng mặc định: Tốt ≥ 80, Khá ≥ 65, Trung bình ≥ 50, dưới 50 là Yếu" — what a computed band rests on. */
function thresholdsText(setting: IndexBandSetting): string {
  const m = setting.method;
  if (m.kind !== 'thresholds') return `theo ${setting.source}`;
  const steps = m.bands.map((b) => `${b.label} ≥ ${formatNumberVi(b.min)}`).join(', ');
  const lowest = m.bands.at(-1)?.min ?? 0;
  return `${setting.uncertain ? 'ngưỡng mặc định' : 'ngưỡng'}: ${steps}, dưới ${formatNumberVi(lowest)} là ${m.below}`;
}

/**
 * The value of a criterion on an index ("SIPAS ≥ 90%", "Chỉ số CCHC xếp loại Tốt", "PAR Index thuộc
 * nhóm 30 dẫn đầu") read from the unit's recorded result for the year; null when the result lacks what
 * the target measures, or its value would not fit the target (a band off the target's scale).
 */
export function indexCriterionValue(target: Target, s: RecordedIndexScore): IndexDerivedValue | null {
  const result = { score: s.score, rank: s.rank, rankOf: s.rankOf, band: s.band };
  const band = target.measure === 'band' ? resolvedIndexBand(s.index, s.year, result) : null;
  const value = indexResultValue(target, result, band?.band ?? null);
  if (value === null || resultValueProblem(target, value) !== null) return null;
  const short = indexRules[s.index].short;
  let shown = formatResultValue(value, target);
  if (value.measure === 'band' && band) {
    const score = s.score === null ? '' : `${formatNumberVi(s.score)} điểm, `;
    const how = band.from === 'computed' ? ` (${thresholdsText(band.setting)})` : '';
    shown = `${score}${shown}${how}`;
  }
  const sep = value.measure === 'percent' || value.measure === 'score' ? ' = ' : ': ';
  const origin = s.source ? `chỉ số đã nhập — ${s.source}` : 'chỉ số đã nhập';
  return { value, index: s.index, year: s.year, sourceText: `${short} ${s.year}${sep}${shown} — nguồn: ${origin}` };
}
