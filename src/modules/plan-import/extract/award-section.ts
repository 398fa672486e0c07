import { key } from '../patterns';
import { nodeText, type Node } from '../segment';
import { parseNamedAward, parseProseAwards, type ExtractedAward } from './awards';
import { parseQuota } from './quotas';
import { findSection, spanOfNode } from './sections';

/** Awards from "Hình thức khen thưởng" (or a bare "Khen thưởng"), quotas from "Số lượng khen thưởng". */
export function awardsFrom(tree: Node[]): ExtractedAward[] {
  const section = findSection(tree, /^hinh thuc khen thuong|^hinh thuc$/) ?? findSection(tree, /^khen thuong$/);
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
    if (target && parsed) target.quota = parsed;
  }
  return awards;
}
