import { heading, para, type DocParagraph, type OfficialDocument } from '../../../documents/model';
import { citedDate, nameInSentence } from '../../../documents/nd30-format';
import { defaultOutline } from '../cascade/default-outline';
import type { Section } from '../model/outline.schema';
import type { PlanContent } from '../model/plan-content.schema';
import { documentTypeLabels } from '../model/vocab';
import { blockParagraphs } from './plan-blocks';

export interface PlanDocumentOptions {
  /** Who issued the decision, as a sentence names it ("UBND xã Trà Lâm"); defaults to a best guess from the decision's upper-case issuer. */
  decisionIssuer?: string | null;
}

/** A section: its numbered heading, its blocks, then its subsections. Deeper headings are bold italic. */
function sectionParagraphs(c: PlanContent, s: Section, depth: number): DocParagraph[] {
  const titled = s.heading !== null && s.heading !== '';
  const blocks = s.blocks.flatMap((b) => blockParagraphs(c, b, s.heading));
  const out: DocParagraph[] = [];
  if (s.number !== null || titled) {
    const italic = depth >= 2;
    if (s.inline && blocks.length > 0) {
      out.push(heading(s.number, s.heading, { italic, inline: blocks[0]!.runs }), ...blocks.slice(1));
    } else {
      out.push(heading(s.number, s.heading, { italic }), ...blocks);
    }
  } else {
    out.push(...blocks);
  }
  return [...out, ...s.children.flatMap((child) => sectionParagraphs(c, child, depth + 1))];
}

/** A plan made in thidua keeps its legal basis as references: print them as "Căn cứ …" lines when it wrote no preamble. */
function preambleParagraphs(c: PlanContent): DocParagraph[] {
  if (c.preamble.length > 0) return c.preamble.map((p) => para(p));
  const basis = c.references.filter((r) => r.relation === 'basis' && r.citedIn !== 'decision');
  return basis.map((r) => {
    const parts = [
      r.documentType === 'khac' ? null : documentTypeLabels[r.documentType],
      r.number ? `số ${r.number}` : null,
      r.issuedOn ? `ngày ${citedDate(r.issuedOn)}` : null,
      r.issuer ? `của ${r.issuer}` : null,
      r.title,
    ].filter((p): p is string => p !== null && p !== '');
    return para(`Căn cứ ${parts.join(' ')};`);
  });
}

/** "(Kèm theo Quyết định số 54/QĐ-UBND ngày 18/3/2024 của UBND xã Trà Lâm)". */
export function annexCaption(decision: NonNullable<PlanContent['decision']>, issuer?: string | null): string {
  const h = decision.header;
  const number = h.number ?? '      /QĐ-';
  const date = h.issuedOn ? citedDate(h.issuedOn) : '    /    /    ';
  return `(Kèm theo Quyết định số ${number} ngày ${date} của ${issuer ?? nameInSentence(h.issuerName)})`;
}

/**
 * The plan as an official document, laid out by its outline (ADR 006) or, when it has none, by the
 * default outline of plans made in thidua. A plan issued by a decision is that decision's annex:
 * no number or date of its own, the "Kèm theo" caption, and no signature (the decision is signed).
 */
export function planDocument(c: PlanContent, options: PlanDocumentOptions = {}): OfficialDocument {
  const h = c.header;
  const annex = c.decision;
  const sections = c.outline.length > 0 ? c.outline : defaultOutline(c);
  const body = [...preambleParagraphs(c), ...sections.flatMap((s) => sectionParagraphs(c, s, 0))];
  if (c.closing !== null) body.push(para(c.closing));
  return {
    header: {
      parentBody: h.parentBody,
      issuerName: h.issuerName,
      number: annex ? null : { value: h.number },
      dateLine: annex ? null : { place: h.place, issuedOn: h.issuedOn },
    },
    typeName: 'KẾ HOẠCH',
    summary: c.title,
    caption: annex ? annexCaption(annex, options.decisionIssuer) : null,
    body,
    signer: annex ? null : h.signer,
    recipients: annex ? [] : h.recipients,
  };
}
