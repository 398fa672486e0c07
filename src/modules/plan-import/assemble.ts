import type { PlanContentInput } from '../movements/model/plan-content.schema';
import { searchKey } from '../../lib/text';
import { key } from './patterns';
import { nodeText, segment, walk, type Line, type Node } from './segment';
import { awardsFrom, conditionalStandards } from './extract/award-section';
import { criteriaFromSection, criteriaFromStandards, standardNodes, type IssuerLevel } from './extract/criteria';
import { parseDeadlines } from './extract/deadlines';
import { layout } from './extract/document';
import { expandWithAuthority, otherDocumentType } from './extract/header';
import { issuerBySymbol, resolveGrantor } from './extract/grantor';
import { SourceMap } from './extract/field';
import { addSubSpans, locate, yearPhrase } from './extract/subspans';
import { extractReferences } from './extract/references';
import { extractResponsibilities } from './extract/responsibilities';
import { contentNodes, findSection, itemsOf, periodEnd, periodFromTitle, spanOfNode, textOf, toItem } from './extract/sections';
import { indexIn, parseTarget } from './extract/targets';
import { decisionFrom } from './extract/decision';
import { splitSubjects, subjectsFromProse } from './extract/subjects';
import { outlineOf, type Placed, type Stated } from './extract/outline';
import { cascadeOf, personCategoriesIn, reformAreasIn, unitKindsIn } from './extract/vocabulary';
import type { FieldKind, ListKind } from '../movements/model/outline.schema';

export const slug = (s: string, fallback: string) =>
  searchKey(s).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || fallback;

function uniqueKeys<T extends { key: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  for (const it of items) {
    let k = it.key;
    for (let i = 2; seen.has(k); i++) k = `${it.key.slice(0, 36)}-${i}`;
    it.key = k;
    seen.add(k);
  }
  return items;
}

