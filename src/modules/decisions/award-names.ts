import { entryFor } from '../commendation/catalogue';

/** The award as printed: "Giấy khen", "Bằng khen của Chủ tịch UBND tỉnh", "Lao động tiên tiến". */
export const awardNameOf = (code: string, date: string): string => entryFor(code, date)?.name ?? code;

/** A title (danh hiệu) is "công nhận"; an award form (hình thức) is "tặng". */
export const isTitle = (code: string, date: string): boolean => entryFor(code, date)?.kind === 'title';

/** The tóm tắt thành tích of a stored báo cáo thành tích, if written. */
export function reportSummary(report: unknown): string | null {
  const value = typeof report === 'string' ? (JSON.parse(report) as unknown) : report;
  if (value && typeof value === 'object' && 'summary' in value) {
    const s = (value as { summary: unknown }).summary;
    if (typeof s === 'string' && s.trim() !== '') return s.trim().normalize('NFC');
  }
  return null;
}
