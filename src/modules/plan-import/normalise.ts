/**
 * Raw document text → the normalised text every span points into. The importer never reads the
 * raw text again, so what is dropped here (markdown marks, page breaks, conversion junk) cannot
 * leak into a field; `toRaw` maps a normalised offset back to the raw text for the reviewer.
 */
export interface Normalised {
  text: string;
  /** toRaw[i] = offset in the raw text of normalised character i. */
  toRaw: Int32Array;
}

// Characters a PDF/Word conversion leaves in Vietnamese text: boxes, replacement chars, CJK glyphs
// substituted for a Vietnamese letter ("lễ l貌"), zero-width marks. None occurs in a Vietnamese plan.
const JUNK = /[\u25A0-\u25FF\uFFFD\u200B-\u200D\uFEFF\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/u;

const LIST_START = /^(?:[-–•+*]\s|[IVXLC]+\.\s|\d+(?:\.\d+)*[.)]\s|[a-zđ]\)\s|Điều\s+\d)/u;
const OPENERS = /^(?:Căn cứ|Thực hiện|Nhằm|Để |Trên đây|Nơi nhận|Theo đề nghị|TM\.|KT\.|Q\.|TL\.|Số:|Số )/u;
const TERMINAL = /[.:;!?”"»)\]]$|\/\.$/u;

class Builder {
  text = '';
  private map: number[] = [];
  push(s: string, rawAt: number, rawStep = 1): void {
    for (let i = 0; i < s.length; i++) this.map.push(rawAt + i * rawStep);
    this.text += s;
  }
  done(): Normalised {
    return { text: this.text, toRaw: Int32Array.from(this.map) };
  }
}

interface RawLine {
  text: string;
  /** raw offset of each character of `text`. */
  at: number[];
  heading: boolean;
}

/** Splits into lines, drops markdown marks and junk, remembers which raw char each kept char came from. */
function cleanLines(raw: string): RawLine[] {
  const lines: RawLine[] = [];
  let cur: RawLine = { text: '', at: [], heading: false };
  let lineStart = true;
  let boldOpen = false;
  const flush = () => {
    lines.push(cur);
    cur = { text: '', at: [], heading: false };
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
      if (c === '#') cur.heading = true;
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
    if (JUNK.test(c)) continue;
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
  for (const line of lines) {
    if (line.text === '') {
      if (prev) pendingBlank = true;
      continue;
    }
    if (prev && continues(prev, line, inBody)) {
      out.push(' ', (line.at[0] ?? 1) - 1, 0);
      prev = { text: prev.text + ' ' + line.text, at: [], heading: prev.heading };
    } else {
      if (prev) out.push(pendingBlank ? '\n\n' : '\n', (line.at[0] ?? 1) - 1, 0);
      prev = line;
    }
    pendingBlank = false;
    for (let k = 0; k < line.text.length; k++) out.push(line.text[k]!, line.at[k] ?? 0, 0);
    if (/^[IVXLC]+\.\s/u.test(line.text)) inBody = true;
  }
  return out.done();
}
