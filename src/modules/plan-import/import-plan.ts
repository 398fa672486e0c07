/*
 * Plan import (issue #6): a plan document → a PlanContent draft with every field traced to its source.
 *
 *   read/        bytes → text, by content: .docx (styles, numbering, tables), PDF text layer, UTF-8 text;
 *                refuses empty, > 50 MB, renamed zips, binaries, image-only PDFs (AppError, Vietnamese)
 *   normalise    NFC, markdown and conversion junk dropped, sentences broken by page/line breaks joined;
 *                every span the importer reports is an offset into this normalised text
 *   segment      numbering (I. / A. > 1. > 1.2. > a) > - ) decides the section tree, never the marks
 *   extract/     pure rules per element (header, references, targets, quotas, deadlines, awards, …);
 *                grantor.ts resolves who grants from the rest of the text, vocabulary.ts reads unit
 *                kinds / person categories / reform areas / cascade, outline.ts the layout;
 *                none keys on a seed's names, numbers or sentences (tests/integration/plan-import-unseen)
 *   assemble     the draft + SourceMap; subspans.ts traces sub-fields (a target's value, a quota's
 *                numbers, a deadline's day/month) inside their element's span; validate() drops what
 *                the schema refuses and reports it
 *
 * Accuracy on the seeds: tests/integration/plan-import-accuracy.test.ts; speed: bench/plan-import.ts.
 */
import { AppError } from '../../http/errors';
import { planContentSchema, type PlanContent, type PlanContentInput } from '../movements/model/plan-content.schema';
import { assemble } from './assemble';
import type { Sources } from './extract/field';
import { normalise } from './normalise';
import type { DocumentKind } from './read/detect';
import { readDocument } from './read/read-document';
import { splitLines } from './segment';

export interface ImportedPlan {
  content: PlanContent;
  /** Field path → span in `text` and confidence. */
  sources: Sources;
  /** The normalised text every span points into. */
  text: string;
  /** Elements dropped because they did not validate, with the reason (for the reviewer). */
  dropped: string[];
}

/**
 * Drops list elements the schema refuses (a rule misread one element) rather than failing the
 * whole import: the reviewer sees what was dropped and adds it by hand.
 */
function validate(draft: PlanContentInput): { content: PlanContent; dropped: string[] } {
  const dropped: string[] = [];
  for (let attempt = 0; attempt < 40; attempt++) {
    const r = planContentSchema.safeParse(draft);
    if (r.success) return { content: r.data, dropped };
    const issue = r.error.issues[0]!;
    const [list, index] = issue.path;
    const d = draft as Record<string, unknown>;
    // A list longer than the schema allows keeps its first elements.
    if (issue.code === 'too_big' && typeof list === 'string' && Array.isArray(d[list]) && typeof issue.maximum === 'number') {
      const max = Number(issue.maximum);
      dropped.push(`${list}: chỉ giữ ${max} mục đầu tiên trong ${(d[list] as unknown[]).length} mục`);
      d[list] = (d[list] as unknown[]).slice(0, max);
      continue;
    }
    if (typeof list === 'string' && typeof index === 'number' && Array.isArray(d[list])) {
      (d[list] as unknown[]).splice(index, 1);
      dropped.push(`${list}[${index}]: ${issue.message}`);
    } else if (typeof list === 'string' && list !== 'header' && list !== 'title' && list !== 'period' && list in d) {
      d[list] = list === 'subjects' || list === 'standards' || list === 'cascade' ? {} : null;
      dropped.push(`${list}: ${issue.message}`);
    } else throw new AppError('validation', `Không dựng được kế hoạch từ tài liệu: ${issue.path.join('.')} — ${issue.message}`);
  }
  throw new AppError('validation', 'Không dựng được kế hoạch từ tài liệu.');
}

/** Plain text of a plan (from any reader) → a validated draft with sources. Pure: no I/O. */
export function importPlanText(raw: string): ImportedPlan {
  if (raw.trim() === '') throw new AppError('validation', 'Tài liệu trống: không có chữ nào để đọc.');
  const { text, headings } = normalise(raw);
  const lines = splitLines(text);
  const { draft, sources, isPlan, otherType } = assemble(text, lines, headings);
  if (otherType) throw new AppError('validation', `Tài liệu là một «${otherType}», không phải kế hoạch thi đua: chỉ nhập được văn bản có chữ «KẾ HOẠCH» (hoặc quyết định ban hành kế hoạch).`);
  if (!isPlan)
    throw new AppError('validation', 'Tài liệu không phải là một kế hoạch thi đua: không tìm thấy chữ «KẾ HOẠCH» hay các mục I., II., … của một kế hoạch.');
  const { content, dropped } = validate(draft);
  return { content, sources: sources.entries, text, dropped };
}

/** A document's bytes (.docx, .pdf or text, told apart by content) → a validated draft with sources. */
export async function importPlanDocument(bytes: Uint8Array): Promise<ImportedPlan & { kind: DocumentKind }> {
  const { kind, text } = await readDocument(bytes);
  return { ...importPlanText(text), kind };
}
