import { renderDocx } from '../../../documents/docx-render';
import type { OfficialDocument } from '../../../documents/model';
import type { ServiceContext } from '../../../http/context';
import { notFound } from '../../../http/errors';
import { requireScope } from '../../auth/scope';
import { seesDrafts, visibleMovement } from '../movement-access';
import { planContentSchema } from '../model/plan-content.schema';
import { versionByNo } from '../movements.queries';
import { decisionDocument } from './decision-document';
import { planDocument } from './plan-document';

export type DocumentPart = 'plan' | 'decision';

export interface RenderedFile {
  fileName: string;
  buffer: Buffer;
}

/** "Kế hoạch 135-KH-LĐLĐ.docx"; an unnumbered draft is named by its version. */
function fileName(doc: OfficialDocument, part: DocumentPart, versionNo: number, decisionNumber: string | null): string {
  const type = part === 'plan' ? 'Kế hoạch' : 'Quyết định';
  const number = doc.header.number?.value ?? null;
  let name: string;
  if (number !== null) name = `${type} ${number}`;
  else if (part === 'plan' && decisionNumber !== null) name = `Kế hoạch kèm theo Quyết định ${decisionNumber}`;
  else name = `${type} (phiên bản ${versionNo})`;
  return `${name.replace(/[/\\:*?"<>|]/g, '-')}.docx`.normalize('NFC');
}

/**
 * One version of a plan, or the decision that issues it, as .docx. Readable by whoever may read the
 * version (movements.read; drafts only inside the owner's subtree); otherwise 404, as for the JSON.
 */
export async function versionDocument(ctx: ServiceContext, id: number, versionNo: number, part: DocumentPart): Promise<RenderedFile> {
  requireScope(ctx.actor, 'movements.read');
  const m = await visibleMovement(ctx.db, ctx.actor, id);
  const v = await versionByNo(ctx.db, id, versionNo);
  if (!v || (v.state !== 'issued' && !seesDrafts(ctx.actor, m))) throw notFound(`phiên bản ${versionNo} của kế hoạch`);
  const content = planContentSchema.parse(typeof v.content === 'string' ? JSON.parse(v.content) : v.content);
  const doc = part === 'plan' ? planDocument(content) : decisionDocument(content);
  if (doc === null) throw notFound('quyết định ban hành kèm theo kế hoạch này');
  return { fileName: fileName(doc, part, versionNo, content.decision?.header.number ?? null), buffer: await renderDocx(doc) };
}
