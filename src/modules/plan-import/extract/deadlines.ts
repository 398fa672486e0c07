import type { DueRule } from '../../movements/model/elements.schema';
import { isoDate } from '../patterns';

export interface ExtractedDeadline {
  due: DueRule;
  strict: 'before' | 'by';
  kind: 'submit_plan' | 'registration' | 'submit_report' | 'submit_proposal' | 'other';
  title: string;
  responsible: string;
  recipient: string | null;
  /** Offsets of the phrase within the sentence given. */
  at: [number, number];
}

const ROMAN_Q: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
const DAY_MONTH = '(\\d{1,2})(?:\\s*\\/\\s*|\\s+tháng\\s+)(\\d{1,2})(?:(?:\\s*\\/\\s*|\\s+năm\\s+)(\\d{4}))?';
const LEAD = new RegExp(`(trước|chậm nhất(?:\\s+là)?|hạn chót(?:\\s+là)?|không muộn hơn|hạn cuối(?:\\s+là)?)\\s+(?:ngày\\s+)?${DAY_MONTH}`, 'giu');
/** "… và về huyện là ngày 10 tháng 12": a second date continuing the first deadline's sentence. */
const AND_THEN = new RegExp(`\\svà\\s+(?:về\\s+)?([^,.;]{0,40}?)\\s*(?:là|trước)\\s+ngày\\s+${DAY_MONTH}`, 'giu');
const QUARTER = /(?:trong|trước hết|trước khi hết)\s+Quý\s+(I{1,3}|IV|[1-4])\s*\/\s*(\d{4})/iu;
/** "hàng năm báo cáo kết quả thực hiện về UBND xã": a yearly duty with no date, announced each year. */
const YEARLY_SEND = /h[ằà]ng năm\s+(?:báo cáo|gửi)[^.;]{0,80}?\s+về\s+/iu;
const LATER = /(?:có\s+)?văn bản thông báo sau|thông báo sau/iu;

function kindOf(s: string): ExtractedDeadline['kind'] {
  if (/khen thưởng|đề nghị|hồ sơ/iu.test(s)) return 'submit_proposal';
  if (/kế hoạch/iu.test(s)) return 'submit_plan';
  if (/đăng ký/iu.test(s)) return 'registration';
  if (/báo cáo/iu.test(s)) return 'submit_report';
  return 'other';
}
const titles: Record<ExtractedDeadline['kind'], string> = {
  submit_proposal: 'Gửi hồ sơ đề nghị khen thưởng',
  submit_plan: 'Gửi kế hoạch',
  registration: 'Đăng ký thi đua',
  submit_report: 'Gửi báo cáo',
  other: 'Thời hạn',
};

/** "về xã", "về UBND thị xã (qua Phòng Nội vụ)", "gửi Văn phòng Sở". */
function recipientIn(s: string): string | null {
  const org = '((?:Văn phòng|Phòng|Sở|Ủy ban|UBND|Ban|Hội đồng)[^,.;]{0,60}?)(?=\\s+(?:trước|chậm nhất|trong|là)(?![\\p{L}])|[,.;]|$)';
  // "gửi Văn phòng Sở", "gửi về xã"; else "gửi hồ sơ về Văn phòng Sở" (an object, then về/đến).
  const m = new RegExp(`(?:gửi|nộp)\\s+(?:(?:về|đến|cho|tại)\\s+)?${org}`, 'u').exec(s) ?? new RegExp(`(?:gửi|nộp)\\s+[^,.;]{1,30}?\\s+(?:về|đến|cho|tại)\\s+${org}`, 'u').exec(s);
  return m ? m[1]!.trim() : null;
}

function responsibleIn(s: string): string {
  const m = /của\s+(các\s+[^\s].{0,40}?)\s+gửi/u.exec(s) ?? /^([\p{Lu}][^.;:]{2,60}?)\s+gửi/u.exec(s);
  return m ? m[1]!.trim() : 'Các cơ quan, đơn vị';
}

/**
 * Deadlines a sentence states: "trước ngày 15/12 hằng năm" (yearly, before), "chậm nhất là ngày
 * 25 tháng 11" (by), "trong Quý I/2022" (quarter), "có văn bản thông báo sau" (announced later).
 * A date without a year in a sentence that recurs ("hằng năm", or a plan over several years) is yearly.
 */
export function parseDeadlines(sentence: string, opts: { recurring: boolean; announcedHeading: boolean }): ExtractedDeadline[] {
  const out: ExtractedDeadline[] = [];
  const yearly = opts.recurring || /h[ằà]ng năm/iu.test(sentence);
  const base = (at: [number, number]) => {
    // The clause holding the date says what is due ("…; đồng thời gửi kế hoạch … trong Quý I").
    const from = Math.max(sentence.lastIndexOf(';', at[0]), sentence.lastIndexOf(',', at[0]), sentence.lastIndexOf('đồng thời', at[0]), 0);
    const kind = kindOf(sentence.slice(from, at[1])) === 'other' ? kindOf(sentence) : kindOf(sentence.slice(from, at[1]));
    return { kind, title: titles[kind], responsible: responsibleIn(sentence), recipient: recipientIn(sentence), at };
  };
  const due = (d: string, m: string, y: string | undefined): DueRule | null => {
    if (y) {
      const iso = isoDate(Number(d), Number(m), Number(y));
      return iso ? { kind: 'date', date: iso } : null;
    }
    if (!yearly) return null;
    return Number(m) >= 1 && Number(m) <= 12 && Number(d) >= 1 && Number(d) <= 31 ? { kind: 'yearly', day: Number(d), month: Number(m) } : null;
  };
  for (const m of sentence.matchAll(LEAD)) {
    const rule = due(m[2]!, m[3]!, m[4]);
    if (rule) out.push({ ...base([m.index, m.index + m[0].length]), due: rule, strict: /^trước/iu.test(m[1]!) ? 'before' : 'by' });
  }
  if (out.length > 0)
    for (const m of sentence.matchAll(AND_THEN)) {
      const rule = due(m[2]!, m[3]!, m[4]);
      if (rule) out.push({ ...base([m.index, m.index + m[0].length]), due: rule, strict: out[0]!.strict, recipient: m[1]!.trim() || null });
    }
  const q = QUARTER.exec(sentence);
  if (q) out.push({ ...base([q.index, q.index + q[0].length]), due: { kind: 'quarter', year: Number(q[2]), quarter: ROMAN_Q[q[1]!] ?? Number(q[1]) }, strict: 'by' });
  const yearlyReport = out.length === 0 ? YEARLY_SEND.exec(sentence) : null;
  if (yearlyReport) out.push({ ...base([yearlyReport.index, yearlyReport.index + yearlyReport[0].length]), due: { kind: 'announced_later' }, strict: 'by' });
  const later = LATER.exec(sentence);
  if (later && opts.announcedHeading) out.push({ ...base([later.index, later.index + later[0].length]), due: { kind: 'announced_later' }, strict: 'by' });
  return out;
}
