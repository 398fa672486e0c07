/**
 * Normalised text → a tree of numbered sections and items. Numbering decides the level, never the
 * markdown or bold marks (conversions get those wrong: seed 002 has "1.2." under "1." and two "III.").
 * Roman "I." > Arabic "1." > "1.2." > letter "a)" > bullet "-" and plain paragraphs.
 */
export type Span = [number, number];
export type NodeKind = 'roman' | 'arabic' | 'arabic2' | 'letter' | 'bullet' | 'para';

export interface Node {
  kind: NodeKind;
  /** "I.", "1.", "1.2.", "a)", "-" or null for a paragraph. */
  label: string | null;
  /** A heading's words ("Mục đích"), or the part before ":" of an inline heading ("Tập thể: …"). */
  title: string | null;
  /** The text after the label/title, if any. */
  body: string | null;
  span: Span;
  titleSpan: Span | null;
  bodySpan: Span | null;
  children: Node[];
}

export interface Line {
  text: string;
  start: number;
  end: number;
}

const RANK: Record<NodeKind, number> = { roman: 1, arabic: 2, arabic2: 3, letter: 4, bullet: 5, para: 5 };
const ROMAN = /^([IVXLC]{1,5})\.\s*(\S.*)$/u;
/** "A. MỤC ĐÍCH, YÊU CẦU": upper-case letters number the top level in some plans. */
const UPPER_LETTER = /^([A-Z])\.\s+(\S.*)$/u;
const ARABIC2 = /^(\d{1,2}\.\d{1,2}\.?)\s+(\S.*)$/u;
const ARABIC = /^(\d{1,2}[.)])\s*(\S.*)$/u;
const LETTER = /^([a-zđ][.)])\s+(\S.*)$/u;
const BULLET = /^([-–•+])\s*(\S.*)$/u;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    if (part.trim() !== '') lines.push({ text: part, start, end: start + part.length });
    start += part.length + 1;
  }
  return lines;
}

function upperShare(s: string): number {
  const letters = s.match(/\p{L}/gu) ?? [];
  return letters.length === 0 ? 0 : letters.filter((c) => c === c.toUpperCase()).length / letters.length;
}

/** Splits the text after a label into heading words and body (inline heading "Tập thể: …"). */
function splitTitle(rest: string, restStart: number, kind: NodeKind): Pick<Node, 'title' | 'body' | 'titleSpan' | 'bodySpan'> {
  const colon = rest.indexOf(':');
  if (colon > 0 && colon <= 90 && !/\d$/.test(rest.slice(0, colon))) {
    const title = rest.slice(0, colon).trim();
    const after = rest.slice(colon + 1);
    const body = after.trim();
    const bodyAt = restStart + colon + 1 + (after.length - after.trimStart().length);
    if (kind !== 'bullet' || title.split(' ').length <= 8)
      return {
        title,
        titleSpan: [restStart, restStart + title.length],
        body: body === '' ? null : body,
        bodySpan: body === '' ? null : [bodyAt, bodyAt + body.length],
      };
  }
  const isHeading = kind !== 'bullet' && rest.length <= 160 && !/[.;,]$/.test(rest);
  if (isHeading) return { title: rest, titleSpan: [restStart, restStart + rest.length], body: null, bodySpan: null };
  return { title: null, titleSpan: null, body: rest, bodySpan: [restStart, restStart + rest.length] };
}

export function classify(line: Line, headingLevel = 0): Node {
  const make = (kind: NodeKind, label: string | null, rest: string): Node => {
    const restStart = line.end - rest.length;
    const parts = kind === 'para' ? { title: null, titleSpan: null, body: rest, bodySpan: [restStart, line.end] as Span } : splitTitle(rest, restStart, kind);
    return { kind, label, span: [line.start, line.end], children: [], ...parts };
  };
  const t = line.text;
  let m = ROMAN.exec(t);
  if (m && (upperShare(m[2]!) > 0.6 || m[2]!.length < 60)) return make('roman', `${m[1]}.`, m[2]!);
  m = UPPER_LETTER.exec(t);
  if (m && upperShare(m[2]!) > 0.8 && m[2]!.length < 120) return make('roman', `${m[1]}.`, m[2]!);
  m = ARABIC2.exec(t);
  if (m) return make('arabic2', m[1]!.endsWith('.') ? m[1]! : `${m[1]}.`, m[2]!);
  m = ARABIC.exec(t);
  if (m && !/^\d{1,2}[.)]\d/.test(t)) return make('arabic', m[1]!, m[2]!);
  m = LETTER.exec(t);
  if (m) return make('letter', m[1]!, m[2]!);
  m = BULLET.exec(t);
  if (m) return make('bullet', '-', m[2]!);
  // An unnumbered heading ("## Mục đích", Word "Heading 2") takes its level from the mark.
  if (headingLevel > 0 && t.length <= 160) {
    const kind: NodeKind = headingLevel <= 1 ? 'roman' : headingLevel === 2 ? 'arabic' : 'arabic2';
    return { kind, label: null, title: t, body: null, span: [line.start, line.end], titleSpan: [line.start, line.end], bodySpan: null, children: [] };
  }
  return make('para', null, t);
}

/** The section tree of the lines given (usually the body after the preamble). */
export function segment(lines: Line[], headings: Map<number, number> = new Map()): Node[] {
  const root: Node[] = [];
  const stack: Node[] = [];
  for (const line of lines) {
    const node = classify(line, headings.get(line.start) ?? 0);
    const rank = RANK[node.kind];
    while (stack.length > 0 && RANK[stack[stack.length - 1]!.kind] >= rank) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1]!.children : root).push(node);
    stack.push(node);
  }
  return root;
}

/** Depth-first walk over a tree. */
export function* walk(nodes: Node[]): Generator<Node> {
  for (const n of nodes) {
    yield n;
    yield* walk(n.children);
  }
}

/** A node's full text: heading words and body. */
export function nodeText(n: Node): string {
  if (n.title !== null && n.body !== null) return `${n.title}: ${n.body}`;
  return n.body ?? n.title ?? '';
}
