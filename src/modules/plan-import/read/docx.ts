import { unzipSync, strFromU8 } from 'fflate';
import { AppError } from '../../../http/errors';

/**
 * .docx → plain text the importer reads: one paragraph per block separated by a blank line, Word
 * heading styles marked "#", automatic numbering written out ("1.", "a)", "-"), table rows as lines
 * ("a) <cells>"). Reads word/document.xml and word/numbering.xml with a small scanner (no DOM).
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/giu, (m, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] ?? m),
  );
const attr = (xml: string, tag: string, name = 'w:val'): string | null => {
  const m = new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]*)"`, 'u').exec(xml);
  return m ? m[1]! : null;
};

interface Level {
  fmt: string;
  text: string;
  start: number;
}

function parseNumbering(xml: string | null): Map<string, Level[]> {
  const abstract = new Map<string, Level[]>();
  const out = new Map<string, Level[]>();
  if (!xml) return out;
  for (const a of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/gu)) {
    const levels: Level[] = [];
    for (const l of a[2]!.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/gu))
      levels[Number(l[1])] = { fmt: attr(l[2]!, 'w:numFmt') ?? 'decimal', text: attr(l[2]!, 'w:lvlText') ?? '%1.', start: Number(attr(l[2]!, 'w:start') ?? 1) };
    abstract.set(a[1]!, levels);
  }
  for (const n of xml.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/gu)) {
    const id = attr(n[2]!, 'w:abstractNumId');
    if (id && abstract.has(id)) out.set(n[1]!, abstract.get(id)!);
  }
  return out;
}

const ROMAN: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
function roman(n: number): string {
  let s = '';
  for (const [v, r] of ROMAN)
    while (n >= v) {
      s += r;
      n -= v;
    }
  return s;
}
function formatNumber(n: number, fmt: string): string {
  if (fmt === 'upperRoman') return roman(n);
  if (fmt === 'lowerRoman') return roman(n).toLowerCase();
  if (fmt === 'lowerLetter') return String.fromCharCode(96 + ((n - 1) % 26) + 1);
  if (fmt === 'upperLetter') return String.fromCharCode(64 + ((n - 1) % 26) + 1);
  return String(n);
}

class Numbering {
  private counters = new Map<string, number[]>();
  constructor(private defs: Map<string, Level[]>) {}
  marker(numId: string, ilvl: number): string | null {
    const levels = this.defs.get(numId);
    const lvl = levels?.[ilvl];
    if (!levels || !lvl || numId === '0') return null;
    if (lvl.fmt === 'bullet' || lvl.fmt === 'none') return lvl.fmt === 'bullet' ? '-' : null;
    const c = this.counters.get(numId) ?? [];
    c[ilvl] = (c[ilvl] ?? (lvl.start - 1)) + 1;
    c.length = ilvl + 1;
    this.counters.set(numId, c);
    return lvl.text.replace(/%(\d)/gu, (_, d: string) => formatNumber(c[Number(d) - 1] ?? levels[Number(d) - 1]?.start ?? 1, levels[Number(d) - 1]?.fmt ?? 'decimal'));
  }
}

function paragraphText(p: string): string {
  let out = '';
  for (const m of p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/gu)) out += m[1] !== undefined ? decode(m[1]) : m[2] === 'tab' ? '\t' : '\n';
  return out;
}

function paragraph(p: string, numbering: Numbering): string {
  const text = paragraphText(p).trim();
  const style = attr(p, 'w:pStyle') ?? '';
  const numId = attr(p, 'w:numId');
  const marker = numId ? numbering.marker(numId, Number(attr(p, 'w:ilvl') ?? 0)) : null;
  if (!text) return '';
  const line = marker ? `${marker} ${text}` : text;
  const level = /^(?:Heading|Tiêu đề|Đầu mục)\s*(\d)/iu.exec(style)?.[1];
  if (level) return `${'#'.repeat(Number(level))} ${line}`;
  return /^(Heading|Title|Subtitle)/iu.test(style) || /^(Tiêu đề|Đầu mục)/iu.test(style) ? `# ${line}` : line;
}

/** A table row → "a) cell cell": the first cell, when short, is the row's label. */
function tableRow(tr: string, numbering: Numbering): string {
  const cells = [...tr.matchAll(/<w:tc\b[\s\S]*?<\/w:tc>/gu)].map((c) =>
    [...c[0].matchAll(/<w:p\b[\s\S]*?<\/w:p>/gu)].map((p) => paragraph(p[0], numbering)).filter(Boolean).join(' '),
  );
  if (cells.length === 0 || /^(STT|TT|Số TT)$/iu.test(cells[0]!.trim())) return '';
  const [first, ...rest] = cells;
  const label = first!.trim();
  if (rest.length > 0 && /^([a-zđ]|\d{1,2})[.)]?$/u.test(label)) return `${/^\d/.test(label) ? `${label.replace(/[.)]$/u, '')}.` : `${label.replace(/[.)]$/u, '')})`} ${rest.join(' ').trim()}`;
  return cells.join(' ').trim();
}

export function docxToText(bytes: Uint8Array): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' || f.name === 'word/numbering.xml' });
  } catch {
    throw new AppError('unsupported_media_type', 'Tệp nén bị hỏng hoặc không phải tệp Word (.docx).', { file: 'Tệp hỏng' });
  }
  const doc = files['word/document.xml'];
  if (!doc) throw new AppError('unsupported_media_type', 'Tệp là một tệp nén (zip) nhưng không phải văn bản Word (.docx): không có word/document.xml.', { file: 'Không phải .docx' });
  const numbering = new Numbering(parseNumbering(files['word/numbering.xml'] ? strFromU8(files['word/numbering.xml']) : null));
  const body = strFromU8(doc);
  const blocks: string[] = [];
  for (const m of body.matchAll(/<w:tbl\b[\s\S]*?<\/w:tbl>|<w:p\b[^>]*\/>|<w:p\b[\s\S]*?<\/w:p>/gu)) {
    if (m[0].startsWith('<w:tbl')) {
      for (const tr of m[0].matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/gu)) blocks.push(tableRow(tr[0], numbering));
    } else blocks.push(paragraph(m[0], numbering));
  }
  return blocks.filter((b) => b !== '').join('\n\n');
}
