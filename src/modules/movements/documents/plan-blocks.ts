import { citedDate } from '../../../documents/nd30-format';
import { labelled, para, type DocParagraph, type DocRun } from '../../../documents/model';
import { searchKey } from '../../../lib/text';
import type { Item } from '../model/elements.schema';
import type { Block, FieldKind, ListKind } from '../model/outline.schema';
import type { PlanContent } from '../model/plan-content.schema';

/**
 * The paragraphs one outline block prints: every element of a list, one element, a field or prose.
 * Each element prints its own label and text as written, so the plan's numbering survives.
 */

type Award = PlanContent['awards'][number];
type Deadline = PlanContent['deadlines'][number];
type Responsibility = PlanContent['responsibilities'][number];

const withLabel = (label: string | null, text: string) => (label ? `${label} ${text}` : text);

/** An item: "1. <bold title> text", then its children. */
function itemParagraphs(i: Item): DocParagraph[] {
  const runs: DocRun[] = [];
  if (i.label) runs.push({ text: `${i.label} `, bold: i.title !== null });
  if (i.title !== null) runs.push({ text: i.title, bold: true });
  if (i.text !== null) runs.push({ text: i.title !== null ? `${/[:.]$/.test(i.title) ? '' : ':'} ${i.text}` : i.text });
  return [para(runs, { keepWithNext: i.text === null && i.children.length > 0 }), ...i.children.flatMap(itemParagraphs)];
}

const count = (n: number | null, what: string) => (n === null ? null : `${String(n).padStart(2, '0')} ${what}`);

/** The quota as a sentence when the plan did not keep its own wording. */
export function quotaText(a: Award): string | null {
  const q = a.quota;
  if (q.text !== null) return q.text;
  const both = [count(q.collectives, 'tập thể'), count(q.individuals, 'cá nhân')].filter((s): s is string => s !== null).join(' và ');
  const pct = q.percent !== null ? `không quá ${q.percent}% số được đề nghị` : null;
  switch (q.mode) {
    case 'max':
      return `${a.name}: không quá ${both || pct || '…'}.`;
    case 'exact':
      return `${a.name}: ${both || pct || '…'}.`;
    case 'allocated':
      return `${a.name}: theo phân bổ của ${q.by ?? 'cấp có thẩm quyền'}.`;
    case 'discretionary':
      return `${a.name}: do ${q.by ?? a.grantor.title} xem xét, quyết định.`;
    case 'none':
      return null;
  }
}

const quarters = ['I', 'II', 'III', 'IV'];

/** "Gửi kế hoạch về UBND thị xã: trước ngày 15/12 hằng năm." when the plan kept no sentence of its own. */
export function deadlineText(d: Deadline): string {
  if (d.text !== null) return d.text;
  const word = d.strict === 'before' ? 'trước ngày' : 'chậm nhất ngày';
  let due: string;
  switch (d.due.kind) {
    case 'date':
      due = `${word} ${citedDate(d.due.date)}`;
      break;
    case 'yearly':
      due = `${word} ${String(d.due.day).padStart(2, '0')}/${String(d.due.month).padStart(2, '0')} hằng năm`;
      break;
    case 'quarter':
      due = `trong Quý ${quarters[d.due.quarter - 1]}/${d.due.year}`;
      break;
    case 'announced_later':
      due = 'theo thông báo sau';
      break;
  }
  return `${d.title} (${d.responsible.text}): ${due}${d.recipient ? `, gửi về ${d.recipient}` : ''}.`;
}

function responsibilityParagraphs(r: Responsibility, withHeading: boolean): DocParagraph[] {
  const head: DocParagraph[] = withHeading ? [para([{ text: withLabel(r.label, r.unitText), bold: true }], { keepWithNext: r.tasks.length > 0 })] : [];
  return [...head, ...r.tasks.flatMap(itemParagraphs)];
}

function periodText(c: PlanContent): string {
  const p = c.period;
  if (p.text !== null) return p.text;
  const start = p.start.kind === 'date' ? `Từ ngày ${citedDate(p.start.date)}` : 'Từ ngày ký ban hành';
  const end = p.end !== null ? ` đến hết ngày ${citedDate(p.end)}` : '';
  return `${start}${end}${p.recurrence === 'yearly' ? ', thực hiện hằng năm' : ''}.`;
}

