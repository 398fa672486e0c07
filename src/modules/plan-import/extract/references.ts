import type { DocumentType } from '../../movements/model/vocab';
import type { Span } from '../segment';
import { canonicalNumber, documentTypeFromNumber, documentTypeFromWords, findDate, isoDate, key } from '../patterns';

export interface ExtractedReference {
  relation: 'basis' | 'implements' | 'cited';
  documentType: DocumentType;
  number: string | null;
  issuedOn: string | null;
  issuer: string | null;
  title: string | null;
  citedIn: 'plan' | 'decision' | 'both';
  span: Span;
  confidence: number;
}

const TYPE = '(Kế hoạch|Quyết định|Nghị quyết|Nghị định|Chỉ thị|Thông tư|Chương trình|Công văn|Hướng dẫn|Thông báo)';
const NUMBER = '(\\d{1,5}(?:\\s*\\/\\s*\\d{4})?(?:-[A-ZĐ]{1,6})?\\s*\\/\\s*[A-ZĐ][A-Za-zĐđ.]*(?:\\s*-\\s*[A-ZĐ][A-Za-zĐđ.\\d]*)*)';
const DATE = '(?:\\s+ngày\\s+(\\d{1,2}\\/\\d{1,2}\\/\\d{4}|\\d{1,2} tháng \\d{1,2} năm \\d{4}))?';
const NUMBERED = new RegExp(`${TYPE}(?:\\s+số)?\\s*:?\\s*${NUMBER}${DATE}`, 'gu');
/** A law by name: "Luật Thi đua, khen thưởng" / "Luật Thi đua – Khen thưởng" (one key for both). */
const LAW_NAMED = /(?<![\p{L}])(Luật\s+\p{Lu}[\p{L}\s]{2,40}?(?:(?:,|\s[–-])\s+\p{L}[\p{L}\s]{1,30}?)?)(?=\s+(?:và|ngày|năm|số|hiện hành)(?![\p{L}])|[.;)]|$)/gu;
const lawId = (title: string) => `luat:${key(title).replace(/[^a-z0-9]+/g, ' ').trim()}`;
const LAW = /(Luật\s(?:[^;.]{3,140}?))\s+ngày\s+(\d{1,2}\/\d{1,2}\/\d{4})/gu;
/** Where an issuer stops and the title begins. */
const TITLE_START = /\s(về việc|về|ban hành|phát động|quy định|phê duyệt|hướng dẫn)\s/u;
/** Where a citation ends: the next citation or the end of the clause. */
const CITE_END = /;|\.\s|\.$|,\s*(?=(Kế hoạch|Quyết định|Nghị quyết|Nghị định|Chỉ thị|Căn cứ)\s)|\s(và|;)\s(?=(Kế hoạch|Quyết định|Nghị quyết|Nghị định|Chỉ thị)\s)/u;

function parseDate(s: string | undefined): string | null {
  if (!s) return null;
  const d = findDate(s);
  return d ? d.iso : null;
}

/** The relation the sentence gives: "Căn cứ" → basis; "Thực hiện", "Nhằm … triển khai thực hiện" → implements. */
function relationAt(text: string, at: number, paragraphStart: number): ExtractedReference['relation'] {
  const before = text.slice(paragraphStart, at);
  const last = Math.max(before.lastIndexOf('Căn cứ'), before.lastIndexOf('căn cứ'));
  const impl = Math.max(before.lastIndexOf('Thực hiện'), before.lastIndexOf('thực hiện có hiệu quả'));
  if (last >= 0 && last >= impl) return 'basis';
  if (impl >= 0 && paragraphStart === preambleParagraph(text, at)) return 'implements';
  return 'cited';
}
const preambleParagraph = (text: string, at: number) => text.lastIndexOf('\n', at) + 1;

/**
 * Every cited document with a number (and laws by name and date). `planStart` separates a decision
 * from the plan it issues; `bodyStart` is where the plan's numbered sections begin (citations
 * before it are the plan's basis, after it merely cited).
 */
