import type { Block, FieldKind, ListKind, Section } from '../../movements/model/outline.schema';
import { nodeText, type Node } from '../segment';

/** The heading nodes each element was read from: their section prints that element. */
export type Placed = Map<Node, { list: ListKind } | { field: FieldKind }>;

const isHeading = (n: Node) => n.kind !== 'bullet' && n.kind !== 'para' && n.title !== null;

function blocksOf(n: Node, placed: Placed): { blocks: Block[]; children: Section[]; inline: boolean } {
  const at = placed.get(n);
  if (at) {
    const block: Block = 'list' in at ? { kind: 'list', list: at.list } : { kind: 'field', field: at.field };
    return { blocks: [block], children: [], inline: n.body !== null && 'field' in at };
  }
  const blocks: Block[] = [];
  const children: Section[] = [];
  if (n.body !== null) blocks.push({ kind: 'text', label: null, text: n.body, italic: false, refs: [] });
  for (const c of n.children) {
    if (isHeading(c) && (c.body === null || c.children.length > 0 || placed.has(c))) children.push(sectionOf(c, placed));
    else pushText(blocks, c);
  }
  return { blocks, children, inline: n.body !== null };
}

/** A paragraph and everything under it as prose blocks ("a) …", "- …"). */
function pushText(blocks: Block[], n: Node): void {
  const text = nodeText(n).trim();
  if (text) blocks.push({ kind: 'text', label: n.label, text: text.slice(0, 20_000), italic: false, refs: [] });
  for (const c of n.children) pushText(blocks, c);
}

function sectionOf(n: Node, placed: Placed): Section {
  const { blocks, children, inline } = blocksOf(n, placed);
  return { number: n.label, heading: n.title, inline, blocks: blocks.slice(0, 200), children: children.slice(0, 50) };
}

/**
 * The plan's layout as written: its numbered headings, and in each either the element read from it
 * (a list, a field) or its paragraphs as prose, so a draft prints back in the issuer's order.
 */
export function outlineOf(tree: Node[], placed: Placed): Section[] {
  return tree.filter(isHeading).slice(0, 30).map((n) => sectionOf(n, placed));
}
