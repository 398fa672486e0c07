import type { Item } from '../../movements/model/elements.schema';
import { findDate, isoDate, key } from '../patterns';
import { nodeText, walk, type Node, type Span } from '../segment';
import { field, type Field } from './field';

/** The first node whose heading words match, anywhere in the tree. */
export function findSection(tree: Node[], re: RegExp): Node | null {
  // A heading about one thing ("2. Mục tiêu thi đua") wins over one listing several ("II. CHỦ ĐỀ, MỤC TIÊU, …").
  let several: Node | null = null;
  for (const n of walk(tree)) {
    if (n.kind === 'bullet' || n.kind === 'para' || n.title === null) continue;
    const k = key(n.title);
    if (!re.test(k)) continue;
    if (!/,| va /.test(k)) return n;
    several ??= n;
  }
  return several;
}

export const spanOfNode = (n: Node): Span => {
  let end = n.span[1];
  for (const c of walk(n.children)) end = Math.max(end, c.span[1]);
  return [n.span[0], end];
};

/** A node as a plan item: label, bold title, text, children. */
export function toItem(n: Node): Item {
  const heading = n.kind !== 'bullet' && n.kind !== 'para' && n.title !== null && n.body === null;
  return {
    label: n.label,
    title: heading ? n.title : null,
    text: heading ? null : nodeText(n),
    children: n.children.map(toItem),
  };
}

/** The items under a heading; an inline body ("1. Chủ đề: …") is its only item. */
export function itemsOf(n: Node | null): { items: Item[]; spans: Span[] } {
  if (!n) return { items: [], spans: [] };
  if (n.children.length === 0 && n.body) return { items: [{ label: null, title: null, text: n.body, children: [] }], spans: [n.bodySpan!] };
  return { items: n.children.map(toItem), spans: n.children.map(spanOfNode) };
}

/** The single text a heading states: its inline body or its first paragraph. */
export function textOf(n: Node | null): Field<string> | null {
  if (!n) return null;
  if (n.body && n.bodySpan) return field(n.body, n.bodySpan, 0.85);
  const first = n.children[0];
  if (!first) return null;
  return field(nodeText(first), first.bodySpan ?? first.span, 0.8);
}

/** "đến hết ngày 31/12/2025", "đến ngày 31/12/2025", "đến hết năm 2022", "đến cuối năm 2020". */
export function periodEnd(text: string): { iso: string; at: number; phrase: string } | null {
  const d = /đến\s+(?:hết\s+)?(?:ngày\s+)?(\d{1,2}\/\d{1,2}\/\d{4})/iu.exec(text);
  if (d) {
    const f = findDate(d[1]!);
    if (f) return { iso: f.iso, at: d.index, phrase: d[0] };
  }
  const y = /(?:đến|kết thúc[^.]{0,80}?)\s+(?:hết|cuối)?\s*năm\s+(\d{4})/iu.exec(text);
  if (y) return { iso: `${y[1]}-12-31`, at: y.index, phrase: /(?:đến\s+)?(?:hết|cuối)?\s*năm\s+\d{4}$/u.exec(y[0])![0].trim() };
  return null;
}

/** The period's end from the title when the plan states no period: "năm 2024", "giai đoạn 2024 - 2025". */
export function periodFromTitle(title: string): string | null {
  const range = /giai đoạn\s+\d{4}\s*[-–]\s*(\d{4})/u.exec(title);
  if (range) return `${range[1]}-12-31`;
  const year = /năm\s+(\d{4})(?!\s*và những năm)/u.exec(title);
  return year ? `${year[1]}-12-31` : null;
}

/** Dates of the start the text names explicitly ("từ ngày 01/01/2024"); otherwise the plan starts on issue. */
export function periodStart(text: string): string | null {
  const d = /từ\s+ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/iu.exec(text);
  return d ? isoDate(Number(d[1]), Number(d[2]), Number(d[3])) : null;
}

/** Headings that announce contents rather than state one ("1. Những nội dung cần tập trung thực hiện", "2. Hình thức, thời gian tổ chức"). */
const ANNOUNCES = /^(nhung )?noi dung (can|trong tam|chu yeu|cu the)|^hinh thuc(,| va)? (to chuc|thoi gian)/;
/** Sub-sections of a contents section that hold another element. */
const OTHER_ELEMENT = /^(hinh thuc )?khen thuong|^tieu chi|^tieu chuan|^doi tuong|^to chuc thuc hien|^thoi gian|^ho so/;

/**
 * The contents of a "Nội dung thi đua" section: its items, except that a sub-heading announcing
 * contents gives its own items, a sub-section about another element (awards, period…) gives none,
 * and a sentence stating the period ("Thời gian phát động … là …") is the period, not a content.
 */
export function contentNodes(section: Node | null): Node[] {
  if (!section) return [];
  if (section.children.length === 0) return [];
  const out: Node[] = [];
  for (const c of section.children) {
    const k = key(c.title ?? '');
    const heading = c.kind !== 'bullet' && c.kind !== 'para' && c.title !== null && c.body === null;
    if (heading && OTHER_ELEMENT.test(k)) continue;
    if (heading && ANNOUNCES.test(k) && c.children.length > 0) out.push(...c.children.filter((g) => !/^thoi gian/.test(key(nodeText(g)))));
    else out.push(c);
  }
  return out;
}
