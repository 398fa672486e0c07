import { standardScales, type TargetInput } from '../../movements/model/target';
import type { IndexCode } from '../../movements/model/vocab';
import { key } from '../patterns';

export interface FoundTarget {
  target: TargetInput;
  /** Offsets of the phrase inside the sentence given. */
  at: [number, number];
  confidence: number;
}

const NUM = '(\\d{1,3}(?:[.,]\\d+)?)';
const pct = (s: string) => Number(s.replace(',', '.'));

/** Percent phrasings, most specific first: the comparator is read from the words around the number. */
const PERCENT: [RegExp, (m: RegExpExecArray) => TargetInput][] = [
  [new RegExp(`từ\\s+${NUM}\\s*%\\s*(?:đến|-|–)\\s*${NUM}\\s*%`, 'iu'), (m) => ({ measure: 'percent', comparator: 'between', value: pct(m[1]!), upper: pct(m[2]!) })],
  [new RegExp(`(?:từ|ít nhất|tối thiểu|không dưới|không thấp hơn)\\s+${NUM}\\s*%`, 'iu'), (m) => ({ measure: 'percent', comparator: 'gte', value: pct(m[1]!) })],
  [new RegExp(`${NUM}\\s*%\\s*trở lên`, 'iu'), (m) => ({ measure: 'percent', comparator: 'gte', value: pct(m[1]!) })],
  [new RegExp(`(?:trên|hơn|vượt)\\s+${NUM}\\s*%`, 'iu'), (m) => ({ measure: 'percent', comparator: 'gt', value: pct(m[1]!) })],
  [new RegExp(`(?:không quá|tối đa|không vượt quá)\\s+${NUM}\\s*%`, 'iu'), (m) => ({ measure: 'percent', comparator: 'lte', value: pct(m[1]!) })],
  [new RegExp(`(?:dưới|thấp hơn)\\s+${NUM}\\s*%`, 'iu'), (m) => ({ measure: 'percent', comparator: 'lt', value: pct(m[1]!) })],
  [new RegExp(`${NUM}\\s*%`, 'iu'), (m) => ({ measure: 'percent', comparator: 'gte', value: pct(m[1]!) })],
];

const RANK_BETWEEN = /xếp\s+(?:thứ\s+hạng\s+|hạng\s+)?(?:thứ\s+)?(\d{1,3})\s*[-–]\s*(\d{1,3})(?:\s*\/\s*(\d{1,3}))?/iu;
const RANK_ONE = /xếp\s+(?:thứ\s+hạng\s+|hạng\s+)?thứ\s+(\d{1,3})(?:\s*\/\s*(\d{1,3}))?(\s+trở lên)?/iu;
const TOP_N = /(?:thuộc\s+)?(?:nhóm|tốp|top)\s+(\d{1,3})\s+[^.;]{0,40}?dẫn đầu/iu;
const BAND = /(?:xếp\s+loại|thuộc\s+nhóm|đạt\s+loại|mức)\s+(rất tốt|tốt|khá|trung bình cao|trung bình thấp|trung bình|xuất sắc|cao nhất)(\s+trở lên)?/iu;
const RELATIVE = /cao hơn (?:mức )?(?:trung bình|bình quân)(?: chung)? (?:của )?cả nước/iu;
const PREVIOUS = /cao hơn (?:so với )?năm trước/iu;

/** The rating scale a band belongs to: the index's own if known, else the first scale with that band. */
function scaleFor(band: string, index: IndexCode | null): string[] {
  const byIndex: Partial<Record<IndexCode, readonly string[]>> = { PCI: standardScales.pci, PAPI: standardScales.papi, CCHC: standardScales.cchc, PAR_INDEX: standardScales.cchc };
  const own = index ? byIndex[index] : undefined;
  if (own && own.includes(band)) return [...own];
  for (const s of Object.values(standardScales)) if (s.includes(band as never)) return [...s];
  return [band, 'Khác'];
}

