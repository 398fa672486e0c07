import type { Line, Span } from '../segment';
import { canonicalNumber, DATE_WORDS, DOC_NUMBER, findDate, isoDate, key } from '../patterns';
import { field, type Field } from './field';

export type DocKind = 'KH' | 'QĐ';
const TYPE_LINES: [RegExp, DocKind][] = [
  [/^KẾ HOẠCH\b/u, 'KH'],
  [/^QUYẾT ĐỊNH$/u, 'QĐ'],
];

/** Where "KẾ HOẠCH" / "QUYẾT ĐỊNH" stands alone (or glued to its title, as conversions do). */
export function typeLines(lines: Line[]): { index: number; kind: DocKind }[] {
  const found: { index: number; kind: DocKind }[] = [];
  lines.forEach((l, index) => {
    for (const [re, kind] of TYPE_LINES) if (re.test(l.text) && l.text.length < 40) found.push({ index, kind });
  });
  return found;
}

/** The title paragraph after a type line: the next lines up to a blank line, a caption "(…)" or a "Căn cứ". */
export function titleAfter(lines: Line[], typeIndex: number, text: string): Field<string> | null {
  const parts: Line[] = [];
  for (let i = typeIndex + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (/^\(|^(Căn cứ|Thực hiện|Nhằm|Để |Số(?![\p{L}\p{N}]))/u.test(l.text) || /^[A-ZĐ ]+$/u.test(l.text) && parts.length > 0) break;
    if (parts.length > 0 && text.slice(parts[parts.length - 1]!.end, l.start).includes('\n\n')) break;
    parts.push(l);
    if (l.text.length > 400) break;
  }
  if (parts.length === 0) return null;
  const value = parts.map((p) => p.text.trim()).join(' ');
  return field(value, [parts[0]!.start, parts[parts.length - 1]!.end], 0.9);
}

export interface HeaderFields {
  /** The header block's upper-case lines: "UBND TỈNH …" (parent body) over "SỞ …" (issuer). */
  parentBody: Field<string> | null;
  issuer: Field<string> | null;
  number: Field<string> | null;
  place: Field<string> | null;
  issuedOn: Field<string> | null;
}

/** "Số: 135 /KH - LĐLĐ" and "Huyện Dương Minh Châu, ngày 03 tháng 3 năm 2022" above the type line. */
export function headerFields(lines: Line[], until: number): HeaderFields {
  const out: HeaderFields = { parentBody: null, issuer: null, number: null, place: null, issuedOn: null };
  const bodies: Line[] = [];
  for (const l of lines.slice(0, Math.max(until, 0))) {
    if (/^Số\s*:?/u.test(l.text) || /,\s*ngày\s/u.test(l.text)) bodies.length = bodies.length > 2 ? 0 : bodies.length;
    else if (!out.number && !out.issuedOn && l.text.length < 90 && /\p{Lu}{2}/u.test(l.text) && l.text === l.text.toLocaleUpperCase('vi') && !/^(CỘNG HÒA|CỘNG HOÀ|ĐỘC LẬP|Độc lập)/iu.test(l.text))
      bodies.push(l);
    const num = /^Số\s*:?\s*(.+)$/u.exec(l.text);
    if (num && !out.number) {
      const m = DOC_NUMBER.exec(num[1]!);
      if (m) out.number = field(canonicalNumber(m[1]!), [l.start + l.text.indexOf(m[1]!), l.start + l.text.indexOf(m[1]!) + m[1]!.length], 0.95);
    }
    const pd = /^(.{2,60}?),\s*ngày\s+/u.exec(l.text);
    const dm = DATE_WORDS.exec(l.text);
    if (pd && dm && !out.issuedOn) {
      const iso = isoDate(Number(dm[1]), Number(dm[2]), Number(dm[3]));
      if (iso) out.issuedOn = field(iso, [l.start + dm.index, l.start + dm.index + dm[0].length], 0.95);
      out.place = field(pd[1]!.trim(), [l.start, l.start + pd[1]!.trim().length], 0.9);
    }
  }
  // "ỦY BAN NHÂN DÂN" over "HUYỆN SƠN HÀ" is one name on two lines; "UBND TỈNH …" over "SỞ …" is parent and issuer.
  const joined: Line[] = [];
  for (const l of bodies) {
    const prev = joined[joined.length - 1];
    if (prev && /^(TỈNH|HUYỆN|XÃ|THỊ XÃ|THỊ TRẤN|PHƯỜNG|QUẬN|THÀNH PHỐ)\s/u.test(l.text)) joined[joined.length - 1] = { text: `${prev.text.trim()} ${l.text.trim()}`, start: prev.start, end: l.end };
    else joined.push(l);
  }
  const named = joined.slice(-2);
  if (named.length === 2) out.parentBody = field(named[0]!.text.trim(), [named[0]!.start, named[0]!.end], 0.85);
  const own = named[named.length - 1];
  if (own) out.issuer = field(own.text.trim(), [own.start, own.end], 0.9);
  return out;
}

/** "(Kèm theo Quyết định số: 54 /QĐ-UBND ngày 18/3/2024 của UBND xã Trà Lâm)" under an annexed plan's title. */
export function annexCaption(lines: Line[], from: number): { number: Field<string> | null; issuedOn: Field<string> | null; issuer: Field<string> | null } | null {
  for (let i = from; i < Math.min(lines.length, from + 6); i++) {
    const l = lines[i]!;
    if (!/^\(\s*(Ban hành )?kèm theo/iu.test(l.text)) continue;
    const m = DOC_NUMBER.exec(l.text);
    const d = findDate(l.text);
    const by = /của\s+([^)]+)\)?\s*$/u.exec(l.text);
    const at = (s: string): Span => [l.start + l.text.indexOf(s), l.start + l.text.indexOf(s) + s.length];
    return {
      number: m ? field(canonicalNumber(m[1]!), at(m[1]!), 0.9) : null,
      issuedOn: d ? field(d.iso, [l.start + d.index, l.start + d.index + d.length], 0.9) : null,
      issuer: by ? field(by[1]!.trim(), at(by[1]!.trim()), 0.8) : null,
    };
  }
  return null;
}

