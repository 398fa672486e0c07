import { awardFormCodes } from '../../movements/model/elements.schema';
import { key } from '../patterns';
import type { Span } from '../segment';
import { parseQuota, type ExtractedQuota } from './quotas';

export type AwardForm = (typeof awardFormCodes)[number];

export interface ExtractedAward {
  text: string;
  label: string | null;
  form: AwardForm;
  name: string;
  grantor: string;
  recipients: 'collective' | 'individual' | 'both';
  quota: ExtractedQuota;
  /** Where the quota is stated when not in the award's own sentence ("Số lượng khen thưởng"). */
  quotaSpan?: Span;
  span: Span;
  confidence: number;
  occasion: 'yearly' | 'final' | 'thematic' | 'sudden';
}

const noQuota = (): ExtractedQuota => ({ mode: 'none', collectives: null, individuals: null, percent: null, by: null, text: null });

/** The form from its name; a body below the province grants Giấy khen (Luật TĐKT 2022, Điều 78–80). */
export function formOf(name: string): AwardForm {
  const k = key(name);
  if (k.startsWith('bang khen')) {
    if (/thu tuong/.test(k)) return 'bang_khen_ttg';
    if (/\bbo\b|bo truong/.test(k)) return 'bang_khen_bo';
    return 'bang_khen_tinh';
  }
  if (k.startsWith('giay khen')) return 'giay_khen';
  if (k.startsWith('huan chuong')) return 'huan_chuong';
  if (/^(danh hieu|chien si thi dua|tap the lao dong)/.test(k)) return 'danh_hieu';
  return 'khac';
}

export function recipientsOf(text: string): ExtractedAward['recipients'] {
  const k = key(text);
  const coll = /tap the|to chuc|don vi/.test(k);
  const ind = /ca nhan|can bo|cong chuc|vien chuc|nguoi lao dong|nguoi hoat dong/.test(k);
  return coll && !ind ? 'collective' : ind && !coll ? 'individual' : 'both';
}

const NAMED = /(Bằng khen|Giấy khen|Huân chương|Cờ thi đua|Danh hiệu)(\s+(?:của\s+)?([^,.;()]*?))(?=\s+(?:xét tặng|tặng|cho|đối với|để)(?![\p{L}\p{N}])|[,.;(:]|$)/u;

/** "Bằng khen của Chủ tịch UBND tỉnh xét tặng tập thể … (do Sở Nội vụ phân bổ chỉ tiêu)". */
export function parseNamedAward(text: string, label: string | null, span: Span): ExtractedAward | null {
  const m = NAMED.exec(text);
  if (!m) return null;
  const name = `${m[1]}${m[2]}`.trim();
  const grantor = (m[3] ?? '').trim();
  const after = text.slice(m.index + m[0].length);
  return {
    text,
    label,
    form: formOf(name),
    name,
    grantor: grantor || 'Cấp có thẩm quyền',
    recipients: /tặng|cho|đối với/u.test(after.slice(0, 30)) ? recipientsOf(after.split(/[.;(]/u)[0] ?? '') : 'both',
    quota: parseQuota(after) ?? noQuota(),
    span,
    confidence: 0.85,
    occasion: 'yearly',
  };
}

/**
 * Awards stated in prose: "được UBND xã khen thưởng hoặc đề nghị cấp thẩm quyền khen thưởng",
 * "chọn 01 tập thể, 03 cá nhân đề nghị về Ủy ban nhân dân xã khen thưởng". Each "… khen thưởng"
 * clause naming who grants it is one award; a body's own khen thưởng is its Giấy khen.
 */
export function parseProseAwards(text: string, label: string | null, span: Span): ExtractedAward[] {
  const out: ExtractedAward[] = [];
  const clauses = text.split(/,\s*riêng\s+|;\s*|\s+hoặc\s+/u);
  for (const clause of clauses) {
    const thematic = /khen thưởng\s+(chuyên đề|đột xuất|theo đợt)/u.exec(clause);
    if (thematic && !/(?:chọn)\s+\d/u.test(clause)) {
      const grantor = /thẩm quyền/u.test(clause) ? 'Cấp có thẩm quyền' : 'Chưa rõ';
      const occasion = thematic[1] === 'đột xuất' ? 'sudden' : 'thematic';
      out.push({ text, label, form: 'khac', name: `khen thưởng ${thematic[1]}`, grantor, recipients: recipientsOf(clause.slice(0, thematic.index)), quota: noQuota(), span, confidence: 0.5, occasion });
      continue;
    }
    const m = /(?:được|đề nghị(?:\s+về)?|trình)\s+((?:Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân|Phòng|Sở|cấp)[^,.;]{0,50}?)\s+(?:xét\s+)?khen thưởng/u.exec(clause);
    if (!m) continue;
    const grantor = m[1]!.split(/\s+được\s+/u).pop()!.trim();
    const higher = /^cấp(?![\p{L}\p{N}])/u.test(grantor);
    const quota = parseQuota(clause) ?? noQuota();
    const by = /(?:^|\s)(Hội đồng[^,.;]{3,60}?)\s+(?:sẽ\s+)?xét chọn/u.exec(clause);
    if (by) quota.by = by[1]!.trim();
    out.push({
      text,
      label,
      form: higher ? 'khac' : 'giay_khen',
      name: `${grantor} khen thưởng`,
      grantor,
      recipients: recipientsOf(clause),
      quota,
      span,
      confidence: 0.6,
      occasion: 'yearly',
    });
  }
  return out;
}