/** Capitalised as the scales write it: "tốt" → "Tốt", "trung bình cao" → "Trung bình cao". */
const bandName = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1).toLocaleLowerCase('vi');

/** Reads a target from a sentence: "đạt từ 80% trở lên", "xếp thứ hạng thứ 5-6/16", "xếp loại Tốt"… */
export function parseTarget(sentence: string, index: IndexCode | null = null): FoundTarget | null {
  const at = (m: RegExpExecArray): [number, number] => [m.index, m.index + m[0].length];
  let m = RANK_BETWEEN.exec(sentence);
  if (m) {
    const of = m[3] ? Number(m[3]) : null;
    return { target: { measure: 'rank', comparator: 'between', value: Number(m[1]), upper: Number(m[2]), of }, at: at(m), confidence: 0.9 };
  }
  m = RANK_ONE.exec(sentence);
  if (m) {
    // "xếp thứ 3/20 sở, ngành trở lên": "trở lên" may follow the group's name.
    const orBetter = !!m[3] || /^[^.;]{0,40}?trở lên/u.test(sentence.slice(m.index + m[0].length));
    return { target: { measure: 'rank', comparator: orBetter ? 'lte' : 'eq', value: Number(m[1]), of: m[2] ? Number(m[2]) : null }, at: at(m), confidence: 0.85 };
  }
  m = TOP_N.exec(sentence);
  if (m) return { target: { measure: 'rank', comparator: 'top_n', value: Number(m[1]) }, at: at(m), confidence: 0.85 };
  m = RELATIVE.exec(sentence);
  if (m) return { target: { measure: 'relative', comparator: 'gt', reference: 'national_average' }, at: at(m), confidence: 0.85 };
  m = PREVIOUS.exec(sentence);
  if (m) return { target: { measure: 'relative', comparator: 'gt', reference: 'previous_year' }, at: at(m), confidence: 0.7 };
  m = BAND.exec(sentence);
  if (m) {
    const band = bandName(m[1]!);
    return { target: { measure: 'band', comparator: 'gte', band, scale: scaleFor(band, index) }, at: at(m), confidence: 0.8 };
  }
  for (const [re, make] of PERCENT) {
    m = re.exec(sentence);
    if (m) {
      const t = make(m);
      if ('value' in t && typeof t.value === 'number' && t.value > 100) continue;
      return { target: t, at: at(m), confidence: 0.9 };
    }
  }
  return null;
}

const INDICES: [RegExp, IndexCode][] = [
  [/\bPAR\s*In\w*|chỉ số cải cách hành chính|chỉ số cchc/iu, 'PAR_INDEX'],
  [/\bSIPAS\b|chỉ số hài lòng|hài lòng[^.;]{0,80}sự phục vụ/iu, 'SIPAS'],
  [/\bPAPI\b|hiệu quả quản trị và hành chính công/iu, 'PAPI'],
  [/\bPCI\b|năng lực cạnh tranh cấp tỉnh/iu, 'PCI'],
  [/\bICT\s*Index\b|sẵn sàng cho phát triển và ứng dụng công nghệ thông tin/iu, 'ICT_INDEX'],
];

/** The index a clause is about (the typo "PAR Inder" included). */
export function indexIn(clause: string): IndexCode | null {
  for (const [re, code] of INDICES) if (re.test(clause)) return code;
  return null;
}

/**
 * A province ranks its xã / sở on its own CCHC index; "PAR Index" of a unit below the province
 * (a xã, a sở, "của xã", "tại các đơn vị") is that local index.
 */
export function localIndex(code: IndexCode | null, clause: string, issuerLevel: 'province' | 'local'): IndexCode | null {
  if (code !== 'PAR_INDEX') return code;
  const k = key(clause);
  if (issuerLevel === 'local' || /cua xa|tai cac don vi|cua don vi|xep hang chi so/.test(k)) return 'CCHC';
  return code;
}
