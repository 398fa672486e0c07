import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Item } from '../../src/modules/movements/model/elements.schema';
import type { Section } from '../../src/modules/movements/model/outline.schema';
import type { PlanContent } from '../../src/modules/movements/model/plan-content.schema';
import type { Target } from '../../src/modules/movements/model/target';
import type { Rule } from '../../src/modules/standards/rule.schema';

/**
 * Compares a stored seed plan with the text it was entered from. Every check returns a list of
 * problems (empty when the plan matches), so a failing test names each mismatch at once.
 */

/** The seed texts, copied from ../shared/seeds/ (CI has no ../shared). */
export function readSeedText(source: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/seeds/${source}`, import.meta.url)), 'utf8');
}

/** Drops markdown marks (heading #, bold/italic *) and the file's line breaks; NFC; single spaces. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/^[ \t]*#{1,6}[ \t]*/gm, '')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every piece of text the plan stores as written, with where it is stored. */
export function storedParagraphs(plan: PlanContent): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const add = (path: string, text: string | null | undefined) => {
    if (text) out.push({ path, text });
  };
  const items = (path: string, list: Item[]) =>
    list.forEach((it, i) => {
      add(`${path}[${i}].title`, it.title);
      add(`${path}[${i}].text`, it.text);
      items(`${path}[${i}].children`, it.children);
    });
  const rule = (path: string, r: Rule) => {
    add(`${path}.text`, r.text);
    if (r.kind === 'all' || r.kind === 'any') r.of.forEach((c, i) => rule(`${path}.of[${i}]`, c));
  };
  const sections = (path: string, list: Section[]) =>
    list.forEach((s, i) => {
      add(`${path}[${i}].heading`, s.heading);
      s.blocks.forEach((b, j) => b.kind === 'text' && add(`${path}[${i}].blocks[${j}]`, b.text));
      sections(`${path}[${i}].children`, s.children);
    });

  add('header.place', plan.header.place);
  add('header.signer.name', plan.header.signer.name);
  plan.header.recipients.forEach((r, i) => add(`header.recipients[${i}]`, r));
  add('title', plan.title);
  if (plan.decision) {
    const d = plan.decision;
    add('decision.header.signer.name', d.header.signer.name);
    d.header.recipients.forEach((r, i) => add(`decision.header.recipients[${i}]`, r));
    add('decision.title', d.title);
    add('decision.authority', d.authority);
    d.basis.forEach((b, i) => add(`decision.basis[${i}]`, b));
    add('decision.proposer', d.proposer);
    d.articles.forEach((a, i) => add(`decision.articles[${i}]`, a));
  }
  plan.references.forEach((r, i) => {
    add(`references[${i}].issuer`, r.issuer);
    add(`references[${i}].title`, r.title);
  });
  plan.preamble.forEach((p, i) => add(`preamble[${i}]`, p));
  add('theme', plan.theme);
  add('slogan', plan.slogan);
  items('purposes', plan.purposes);
  items('requirements', plan.requirements);
  plan.goals.forEach((g, i) => add(`goals[${i}].text`, g.text));
  add('period.text', plan.period.text);
  add('subjects.text', plan.subjects.text);
  add('subjects.collective.text', plan.subjects.collective?.text);
  add('subjects.individual.text', plan.subjects.individual?.text);
  plan.contents.forEach((c, i) => {
    add(`contents[${i}].title`, c.title);
    add(`contents[${i}].text`, c.text);
    items(`contents[${i}].children`, c.children);
  });
  items('solutions', plan.solutions);
  add('criteriaIntro', plan.criteriaIntro);
  plan.criteria.forEach((c, i) => add(`criteria[${i}].text`, c.text));
  for (const side of ['collective', 'individual'] as const)
    plan.standards[side].forEach((s, i) => {
      add(`standards.${side}[${i}].text`, s.text);
      rule(`standards.${side}[${i}].rule`, s.rule);
    });
  plan.awards.forEach((a, i) => {
    add(`awards[${i}].text`, a.text);
    add(`awards[${i}].quota.text`, a.quota.text);
  });
  if (plan.dossier) {
    items('dossier.components', plan.dossier.components);
    add('dossier.formNote', plan.dossier.formNote);
    add('dossier.copiesText', plan.dossier.copiesText);
  }
  add('funding', plan.funding);
  plan.deadlines.forEach((d, i) => {
    add(`deadlines[${i}].text`, d.text);
    add(`deadlines[${i}].responsible.text`, d.responsible.text);
    add(`deadlines[${i}].recipient`, d.recipient);
  });
  plan.responsibilities.forEach((r, i) => {
    add(`responsibilities[${i}].unitText`, r.unitText);
    items(`responsibilities[${i}].tasks`, r.tasks);
  });
  add('closing', plan.closing);
  sections('outline', plan.outline);
  return out;
}

/** Stored text that does not occur in the source: a typo in data entry, or invented wording. */
export function paragraphProblems(plan: PlanContent, source: string): string[] {
  const haystack = normaliseText(source);
  return storedParagraphs(plan)
    .filter((p) => !haystack.includes(normaliseText(p.text)))
    .map((p) => `${p.path}: «${p.text.slice(0, 80)}…» không có trong văn bản`);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "135/KH-LĐLĐ" as the text may space it: "135 /KH - LĐLĐ". */
export function numberPattern(number: string): RegExp {
  return new RegExp(escape(number).replace(/\\?[/-]/g, (m) => `\\s*${m}\\s*`));
}

/** 2024-03-18 as "18/3/2024", "18/03/2024" or "ngày 18 tháng 3 năm 2024". */
export function datePattern(iso: string): RegExp {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const dd = `0?${d}`;
  const mm = `0?${m}`;
  return new RegExp(`(?:\\b${dd}\\s*/\\s*${mm}\\s*/\\s*${y}\\b)|(?:ngày\\s+${dd}\\s+tháng\\s+${mm}\\s+năm\\s+${y})`);
}

/** Every reference's number and date appear in the text (their titles are checked as paragraphs). */
export function referenceProblems(plan: PlanContent, source: string): string[] {
  const text = normaliseText(source);
  const problems: string[] = [];
  for (const r of plan.references) {
    if (r.number && !numberPattern(r.number).test(text)) problems.push(`references.${r.key}: số «${r.number}» không có trong văn bản`);
    if (r.issuedOn && !datePattern(r.issuedOn).test(text)) problems.push(`references.${r.key}: ngày ${r.issuedOn} không có trong văn bản`);
  }
  return problems;
}

/** Header facts: numbers, dates, signer title and name (recipients are checked as paragraphs). */
export function headerProblems(plan: PlanContent, source: string): string[] {
  const text = normaliseText(source);
  const problems: string[] = [];
  for (const [where, h] of [['header', plan.header] as const, ...(plan.decision ? [['decision.header', plan.decision.header] as const] : [])]) {
    if (h.number && !numberPattern(h.number).test(text)) problems.push(`${where}.number «${h.number}» không có trong văn bản`);
    if (h.issuedOn && !datePattern(h.issuedOn).test(text)) problems.push(`${where}.issuedOn ${h.issuedOn} không có trong văn bản`);
    const s = h.signer;
    const line = [s.capacity, s.authority].filter(Boolean).join(' ');
    if (line && !text.includes(line)) problems.push(`${where}.signer «${line}» không có trong văn bản`);
    if (!text.includes(s.title)) problems.push(`${where}.signer.title «${s.title}» không có trong văn bản`);
  }
  return problems;
}

/** What of a target must be written in the sentence that states it. */
export function targetTokens(t: Target): string[] {
  const n = (v: number) => String(v).replace('.', ',');
  switch (t.measure) {
    case 'percent':
      return t.comparator === 'between' ? [`${n(t.value)}`, `${n(t.upper ?? t.value)}%`] : [`${n(t.value)}%`];
    case 'count':
    case 'score':
      return t.comparator === 'between' ? [n(t.value), n(t.upper ?? t.value)] : [n(t.value)];
    case 'rank':
      if (t.comparator === 'between') return [`${t.value}-${t.upper ?? t.value}${t.of === null ? '' : `/${t.of}`}`];
      return [`${t.value}${t.of === null ? '' : `/${t.of}`}`];
    case 'boolean':
      return [];
    case 'band':
      return [t.band];
    case 'relative':
      return [t.reference === 'national_average' ? 'trung bình' : 'năm trước'];
  }
}

/** Each criterion's target value appears in its own sentence, and each index goal's in the goal. */
export function targetProblems(plan: PlanContent): string[] {
  const problems: string[] = [];
  const has = (sentence: string, token: string) => {
    const s = normaliseText(sentence).toLowerCase();
    const tk = token.toLowerCase();
    // Counts are often zero-padded ("01 tập thể").
    return s.includes(tk) || (/^\d$/.test(tk) && s.includes(`0${tk}`));
  };
  for (const c of plan.criteria)
    for (const token of targetTokens(c.target)) if (!has(c.text, token)) problems.push(`criteria.${c.key}: «${token}» không có trong câu của tiêu chí`);
  for (const g of plan.goals)
    for (const it of g.indexTargets)
      for (const token of targetTokens(it.target)) if (!has(g.text, token)) problems.push(`goals.${g.key}.${it.index}: «${token}» không có trong mục tiêu`);
  return problems;
}

/** Deadline dates as the text writes them; award names and quota numbers in the text. */
export function deadlineAndAwardProblems(plan: PlanContent, source: string): string[] {
  const text = normaliseText(source);
  const problems: string[] = [];
  const roman = ['I', 'II', 'III', 'IV'];
  for (const d of plan.deadlines) {
    const due = d.due;
    const ok =
      due.kind === 'date'
        ? datePattern(due.date).test(text)
        : due.kind === 'yearly'
          ? // "15/12" or "ngày 25 tháng 11" (seed 003)
            new RegExp(`\\b0?${due.day}\\s*/\\s*0?${due.month}\\b|ngày\\s+0?${due.day}\\s+tháng\\s+0?${due.month}\\b`).test(text)
          : due.kind === 'quarter'
            ? new RegExp(`Quý\\s+${roman[due.quarter - 1]}\\s*/\\s*${due.year}`, 'i').test(text)
            : true;
    if (!ok) problems.push(`deadlines.${d.key}: thời hạn không có trong văn bản`);
  }
  for (const a of plan.awards) {
    if (!text.includes(a.name)) problems.push(`awards.${a.key}: hình thức «${a.name}» không có trong văn bản`);
    const words = normaliseText(`${a.quota.text ?? ''} ${a.text ?? ''}`);
    for (const v of [a.quota.collectives, a.quota.individuals, a.quota.percent])
      if (v !== null && !new RegExp(`\\b0?${v}\\b`).test(words)) problems.push(`awards.${a.key}: số lượng ${v} không có trong câu về số lượng`);
  }
  return problems;
}

/** All checks of a seed plan against its text. */
export function seedProblems(plan: PlanContent, source: string): string[] {
  return [
    ...paragraphProblems(plan, source),
    ...referenceProblems(plan, source),
    ...headerProblems(plan, source),
    ...targetProblems(plan),
    ...deadlineAndAwardProblems(plan, source),
  ];
}

/** The lines of the text between two headings, normalised: for counting a section's items. */
export function sectionLines(source: string, from: string, to: string): string[] {
  const lines = source.split('\n').map(normaliseText).filter(Boolean);
  const start = lines.findIndex((l) => l.includes(from));
  const end = lines.findIndex((l, i) => i > start && l.includes(to));
  if (start < 0 || end < 0) throw new Error(`Không tìm thấy đoạn «${from}» … «${to}»`);
  return lines.slice(start + 1, end);
}
