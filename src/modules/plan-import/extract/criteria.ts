import type { TargetInput } from '../../movements/model/target';
import type { IndexCode } from '../../movements/model/vocab';
import { key } from '../patterns';
import { nodeText, walk, type Node, type Span } from '../segment';
import { spanOfNode } from './sections';
import { indexIn, localIndex, parseTarget } from './targets';

export interface ExtractedCriterion {
  label: string | null;
  text: string;
  indicator: string;
  index: IndexCode | null;
  target: TargetInput;
  /** The phrase the target was read from ("đạt từ 80% trở lên"); null for a yes/no standard. */
  targetText: string | null;
  appliesTo: 'collective' | 'individual' | 'both';
  span: Span;
  confidence: number;
}

/** Sentences and "; " clauses with their offsets inside `text`. */
function clauses(text: string): { s: string; at: number }[] {
  const out: { s: string; at: number }[] = [];
  const re = /[^.;]+(?:[.;](?!\d)|$)/gu;
  for (const m of text.matchAll(re)) {
    const s = m[0].trim();
    if (s) out.push({ s, at: m.index + m[0].indexOf(s) });
  }
  // Rejoin pieces cut at a decimal point or an abbreviation: a clause must start with a letter or digit.
  return out;
}

/** What is measured, short: the words before the target phrase. */
function indicatorOf(clause: string, at: [number, number]): string {
  const before = clause.slice(0, at[0]).replace(/(?<![\p{L}])(đạt|đảm bảo|bảo đảm|có)\s*$/u, '').trim();
  const after = clause.slice(at[1]).replace(/[.;]$/u, '').trim();
  const words = (before.length >= 8 ? before : after || before).replace(/^(a|b|c)\)\s*/u, '');
  return (words.charAt(0).toLocaleUpperCase('vi') + words.slice(1)).slice(0, 300) || 'Chỉ tiêu';
}

export type IssuerLevel = 'province' | 'local';

/** Criteria of a "Tiêu chí thi đua" section: each clause with a target is one criterion (e), k) state two). */
export function criteriaFromSection(section: Node, level: IssuerLevel): ExtractedCriterion[] {
  const out: ExtractedCriterion[] = [];
  // Items anywhere below the heading ("I. TIÊU CHÍ" › "1. Tiêu chí" › "a) …"); headings alone state no target.
  for (const item of walk(section.children)) {
    if (item.kind === 'para' || item.body === null) continue;
    const text = nodeText(item);
    const base = item.bodySpan?.[0] ?? item.span[0];
    for (const c of clauses(text)) {
      const t = parseTarget(c.s, indexIn(c.s));
      if (!t) continue;
      out.push({
        label: item.label,
        text: c.s,
        indicator: indicatorOf(c.s, t.at),
        index: localIndex(indexIn(c.s), c.s, level),
        target: t.target,
        targetText: c.s.slice(t.at[0], t.at[1]),
        appliesTo: 'collective',
        span: [base + c.at, base + c.at + c.s.length],
        confidence: t.confidence,
      });
    }
  }
  return out;
}

/**
 * Measurable award standards ("đạt chất lượng trên 90%", "xếp loại Tốt") are criteria too; the
 * individual's standard repeats the collective's, so the same target on the same index (or the same
 * sentence) is one criterion applying to both — an index measures a unit, so it stays collective.
 */
export function criteriaFromStandards(standards: { node: Node; scope: 'collective' | 'individual' }[], level: IssuerLevel): ExtractedCriterion[] {
  const out: ExtractedCriterion[] = [];
  for (const { node, scope } of standards) {
    const text = node.body ?? '';
    if (!text || node.children.length > 0) continue;
    const base = node.bodySpan?.[0] ?? node.span[0];
    const parts = clauses(text);
    const measurable = parts.map((c) => ({ c, t: parseTarget(c.s, indexIn(c.s)) }));
    if (!measurable.some((m) => m.t)) continue;
    for (const { c, t } of measurable) {
      const boolean = !t && /^(?:\p{L}+\s+){0,2}có\s/iu.test(c.s) && !/^có thành tích/iu.test(c.s);
      if (!t && !boolean) continue;
      const target: TargetInput = t ? t.target : { measure: 'boolean', value: true };
      const index = localIndex(indexIn(c.s), c.s, level);
      const sameAs = out.find(
        (o) => (index !== null && o.index === index && JSON.stringify(o.target) === JSON.stringify(target)) || key(o.text).endsWith(key(c.s).replace(/^(don vi )?co /, '')) || key(c.s).endsWith(key(o.text).replace(/^(don vi )?co /, '')),
      );
      if (sameAs) {
        if (sameAs.appliesTo !== scope && index === null) sameAs.appliesTo = 'both';
        continue;
      }
      out.push({
        label: null,
        text: c.s,
        indicator: t ? indicatorOf(c.s, t.at) : c.s.replace(/^(?:\p{Lu}[\p{Ll}]*\s+)?có\s+/iu, '').slice(0, 120),
        index,
        target,
        targetText: t ? c.s.slice(t.at[0], t.at[1]) : null,
        appliesTo: scope,
        span: [base + c.at, base + c.at + c.s.length],
        confidence: t ? t.confidence : 0.5,
      });
    }
  }
  return out;
}

/** Standards grouped by whom they apply to: "Đối với tập thể", "Cá nhân", "Đối với công chức…". */
export function standardNodes(section: Node): { node: Node; scope: 'collective' | 'individual' }[] {
  const out: { node: Node; scope: 'collective' | 'individual' }[] = [];
  for (const n of walk(section.children)) {
    if (n.kind === 'bullet' || n.kind === 'para' || n.title === null) continue;
    const k = key(n.title);
    const scope = /tap the|don vi|co quan/.test(k) ? 'collective' : /ca nhan|cong chuc|can bo|vien chuc|nguoi lao dong/.test(k) ? 'individual' : null;
    if (!scope) continue;
    if (n.children.some((c) => c.kind === 'bullet')) for (const c of n.children) out.push({ node: c, scope });
    else out.push({ node: n, scope });
  }
  return out;
}

export const standardSpan = (n: Node): Span => spanOfNode(n);