function subjectParagraphs(c: PlanContent, which: 'all' | 'collective' | 'individual'): DocParagraph[] {
  const s = c.subjects;
  const out: DocParagraph[] = [];
  if (which === 'all' && s.text !== null) out.push(para(s.text));
  if (which !== 'individual' && s.collective) out.push(labelled(s.collective.label, s.collective.text));
  if (which !== 'collective' && s.individual) out.push(labelled(s.individual.label, s.individual.text));
  return out;
}

function fieldParagraphs(c: PlanContent, field: FieldKind): DocParagraph[] {
  const one = (t: string | null) => (t === null ? [] : [para(t)]);
  switch (field) {
    case 'theme':
      return one(c.theme);
    case 'slogan':
      return one(c.slogan);
    case 'period':
      return [para(periodText(c))];
    case 'subjects':
      return subjectParagraphs(c, 'all');
    case 'subjects.collective':
      return subjectParagraphs(c, 'collective');
    case 'subjects.individual':
      return subjectParagraphs(c, 'individual');
    case 'funding':
      return one(c.funding);
    case 'criteriaIntro':
      return one(c.criteriaIntro);
    case 'dossier.formNote':
      return one(c.dossier?.formNote ?? null);
    case 'dossier.copies': {
      const d = c.dossier;
      if (!d) return [];
      return one(d.copiesText ?? (d.copies !== null ? `${String(d.copies).padStart(2, '0')} bộ.` : null));
    }
  }
}

/** The paragraphs of one element of a list, found by key (quotas are keyed by their award). */
function elementParagraphs(c: PlanContent, list: ListKind, key: string, sectionHeading: string | null): DocParagraph[] {
  switch (list) {
    case 'goals':
    case 'criteria':
    case 'deadlines':
    case 'standards.collective':
    case 'standards.individual':
    case 'awards':
    case 'quotas':
    case 'contents':
    case 'responsibilities':
      return listParagraphs(c, list, { key, sectionHeading });
    default:
      // Items (purposes, requirements, solutions, dossier) carry no keys: the schema does not place them one by one.
      return [];
  }
}

function listParagraphs(c: PlanContent, list: ListKind, only?: { key: string; sectionHeading: string | null }): DocParagraph[] {
  const pick = <T extends { key: string }>(items: T[]) => (only ? items.filter((i) => i.key === only.key) : items);
  switch (list) {
    case 'purposes':
      return c.purposes.flatMap(itemParagraphs);
    case 'requirements':
      return c.requirements.flatMap(itemParagraphs);
    case 'solutions':
      return c.solutions.flatMap(itemParagraphs);
    case 'dossier':
      return (c.dossier?.components ?? []).flatMap(itemParagraphs);
    case 'goals':
      return pick(c.goals).map((g) => labelled(g.label, g.text));
    case 'contents':
      return pick(c.contents).flatMap((x) => itemParagraphs({ label: x.label, title: x.title, text: x.text, children: x.children }));
    case 'criteria':
      return pick(c.criteria).map((x) => labelled(x.label, x.text));
    case 'standards.collective':
      return pick(c.standards.collective).map((s) => labelled(s.label, s.text));
    case 'standards.individual':
      return pick(c.standards.individual).map((s) => labelled(s.label, s.text));
    case 'awards':
      return pick(c.awards).map((a) => labelled(a.label, a.text ?? a.name));
    case 'quotas':
      return pick(c.awards).flatMap((a) => {
        const text = quotaText(a);
        return text === null ? [] : [labelled(a.quota.label, text)];
      });
    case 'deadlines':
      return pick(c.deadlines).map((d) => para(deadlineText(d)));
    case 'responsibilities':
      // Under a section whose heading already names the unit ("Đối với công đoàn cơ sở"), only the tasks (seeds 000, 002).
      return pick(c.responsibilities).flatMap((r) => responsibilityParagraphs(r, !namesUnit(only?.sectionHeading ?? null, r.unitText)));
  }
}

const namesUnit = (heading: string | null, unit: string) => heading !== null && searchKey(heading).includes(searchKey(unit));

/** What one block of a section prints; the section's heading decides whether an element repeats its unit's name. */
export function blockParagraphs(c: PlanContent, block: Block, sectionHeading: string | null): DocParagraph[] {
  switch (block.kind) {
    case 'list':
      return listParagraphs(c, block.list);
    case 'element':
      return elementParagraphs(c, block.list, block.key, sectionHeading);
    case 'field':
      return fieldParagraphs(c, block.field);
    case 'text':
      return [para([{ text: withLabel(block.label, block.text), italic: block.italic }])];
  }
}
