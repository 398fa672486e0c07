/**
 * Raw document text → the normalised text every span points into. The importer never reads the
 * raw text again, so what is dropped here (markdown marks, page breaks, conversion junk) cannot
 * leak into a field; `toRaw` maps a normalised offset back to the raw text for the reviewer.
 */
export interface Normalised {
  text: string;
  /** toRaw[i] = offset in the raw text of normalised character i. */
  toRaw: Int32Array;
  /** Lines marked as headings ("## Mục đích", Word heading styles): line start → level (count of #). */
  headings: Map<number, number>;
}

// Characters a PDF/Word conversion leaves in Vietnamese text: boxes, replacement chars, CJK glyphs
// substituted for a Vietnamese letter ("lễ l貌"), zero-width marks. None occurs in a Vietnamese plan.
function isJunk(code: number): boolean {
  return (
    (code >= 0x25a0 && code <= 0x25ff) ||
    code === 0xfffd ||
    (code >= 0x200b && code <= 0x200d) ||
    code === 0xfeff ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

const LIST_START = /^(?:[-–•+*]\s|[IVXLC]+\.\s|\d+(?:\.\d+)*[.)]\s|[a-zđ]\)\s|Điều\s+\d)/u;
const OPENERS = /^(?:Căn cứ|Thực hiện|Nhằm|Để |Trên đây|Nơi nhận|Theo đề nghị|TM\.|KT\.|Q\.|TL\.|Số:|Số )/u;
const TERMINAL = /[.:;!?”"»)\]]$|\/\.$/u;

class Builder {
  private parts: string[] = [];
  private map = new Int32Array(4096);
  private len = 0;
  private ensure(n: number): void {
    if (this.len + n <= this.map.length) return;
    const next = new Int32Array(Math.max(this.map.length * 2, this.len + n));
    next.set(this.map.subarray(0, this.len));
    this.map = next;
  }
  /** Text whose characters all map to one raw offset (separators). */
  push(s: string, rawAt: number): void {
    this.ensure(s.length);
    this.map.fill(rawAt, this.len, this.len + s.length);
    this.len += s.length;
    this.parts.push(s);
  }
  /** A line with the raw offset of each character. */
  pushLine(s: string, at: number[]): void {
    this.ensure(s.length);
    for (let i = 0; i < s.length; i++) this.map[this.len + i] = at[i] ?? 0;
    this.len += s.length;
    this.parts.push(s);
  }
  get length(): number {
    return this.len;
  }
  done(headings: Map<number, number>): Normalised {
    return { text: this.parts.join(''), toRaw: this.map.slice(0, this.len), headings };
  }
}

interface RawLine {
  text: string;
  /** raw offset of each character of `text`. */
  at: number[];
  heading: boolean;
  /** Count of leading "#": a markdown or Word heading level; 0 for other lines. */
  level: number;
}

/** Splits into lines, drops markdown marks and junk, remembers which raw char each kept char came from. */
function cleanLines(raw: string): RawLine[] {
  const lines: RawLine[] = [];
  let cur: RawLine = { text: '', at: [], heading: false, level: 0 };
  let lineStart = true;
  let boldOpen = false;
  const flush = () => {
    lines.push(cur);
    cur = { text: '', at: [], heading: false, level: 0 };
    lineStart = true;
    boldOpen = false;
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '\n' || c === '\f' || c === '\v') {
      flush();
      continue;
    }
    if (c === '\r') continue;
    if (lineStart && (c === '#' || c === ' ' || c === '\t' || c === '>')) {
      if (c === '#') {
        cur.heading = true;
        cur.level++;
      }
      continue;
    }
    if (lineStart && (c === '*' || c === '•') && raw[i + 1] === ' ') {
      lineStart = false;
      cur.text += '-';
      cur.at.push(i);
      continue;
    }
    if (c === '*' || (c === '_' && raw[i + 1] === '_')) {
      // A run of * or __: emphasis. A bold run opening right after text starts a new line
      // ("KẾ HOẠCH**Phát động…", "I. MỤC ĐÍCH**1. Mục đích**"): conversions glue headings together.
      let j = i;
      while (raw[j] === c) j++;
      const run = j - i;
      if (c === '*' && run >= 2) {
        if (!boldOpen && cur.text.trim() !== '' && !/\s$/.test(cur.text) && raw[j] !== ' ' && raw[j] !== '\n') flush();
        if (lineStart) cur.heading = true;
        boldOpen = !boldOpen;
      }
      i = j - 1;
      continue;
    }
    if (isJunk(c.charCodeAt(0))) continue;
    if (c === ' ' || c === '\t' || c === '\u00A0') {
      if (cur.text.endsWith(' ')) continue;
      cur.text += ' ';
      cur.at.push(i);
      continue;
    }
    lineStart = false;
    cur.text += c;
    cur.at.push(i);
  }
  flush();
  for (const l of lines) {
    while (l.text.endsWith(' ')) {
      l.text = l.text.slice(0, -1);
      l.at.pop();
    }
  }
  return lines;
}

/** A line that ends mid-sentence and a next line that continues it (page or soft break inside a sentence). */
function continues(prev: RawLine, next: RawLine, inBody: boolean): boolean {
  if (prev.heading || next.heading || prev.text.length < 40) return false;
  if (TERMINAL.test(prev.text) || LIST_START.test(next.text) || OPENERS.test(next.text)) return false;
  const first = next.text[0] ?? '';
  if (/\p{Ll}|\d/u.test(first)) return true;
  // An upper-case continuation ("Tham mưu / Hội đồng …") only inside the body, where titles no longer occur.
  return inBody && /\p{Lu}/u.test(first) && /\p{Ll}$/u.test(prev.text) && prev.text.length > 60;
}

/** NFC, junk and markdown dropped, sentences broken over page/line breaks joined, blank lines collapsed. */
export function normalise(rawInput: string): Normalised {
  // NFC first so offsets stay 1:1 within a line when the input is already NFC (the usual case).
  const raw = rawInput.normalize('NFC');
  const lines = cleanLines(raw);
  const out = new Builder();
  let inBody = false;
  let pendingBlank = false;
  let prev: RawLine | null = null;
  const headings = new Map<number, number>();
  for (const line of lines) {
    if (line.text === '') {
      if (prev) pendingBlank = true;
      continue;
    }
    if (prev && continues(prev, line, inBody)) {
      out.push(' ', (line.at[0] ?? 1) - 1);
      prev = { text: prev.text + ' ' + line.text, at: [], heading: prev.heading, level: prev.level };
    } else {
      if (prev) out.push(pendingBlank ? '\n\n' : '\n', (line.at[0] ?? 1) - 1);
      prev = line;
    }
    pendingBlank = false;
    if (line.level > 0 && prev === line) headings.set(out.length, line.level);
    out.pushLine(line.text, line.at);
    if (/^([IVXLC]+|A)\.\s/u.test(line.text)) inBody = true;
  }
  return out.done(headings);
}
