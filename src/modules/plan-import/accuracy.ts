import type { Section } from '../movements/model/outline.schema';
import type { PlanContent } from '../movements/model/plan-content.schema';

/**
 * The fields the importer is held to, flattened to path → value, so a draft and a hand-written
 * ground truth compare field by field. Lists are keyed by what identifies an element in the text
 * (a reference by its number, a criterion by position) so one miss does not shift the rest.
 */
export type FieldMap = Record<string, string | number | boolean | null>;

const j = (v: unknown) => (v === null || v === undefined ? null : typeof v === 'object' ? JSON.stringify(v) : (v as string | number | boolean));

export function projectPlan(c: PlanContent): FieldMap {
  const f: FieldMap = {};
  const h = c.header;
  Object.assign(f, {
    'header.issuerName': h.issuerName,
    'header.parentBody': h.parentBody,
    'header.number': h.number,
    'header.place': h.place,
    'header.issuedOn': h.issuedOn,
    'header.signer.capacity': h.signer.capacity,
    'header.signer.authority': h.signer.authority,
    'header.signer.title': h.signer.title,
    'header.signer.name': h.signer.name,
    'header.recipients': j(h.recipients),
    title: c.title,
    theme: c.theme,
    slogan: c.slogan,
    'period.start': c.period.start.kind === 'date' ? c.period.start.date : c.period.start.kind,
    'period.end': c.period.end,
    'subjects.collective': c.subjects.collective?.text ?? null,
    'subjects.individual': c.subjects.individual?.text ?? null,
    'purposes.count': c.purposes.length,
    'requirements.count': c.requirements.length,
    'goals.count': c.goals.length,
    'contents.count': c.contents.length,
    'criteria.count': c.criteria.length,
    'standards.collective.count': c.standards.collective.length,
    'standards.individual.count': c.standards.individual.length,
    'awards.count': c.awards.length,
    'deadlines.count': c.deadlines.length,
    'responsibilities.count': c.responsibilities.length,
    'dossier.components.count': c.dossier?.components.length ?? 0,
    'dossier.copies': c.dossier?.copies ?? null,
  });
  const sorted = (v: string[] | undefined) => (v && v.length > 0 ? JSON.stringify([...v].sort()) : null);
  Object.assign(f, {
    'subjects.collective.unitKinds': sorted(c.subjects.collective?.unitKinds),
    'subjects.individual.personCategories': sorted(c.subjects.individual?.personCategories),
    'cascade.unitKinds': sorted(c.cascade.unitKinds),
    // The layout as numbered headings ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", …), depth first.
    outline: JSON.stringify(headings(c.outline)),
  });
  c.contents.forEach((x, i) => (f[`contents[${i}].reformAreas`] = sorted(x.reformAreas)));
  if (c.decision) {
    const d = c.decision;
    Object.assign(f, {
      'decision.number': d.header.number,
      'decision.issuedOn': d.header.issuedOn,
      'decision.title': d.title,
      'decision.authority': d.authority,
      'decision.articles.count': d.articles.length,
      'decision.recipients': j(d.header.recipients),
    });
  }
  for (const r of c.references) {
    const id = `references[${r.number ?? r.title ?? '?'}]`;
    f[`${id}.documentType`] = r.documentType;
    f[`${id}.issuedOn`] = r.issuedOn;
    f[`${id}.issuer`] = r.issuer;
    f[`${id}.relation`] = r.relation;
  }
  c.goals.forEach((g) => g.indexTargets.forEach((t) => (f[`goals.indexTargets[${t.index}]`] = j(t.target))));
  c.criteria.forEach((cr, i) => {
    f[`criteria[${i}].target`] = j(cr.target);
    f[`criteria[${i}].index`] = cr.index;
    f[`criteria[${i}].appliesTo`] = cr.appliesTo;
  });
  c.awards.forEach((a, i) => {
    f[`awards[${i}].form`] = a.form;
    f[`awards[${i}].grantor`] = a.grantor.title;
    f[`awards[${i}].recipients`] = a.recipients;
    f[`awards[${i}].quota.mode`] = a.quota.mode;
    f[`awards[${i}].quota.collectives`] = a.quota.collectives;
    f[`awards[${i}].quota.individuals`] = a.quota.individuals;
  });
  // A plan's deadlines have no order of their own: compare them sorted by due rule.
  [...c.deadlines].sort((a, b) => j(a.due)!.toString().localeCompare(j(b.due)!.toString())).forEach((d, i) => {
    f[`deadlines[${i}].due`] = j(d.due);
    f[`deadlines[${i}].strict`] = d.strict;
  });
  c.responsibilities.forEach((r, i) => (f[`responsibilities[${i}].unitText`] = r.unitText));
  for (const k of Object.keys(f)) if (f[k] === null) delete f[k];
  return f;
}

function headings(sections: Section[]): string[] {
  return sections.flatMap((s) => [[s.number, s.heading].filter(Boolean).join(' '), ...headings(s.children)]);
}

export interface Score {
  truth: number;
  extracted: number;
  correct: number;
  precision: number;
  recall: number;
  misses: string[];
}

/** Field-level precision (right / extracted) and recall (right / in the ground truth). */
export function scoreFields(truth: FieldMap, got: FieldMap): Score {
  const misses: string[] = [];
  let correct = 0;
  for (const [k, v] of Object.entries(truth)) {
    if (got[k] === v) correct++;
    else misses.push(`${k}: expected ${JSON.stringify(v)}, got ${JSON.stringify(got[k] ?? null)}`);
  }
  for (const k of Object.keys(got)) if (!(k in truth)) misses.push(`${k}: not expected, got ${JSON.stringify(got[k])}`);
  const extracted = Object.keys(got).length;
  const n = Object.keys(truth).length;
  return { truth: n, extracted, correct, precision: extracted ? correct / extracted : 1, recall: n ? correct / n : 1, misses };
}
