import type { Block, FieldKind, ListKind, Section } from '../../movements/model/outline.schema';
import { nodeText, type Node } from '../segment';

/** The heading nodes each element was read from: their section prints that element. */
export type Placed = Map<Node, { list: ListKind } | { field: FieldKind }>;
/** Elements read from prose ("awards:khen-thuong-1") and where their span starts. */
export type Stated = { ref: string; at: number }[];

/** The elements a paragraph states: those whose span starts on its line. */
const refsOf = (n: Node, stated: Stated) => [...new Set(stated.filter((s) => s.at >= n.span[0] && s.at < n.span[1]).map((s) => s.ref))].slice(0, 20);

const isHeading = (n: Node) => n.kind !== 'bullet' && n.kind !== 'para' && n.title !== null;

function blocksOf(n: Node, placed: Placed, stated: Stated): { blocks: Block[]; children: Section[]; inline: boolean } {
  const at = placed.get(n);
  if (at) {
    const block: Block = 'list' in at ? { kind: 'list', list: at.list } : { kind: 'field', field: at.field };
    return { blocks: [block], children: [], inline: n.body !== null && 'field' in at };
  }
  const blocks: Block[] = [];
  const children: Section[] = [];
  if (n.body !== null) blocks.push({ kind: 'text', label: null, text: n.body, italic: false, refs: refsOf(n, stated) });
  for (const c of n.children) {
    if (isHeading(c) && (c.body === null || c.children.length > 0 || placed.has(c))) children.push(sectionOf(c, placed, stated));
    else pushText(blocks, c, stated);
  }
  return { blocks, children, inline: n.body !== null };
}

/** A paragraph and everything under it as prose blocks ("a) …", "- …"). */
function pushText(blocks: Block[], n: Node, stated: Stated): void {
  const text = nodeText(n).trim();
  if (text) blocks.push({ kind: 'text', label: n.label, text: text.slice(0, 20_000), italic: false, refs: refsOf(n, stated) });
  for (const c of n.children) pushText(blocks, c, stated);
}

function sectionOf(n: Node, placed: Placed, stated: Stated): Section {
  const { blocks, children, inline } = blocksOf(n, placed, stated);
  return { number: n.label, heading: n.title, inline, blocks: blocks.slice(0, 200), children: children.slice(0, 50) };
}

/**
 * The plan's layout as written: its numbered headings, and in each either the element read from it
 * (a list, a field) or its paragraphs as prose naming the elements they state (`refs`), so a
 * draft prints back in the issuer's order.
 */
export function outlineOf(tree: Node[], placed: Placed, stated: Stated = []): Section[] {
  return tree.filter(isHeading).slice(0, 30).map((n) => sectionOf(n, placed, stated));
}
