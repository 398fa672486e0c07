import type { Line, Span } from '../segment';
import { annexCaption, headerFields, issuerFromPreamble, titleAfter, typeLines, type DocKind } from './header';
import type { Field } from './field';
import { signatureBlock, type SignatureBlock } from './signature';

/** Where the parts of the document are, as line indexes. */
export interface Layout {
  planType: { index: number; kind: DocKind } | null;
  decisionType: { index: number } | null;
  title: Field<string> | null;
  caption: ReturnType<typeof annexCaption>;
  header: ReturnType<typeof headerFields>;
  /** Preamble lines: after the title, before the first section. */
  preamble: Line[];
  bodyFrom: number;
  bodyTo: number;
  closing: Line | null;
  signature: SignatureBlock | null;
  decisionSignature: SignatureBlock | null;
  issuer: Field<string> | null;
}

const ROMAN = /^([IVXLC]{1,5}|A)\.\s/u;

export function layout(lines: Line[], text: string): Layout {
  const types = typeLines(lines);
  const firstDecision = types.find((t) => t.kind === 'QĐ');
  const plan = types.find((t) => t.kind === 'KH' && (!firstDecision || t.index > firstDecision.index)) ?? types[0] ?? null;
  const decisionType = firstDecision && plan && plan.kind === 'KH' && firstDecision.index < plan.index ? { index: firstDecision.index } : null;
  const planAt = plan ? plan.index : -1;
  const title = plan ? titleAfter(lines, plan.index, text) : null;
  const caption = plan ? annexCaption(lines, plan.index + 1) : null;
  const header = headerFields(lines, decisionType ? decisionType.index : planAt);
  let bodyFrom = lines.findIndex((l, i) => i > planAt && ROMAN.test(l.text));
  if (bodyFrom < 0) bodyFrom = lines.length;
  let preStart = planAt + 1;
  while (preStart < bodyFrom && title && lines[preStart]!.start <= title.span[1]) preStart++;
  while (preStart < bodyFrom && /^\(/u.test(lines[preStart]!.text)) preStart++;
  const preamble = lines.slice(preStart, bodyFrom);
  let bodyTo = lines.length;
  let closing: Line | null = null;
  for (let i = bodyFrom; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (/^Trên đây(?![\p{L}\p{N}])/u.test(t)) {
      closing = lines[i]!;
      bodyTo = i;
      break;
    }
    if (/^Nơi nhận/iu.test(t)) {
      bodyTo = i;
      break;
    }
  }
  const signature = signatureBlock(lines, Math.max(bodyTo, planAt + 1), lines.length);
  const decisionSignature = decisionType ? signatureBlock(lines, decisionType.index, planAt) : null;
  const placeName = header.place?.value ?? null;
  const issuer = header.issuer ?? (caption?.issuer
    ? { ...caption.issuer, value: caption.issuer.value.toLocaleUpperCase('vi') }
    : issuerFromPreamble(preamble, placeName));
  return { planType: plan, decisionType, title, caption, header, preamble, bodyFrom, bodyTo, closing, signature, decisionSignature, issuer };
}

export const lineSpan = (l: Line): Span => [l.start, l.end];
