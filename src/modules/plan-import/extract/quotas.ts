import { toInt } from '../patterns';

export interface ExtractedQuota {
  mode: 'max' | 'exact' | 'allocated' | 'discretionary' | 'none';
  collectives: number | null;
  individuals: number | null;
  percent: number | null;
  by: string | null;
  text: string | null;
}

const COUNTS = /(\d{1,3})\s+tập thể(?:\s*(?:và|,|;)\s*(\d{1,3})\s+cá nhân)?|(\d{1,3})\s+cá nhân/iu;

/**
 * How many may be proposed, from the wording: "không quá 10 tập thể và 10 cá nhân" (max),
 * "chọn 01 tập thể, 03 cá nhân" (exact), "do Sở Nội vụ phân bổ chỉ tiêu" / "theo hướng dẫn của …"
 * (allocated by another body), "Giám đốc Sở quyết định số lượng" (discretionary).
 */
export function parseQuota(text: string): ExtractedQuota | null {
  const none: ExtractedQuota = { mode: 'none', collectives: null, individuals: null, percent: null, by: null, text: null };
  const max = /(?:không quá|tối đa|không vượt quá)\s+([^.;]*)/iu.exec(text);
  const exact = /(?:chọn|lựa chọn|xét chọn|bình chọn)\s+([^.;]*)/iu.exec(text);
  for (const [m, mode] of [[max, 'max'], [exact, 'exact']] as const) {
    if (!m) continue;
    const pct = /^(\d{1,3}(?:[.,]\d+)?)\s*%/u.exec(m[1]!);
    if (pct) return { ...none, mode, percent: Number(pct[1]!.replace(',', '.')), text: m[0].trim() };
    const c = COUNTS.exec(m[1]!);
    if (c) {
      const collectives = c[1] ? toInt(c[1]) : null;
      const individuals = c[2] ? toInt(c[2]) : c[3] ? toInt(c[3]) : null;
      return { ...none, mode, collectives, individuals, text: m[0].trim() };
    }
  }
  const alloc = /do\s+(.{3,80}?)\s+phân bổ/iu.exec(text) ?? /theo hướng dẫn của\s+([^.;]{3,80})/iu.exec(text);
  if (alloc) return { ...none, mode: 'allocated', by: alloc[1]!.trim(), text: alloc[0].trim() };
  const disc = /([\p{Lu}][^,.;]{2,60}?)\s+quyết định số lượng/u.exec(text);
  if (disc) return { ...none, mode: 'discretionary', by: disc[1]!.trim(), text: text.slice(disc.index).trim() };
  return null;
}
