import { key } from '../patterns';
import { nodeText, type Node } from '../segment';
import { parseNamedAward, parseProseAwards, recipientsOf, type ExtractedAward } from './awards';
import { parseQuota } from './quotas';
import { findSection, spanOfNode } from './sections';

/** Awards from "Hình thức khen thưởng" (or a bare "Khen thưởng"), quotas from "Số lượng khen thưởng". */
const awardSection = (tree: Node[]) => findSection(tree, /^hinh thuc khen thuong|^hinh thuc$/) ?? findSection(tree, /^khen thuong$/);

export function awardsFrom(tree: Node[]): ExtractedAward[] {
  const section = awardSection(tree);
  if (!section) return [];
  const nodes = section.children.length > 0 ? section.children : [section];
  const awards: ExtractedAward[] = [];
  for (const n of nodes) {
    const text = n === section ? (n.body ?? '') : nodeText(n);
    if (!text) continue;
    const named = parseNamedAward(text, n.label, spanOfNode(n));
    if (named) awards.push(named);
    else awards.push(...parseProseAwards(text, n.label, spanOfNode(n)));
  }
  const quotas = findSection(tree, /^so luong khen thuong|^so luong de nghi/);
  for (const q of quotas?.children ?? []) {
    const t = nodeText(q);
    const target = awards.find((a) => key(t).includes(key(a.name)));
    const parsed = parseQuota(q.body ?? t);
    if (target && parsed) {
      target.quota = parsed;
      target.quotaSpan = spanOfNode(q);
    }
  }
  return awards;
}

/** "… cán bộ, công chức … có sáng kiến … được cơ quan có thẩm quyền chấp thuận thì được xem xét khen thưởng". */
const CONDITION = /\s(?:có|đạt)\s[^;]{5,400}?\sthì\s+(?:sẽ\s+)?được\s+(?:xem\s+xét\s+|xét\s+)?(?:khen thưởng|đề nghị khen thưởng|tặng)/u;

/**
 * Standards a plan with no "Tiêu chuẩn" section states as conditions in its award section: each
 * item saying who, having achieved what, "thì được … khen thưởng" is a standard for those it names.
 */
export function conditionalStandards(tree: Node[]): { node: Node; scope: 'collective' | 'individual' }[] {
  const section = awardSection(tree);
  if (!section) return [];
  const out: { node: Node; scope: 'collective' | 'individual' }[] = [];
  for (const n of section.children.length > 0 ? section.children : [section]) {
    const t = nodeText(n);
    const m = CONDITION.exec(t);
    if (!m) continue;
    const who = recipientsOf(t.slice(0, m.index));
    if (who !== 'individual') out.push({ node: n, scope: 'collective' });
    if (who !== 'collective') out.push({ node: n, scope: 'individual' });
  }
  return out;
}