const ORGAN = /^(Ban Thường vụ|Ban Chấp hành|Ban Thường trực|Thường trực)\s+/iu;
const LEVEL_END = /(?<![\p{L}])(tỉnh|huyện|xã|thị xã|thị trấn|phường|quận|thành phố)$/iu;
const ISSUING_VERB = /\s(ban hành|xây dựng|phát động|triển khai)\s+(kế hoạch|phong trào)/iu;

/**
 * The issuing body as the preamble names it ("Ủy ban nhân dân xã Mỹ Thạnh xây dựng kế hoạch…"),
 * without the organ that acts for it (Ban Thường vụ …), completed with the place line when the
 * name stops at its level ("… huyện" + "Huyện Dương Minh Châu").
 */
export function issuerFromPreamble(paragraphs: Line[], place: string | null): Field<string> | null {
  for (const p of [...paragraphs].reverse()) {
    const v = ISSUING_VERB.exec(p.text);
    if (!v) continue;
    let subject = p.text.slice(0, v.index);
    const comma = subject.lastIndexOf(',');
    if (comma >= 0) subject = subject.slice(comma + 1);
    const start = p.start + p.text.indexOf(subject.trim());
    subject = subject.replace(/\([^)]*\)/gu, '').trim().replace(ORGAN, '');
    if (subject.length < 3 || subject.length > 120 || !/^\p{Lu}/u.test(subject)) continue;
    if (place && LEVEL_END.test(subject)) {
      const level = LEVEL_END.exec(subject)![1]!;
      const pm = new RegExp(`^${level}\\s+(.+)$`, 'iu').exec(place);
      if (pm) subject = `${subject} ${pm[1]}`;
    }
    return field(subject.toLocaleUpperCase('vi'), [start, p.start + v.index], 0.7);
  }
  return null;
}

/** "UBND" written out the way the signature block spells the body ("TM. ỦY BAN NHÂN DÂN"). */
export function expandWithAuthority(issuer: string, authority: string | null): string {
  if (!authority) return issuer;
  const abbrev: Record<string, string> = { UBND: 'ỦY BAN NHÂN DÂN', HĐND: 'HỘI ĐỒNG NHÂN DÂN' };
  for (const [a, full] of Object.entries(abbrev))
    if (issuer.startsWith(`${a} `) && key(authority) === key(full)) return `${full}${issuer.slice(a.length)}`;
  return issuer;
}

const OTHER_TYPES = ['BÁO CÁO', 'TỜ TRÌNH', 'BIÊN BẢN', 'THÔNG BÁO', 'CÔNG VĂN', 'GIẤY MỜI', 'NGHỊ QUYẾT', 'CHỈ THỊ', 'HƯỚNG DẪN', 'CHƯƠNG TRÌNH', 'QUY CHẾ'];

/** The type line of a document that is not a plan ("BÁO CÁO" standing alone near the top), as written in lower case. */
export function otherDocumentType(lines: Line[]): string | null {
  for (const l of lines.slice(0, 20)) {
    const s = l.text.replace(/[#*]/gu, '').trim();
    const type = OTHER_TYPES.find((t) => s === t || (s.startsWith(`${t} `) && s === s.toLocaleUpperCase('vi')));
    if (type) return type.charAt(0) + type.slice(1).toLocaleLowerCase('vi');
  }
  return null;
}