/** Normalised text → a plan draft (not yet validated) and where each field came from. */
export function assemble(text: string, lines: Line[], headings: Map<number, number> = new Map()): { draft: PlanContentInput; sources: SourceMap; isPlan: boolean; otherType: string | null } {
  const src = new SourceMap();
  const lay = layout(lines, text);
  const tree: Node[] = segment(lines.slice(lay.bodyFrom, lay.bodyTo), headings);
  const sig = lay.decisionSignature ?? lay.signature;
  const s = (lay.signature && (lay.signature.signer.title || lay.signature.recipients.length) ? lay.signature : sig)?.signer;
  const authority = src.take('header.signer.authority', s?.authority);
  const issuerRaw = lay.issuer ? { ...lay.issuer, value: expandWithAuthority(lay.issuer.value, authority) } : null;
  const title = src.take('title', lay.title);
  const level: IssuerLevel = /^(ỦY BAN NHÂN DÂN|UBND) TỈNH|^TỈNH/u.test(issuerRaw?.value ?? '') ? 'province' : 'local';

  const section = (re: RegExp) => findSection(tree, re);
  const placed: Placed = new Map();
  const place = (n: Node | null, at: { list: ListKind } | { field: FieldKind }) => n && placed.set(n, at);
  const themeNode = section(/^chu de/);
  const sloganNode = section(/^khau hieu/);
  place(themeNode, { field: 'theme' });
  place(sloganNode, { field: 'slogan' });
  const theme = src.take('theme', textOf(themeNode));
  const slogan = src.take('slogan', textOf(sloganNode));
  const periodNode = section(/^thoi gian (thi dua|to chuc (thi dua|phong trao))|^thoi gian$|^hinh thuc, thoi gian/);
  const periodText = periodNode ? [...walk([periodNode])].map(nodeText).join(' ') : '';
  const endFound = periodEnd(periodText);
  const end = endFound?.iso ?? (title ? periodFromTitle(title) : null);
  if (periodNode) src.set('period', { span: spanOfNode(periodNode), confidence: 0.8 });
  // The end's own span: the phrase in the period section, else the year in the title.
  const endSpan = endFound && periodNode ? locate(text, spanOfNode(periodNode), endFound.phrase) : end && lay.title ? yearPhrase(text, lay.title.span, end.slice(0, 4)) : null;
  if (endSpan) src.set('period.end', { span: endSpan, confidence: endFound ? 0.8 : 0.6 });

  const subjNode = section(/^doi tuong/);
  place(subjNode, { field: 'subjects' });
  if (periodNode && /^thoi gian/.test(key(periodNode.title ?? ''))) place(periodNode, { field: 'period' });
  const subjects: PlanContentInput['subjects'] = {};
  if (subjNode) {
    src.set('subjects', { span: spanOfNode(subjNode), confidence: 0.8 });
    for (const c of subjNode.children) {
      const k = key(c.title ?? '');
      if (/^tap the/.test(k)) subjects.collective = { label: c.label, text: nodeText(c) };
      else if (/^ca nhan/.test(k)) subjects.individual = { label: c.label, text: nodeText(c) };
      if (/^(tap the|ca nhan)/.test(k)) src.set(`subjects.${/^tap the/.test(k) ? 'collective' : 'individual'}.text`, { span: spanOfNode(c), confidence: 0.85 });
    }
    if (!subjects.collective && !subjects.individual) Object.assign(subjects, splitSubjects(textOf(subjNode)?.value ?? null));
  } else {
    const prose = subjectsFromProse(text);
    const c = src.take('subjects.collective.text', prose.collective);
    const i = src.take('subjects.individual.text', prose.individual);
    if (c) subjects.collective = { text: c };
    if (i) subjects.individual = { text: i };
  }

  /** A list's items, each traced to its span ("purposes.0", "contents.2"). */
  const list = (name: ListKind, re: RegExp) => {
    const node = section(re);
    place(node, { list: name });
    const { items, spans } = itemsOf(node);
    spans.forEach((span, i) => src.set(`${name}.${i}`, { span, confidence: 0.8 }));
    return items;
  };
  const goals = list('goals', /^muc tieu/).map((it, i) => {
    const t = it.text ?? it.title ?? '';
    const year = /năm\s+(\d{4})/u.exec(t);
    const indexTargets = t
      .split(';')
      .map((c) => ({ c, index: indexIn(c) }))
      .filter((x) => x.index !== null)
      .flatMap(({ c, index }) => {
        const found = parseTarget(c, index);
        return found ? [{ index: index!, target: found.target, year: year ? Number(year[1]) : null }] : [];
      });
    return { key: `muc-tieu-${i + 1}`, label: it.label, text: t, indexTargets };
  });

  const contentSection = section(/^noi dung (thi dua|phong trao)/);
  const contentList = contentSection && contentSection.children.length === 0 ? null : contentNodes(contentSection);
  const contents = (contentList ? contentList.map(toItem) : list('contents', /^noi dung (thi dua|phong trao)/)).map((it) => ({ ...it, reformAreas: reformAreasIn(it.title ?? it.text ?? '') }));
  if (contentSection && contentList && contentList.length === contentSection.children.length && contentList.every((n, i) => n === contentSection.children[i])) place(contentSection, { list: 'contents' });
  contentList?.forEach((n, i) => src.set(`contents.${i}`, { span: spanOfNode(n), confidence: 0.75 }));

  const critSection = section(/^tieu chi/);
  const stdSection = section(/^tieu chuan/);
  const stdNodes = stdSection ? standardNodes(stdSection) : conditionalStandards(tree);
  const criteria = [...(critSection ? criteriaFromSection(critSection, level) : []), ...criteriaFromStandards(stdNodes, level)];
  criteria.forEach((c, i) => src.set(`criteria.${i}`, c));
  const standards = { collective: [] as NonNullable<PlanContentInput['standards']>['collective'] & object, individual: [] as NonNullable<PlanContentInput['standards']>['individual'] & object };
  for (const { node, scope } of stdNodes) {
    const t = nodeText(node).slice(0, 4000);
    if (!t) continue;
    const list = standards[scope]!;
    src.set(`standards.${scope}.${list.length}`, { span: spanOfNode(node), confidence: 0.7 });
    list.push({ key: `${scope === 'collective' ? 'tt' : 'cn'}-${list.length + 1}`, label: node.label, text: t, rule: { kind: 'qualitative', text: t.slice(0, 2000) } });
  }

  const awards = awardsFrom(tree);
  for (const a of awards) a.grantor = resolveGrantor(a.grantor, text, issuerRaw?.value ?? null);
  awards.forEach((a, i) => src.set(`awards.${i}`, a));
  const dossierNode = section(/^ho so/);
  const dossierText = dossierNode ? [...walk([dossierNode])].map(nodeText).join(' ') : '';
  const copies = /(\d{1,2})\s*bộ(?![\p{L}\p{N}])/u.exec(dossierText);
  const componentNodes = dossierNode ? [...walk(dossierNode.children)].filter((n) => n.kind === 'bullet') : [];
  const components = componentNodes.map((n) => toItem({ ...n, children: [] }));
  componentNodes.forEach((n, i) => src.set(`dossier.components.${i}`, { span: n.span, confidence: 0.8 }));
  if (dossierNode) src.set('dossier', { span: spanOfNode(dossierNode), confidence: 0.8 });

  const deadlines = [...walk(tree)].flatMap((n) =>
    parseDeadlines(nodeText(n), { recurring: false, announcedHeading: /^thoi (gian|han)/.test(key(n.title ?? '')) }).map((d) => ({ d, n })),
  );
  deadlines.forEach(({ n }, i) => src.set(`deadlines.${i}`, { span: n.span, confidence: 0.75 }));
  const respNode = section(/^to chuc thuc hien/);
  const resp = extractResponsibilities(respNode);
  if (respNode && resp.length === respNode.children.length) place(respNode, { list: 'responsibilities' });
  resp.forEach((r, i) => {
    src.set(`responsibilities.${i}`, { span: r.span, confidence: r.confidence });
    src.set(`responsibilities.${i}.unitText`, { span: r.unitSpan, confidence: r.confidence });
  });

  if (subjects.collective) subjects.collective.unitKinds = unitKindsIn(subjects.collective.text);
  if (subjects.individual) subjects.individual.personCategories = personCategoriesIn(subjects.individual.text);

  const planStart = lay.planType && lay.decisionType ? lines[lay.planType.index]!.start : 0;
  const bodyStart = lines[lay.bodyFrom]?.start ?? text.length;
  // The decision's own number in the plan's caption is not a reference.
  const refs = extractReferences(text, planStart, bodyStart).filter((r) => r.number === null || r.number !== lay.caption?.number?.value);
  for (const r of refs) if (r.issuer === null && r.number) r.issuer = issuerBySymbol(r.number, issuerRaw?.value ?? null, text);
  refs.forEach((r, i) => src.set(`references.${i}`, r));
  const decision = lay.decisionType ? decisionFrom(lines, text, lay, src) : null;
  const h = lay.header;
  const signer = {
    capacity: src.take('header.signer.capacity', s?.capacity),
    authority,
    title: src.take('header.signer.title', s?.title) ?? 'Chưa rõ',
    name: src.take('header.signer.name', s?.name),
  };
  const recipients = lay.decisionType ? [] : (lay.signature?.recipients ?? []).slice(0, 50).map((r, i) => (src.set(`header.recipients.${i}`, r), r.value));
  src.set('header.issuerName', issuerRaw);

  const draft: PlanContentInput = {
    header: {
      parentBody: src.take('header.parentBody', h.parentBody),
      issuerName: issuerRaw?.value ?? 'Chưa rõ cơ quan ban hành',
      number: lay.decisionType ? null : src.take('header.number', h.number),
      place: src.take('header.place', h.place),
      issuedOn: lay.decisionType ? (decision?.header.issuedOn ?? null) : src.take('header.issuedOn', h.issuedOn),
      signer,
      recipients,
    },
    title: title ?? 'Kế hoạch (chưa đọc được tên)',
    decision,
    references: uniqueKeys(refs.map((r) => ({ key: slug(r.number ?? r.title ?? 'van-ban', 'van-ban'), relation: r.relation, documentType: r.documentType, number: r.number, issuedOn: r.issuedOn, issuer: r.issuer, title: r.title, citedIn: r.citedIn }))),
    preamble: lay.preamble.map((l) => l.text).filter((t) => t.length > 0),
    theme,
    slogan,
    purposes: list('purposes', /^muc dich$/),
    requirements: list('requirements', /^yeu cau$/),
    goals,
    period: { start: { kind: 'on_issue' }, end, text: periodNode ? (textOf(periodNode)?.value ?? null) : null },
    subjects,
    contents: contents.map((it, i) => ({ key: `noi-dung-${i + 1}`, ...it })),
    solutions: list('solutions', /^giai phap/),
    criteria: uniqueKeys(criteria.map((c, i) => ({ key: `tieu-chi-${i + 1}`, label: c.label, text: c.text, indicator: c.indicator, index: c.index, target: c.target, appliesTo: c.appliesTo, reformArea: reformAreasIn(c.text)[0] ?? null }))),
    standards,
    awards: awards.map((a, i) => ({ key: `khen-thuong-${i + 1}`, label: a.label, text: a.text, form: a.form, name: a.name, grantor: { title: a.grantor }, recipients: a.recipients, occasion: a.occasion, quota: a.quota })),
    dossier: dossierNode ? { components, copies: copies ? Number(copies[1]) : null, copiesText: copies ? copies[0] : null } : null,
    deadlines: deadlines.map(({ d }, i) => ({ key: `thoi-han-${i + 1}`, title: d.title, kind: d.kind, due: d.due, strict: d.strict, responsible: { text: d.responsible, unitKinds: unitKindsIn(d.responsible) }, recipient: d.recipient, text: null })),
    responsibilities: uniqueKeys(resp.map((r, i) => ({ key: `trach-nhiem-${i + 1}`, label: r.label, unitText: r.unitText, unitKinds: unitKindsIn(r.unitText), tasks: r.tasks.slice(0, 50) }))),
    cascade: cascadeOf(resp, deadlines.map(({ d }, i) => ({ key: `thoi-han-${i + 1}`, kind: d.kind })), issuerRaw?.value ?? null),
    closing: src.take('closing', lay.closing ? { value: lay.closing.text, span: [lay.closing.start, lay.closing.end] as [number, number], confidence: 0.9 } : null),
  };
  const stated: Stated = [];
  const d = draft as Record<string, unknown>;
  for (const list of ['criteria', 'awards', 'deadlines', 'standards.collective', 'standards.individual'] as const) {
    const items = (list.startsWith('standards.') ? (draft.standards as Record<string, { key: string }[]>)[list.slice(10)] : (d[list] as { key: string }[])) ?? [];
    items.forEach((it, i) => {
      const at = src.entries[`${list}.${i}`]?.span[0];
      if (at === undefined) return;
      stated.push({ ref: `${list}:${it.key}`, at });
      if (list === 'awards' && (it as { quota?: { mode: string } }).quota?.mode !== 'none') stated.push({ ref: `quotas:${it.key}`, at });
    });
  }
  draft.outline = outlineOf(tree, placed, stated);

  addSubSpans(draft, src, text, {
    criteria: criteria.map((c) => c.targetText),
    deadlines: deadlines.map(({ d, n }) => nodeText(n).slice(d.at[0], d.at[1])),
    quotaSpans: awards.map((a) => a.quotaSpan),
  });
  // A report or a proposal has numbered sections too: its own type line says it is not a plan.
  const otherType = lay.planType ? null : otherDocumentType(lines);
  const isPlan = otherType === null && (lay.planType !== null || tree.filter((n) => n.kind === 'roman').length >= 2);
  return { draft, sources: src, isPlan, otherType };
}
