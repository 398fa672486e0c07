import { para, type DocParagraph, type OfficialDocument } from '../../../documents/model';
import { upper } from '../../../documents/nd30-format';
import type { PlanContent } from '../model/plan-content.schema';

/**
 * The Quyết định that issues a plan (seed 001): the authority that decides, the Căn cứ in italics,
 * "Theo đề nghị …", "QUYẾT ĐỊNH:" and the articles numbered "Điều 1.", "Điều 2." by the renderer.
 * Returns null when the plan was not issued by a decision.
 */
export function decisionDocument(c: PlanContent): OfficialDocument | null {
  const d = c.decision;
  if (d === null) return null;
  const body: DocParagraph[] = [
    para([{ text: upper(d.authority), bold: true }], { align: 'center', keepWithNext: true }),
    ...d.basis.map((b) => para([{ text: b, italic: true }])),
  ];
  if (d.proposer !== null) body.push(para([{ text: d.proposer, italic: true }]));
  body.push(para([{ text: 'QUYẾT ĐỊNH:', bold: true }], { align: 'center', keepWithNext: true }));
  d.articles.forEach((article, i) => body.push(para([{ text: `Điều ${i + 1}. `, bold: true }, { text: article }])));
  return {
    header: {
      parentBody: d.header.parentBody,
      issuerName: d.header.issuerName,
      number: { value: d.header.number },
      dateLine: { place: d.header.place, issuedOn: d.header.issuedOn },
    },
    typeName: 'QUYẾT ĐỊNH',
    summary: d.title,
    caption: null,
    body,
    signer: d.header.signer,
    recipients: d.header.recipients,
  };
}