export function extractReferences(text: string, planStart: number, bodyStart: number): ExtractedReference[] {
  const found = new Map<string, ExtractedReference>();
  const add = (r: ExtractedReference, id: string) => {
    const prev = found.get(id);
    if (!prev) return void found.set(id, r);
    if (prev.citedIn !== r.citedIn) prev.citedIn = 'both';
    if (prev.relation === 'cited' && r.relation !== 'cited') prev.relation = r.relation;
    prev.issuer ??= r.issuer;
    prev.issuedOn ??= r.issuedOn;
  };
  const citedIn = (at: number): ExtractedReference['citedIn'] => (at < planStart ? 'decision' : 'plan');
  for (const m of text.matchAll(NUMBERED)) {
    const at = m.index;
    const number = canonicalNumber(m[2]!);
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const rest = text.slice(at + m[0].length, at + m[0].length + 600);
    const after = rest.split('\n')[0]!;
    const end = CITE_END.exec(after);
    let clause = (end ? after.slice(0, end.index) : after).trim();
    let issuer: string | null = null;
    const ofIssuer = /^(?:của\s+)?(.+)$/u.exec(clause);
    if (ofIssuer && (clause.startsWith('của ') || /^\p{Lu}/u.test(clause))) {
      const t = TITLE_START.exec(` ${ofIssuer[1]!} `);
      const raw = (t ? ` ${ofIssuer[1]!} `.slice(0, t.index) : ofIssuer[1]!).trim().replace(/\s+(và|,)$/u, '');
      if (raw.length > 0 && raw.length < 80) {
        // "(… của Chính phủ)": the citation sat inside brackets.
        issuer = (raw.split('(').length < raw.split(')').length ? raw.replace(/\)+$/u, '') : raw).trim();
        clause = clause.slice(clause.indexOf(raw) + raw.length).trim();
      }
    }
    const title = clause.length > 2 && clause.length < 2000 ? clause.replace(/[,;]$/u, '') : null;
    const fromWords = documentTypeFromWords(m[1]!);
    const documentType = (fromWords === 'KH' || fromWords === 'QĐ' ? fromWords : null) ?? documentTypeFromNumber(number) ?? fromWords ?? 'khac';
    const relation = at < bodyStart || at < planStart ? relationAt(text, at, lineStart) : 'cited';
    add(
      { relation, documentType, number, issuedOn: parseDate(m[3]), issuer, title, citedIn: citedIn(at), span: [at, at + m[0].length + (end ? end.index : after.length)], confidence: 0.85 },
      number,
    );
  }
  for (const m of text.matchAll(LAW)) {
    if (m.index > bodyStart && m.index > planStart) continue;
    const [d, mo, y] = m[2]!.split('/').map(Number);
    const title = m[1]!.replace(/^Luật\s+/u, 'Luật ').trim();
    add(
      {
        relation: relationAt(text, m.index, text.lastIndexOf('\n', m.index) + 1),
        documentType: 'Luật',
        number: null,
        issuedOn: isoDate(d!, mo!, y!),
        issuer: null,
        title,
        citedIn: citedIn(m.index),
        span: [m.index, m.index + m[0].length],
        confidence: 0.7,
      },
      lawId(title),
    );
  }
  // Laws named without a date in the body ("quy định tại Luật Thi đua, khen thưởng và …").
  for (const m of text.slice(Math.max(bodyStart, planStart)).matchAll(LAW_NAMED)) {
    const at = m.index + Math.max(bodyStart, planStart);
    const title = m[1]!.replace(/\s*[–-]\s*/gu, ', ').replace(/,\s*(\p{Lu})/gu, (_, c: string) => `, ${c.toLocaleLowerCase('vi')}`);
    add({ relation: 'cited', documentType: 'Luật', number: null, issuedOn: null, issuer: null, title, citedIn: citedIn(at), span: [at, at + m[0].length], confidence: 0.6 }, lawId(title));
  }
  // National standards ("TCVN ISO 9001:2015") are cited documents too.
  for (const m of text.matchAll(/TCVN(?:\s+ISO)?\s+\d{2,5}(?::\d{4})?/gu)) {
    const after = /^\s*(?:về|:)?\s*([^.;,]{0,80})/u.exec(text.slice(m.index + m[0].length));
    const before = /(Hệ thống[^.;,]{3,60}?)\s+theo\s*$/u.exec(text.slice(Math.max(0, m.index - 80), m.index));
    const title = before?.[1]?.trim() ?? (after?.[1]?.trim() || null);
    add({ relation: 'cited', documentType: 'khac', number: m[0], issuedOn: null, issuer: null, title, citedIn: citedIn(m.index), span: [m.index, m.index + m[0].length], confidence: 0.6 }, m[0]);
  }
  return [...found.values()].sort((a, b) => a.span[0] - b.span[0]);
}
