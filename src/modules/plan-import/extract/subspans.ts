import type { PlanContentInput } from '../../movements/model/plan-content.schema';
import type { Span } from '../segment';
import type { SourceMap } from './field';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const flexibleCache = new Map<string, RegExp>();
/** The needle case-insensitively with any run of spaces; compiled once per needle (imports repeat them). */
function flexible(needle: string): RegExp {
  let re = flexibleCache.get(needle);
  if (!re) {
    if (flexibleCache.size > 2000) flexibleCache.clear();
    re = new RegExp(needle.trim().split(/\s+/u).map(escape).join('\\s+'), 'iu');
    flexibleCache.set(needle, re);
  }
  return re;
}

/**
 * Where `needle` is written inside `within` (as typed, then case-insensitively with any run of
 * spaces); null when the text does not contain it there.
 */
export function locate(text: string, within: Span, needle: string | null | undefined): Span | null {
  if (!needle) return null;
  const hay = text.slice(within[0], within[1]);
  const at = hay.indexOf(needle);
  if (at >= 0) return [within[0] + at, within[0] + at + needle.length];
  const m = flexible(needle).exec(hay);
  return m ? [within[0] + m.index, within[0] + m.index + m[0].length] : null;
}

/** A period's last year in a title: "giai đoạn 2024 - 2025", "năm 2024". */
export function yearPhrase(text: string, within: Span, year: string): Span | null {
  const m = new RegExp(`giai đoạn\\s+\\d{4}\\s*[-–]\\s*${year}|năm\\s+${year}`, 'u').exec(text.slice(within[0], within[1]));
  return m ? [within[0] + m.index, within[0] + m.index + m[0].length] : null;
}

/** A number as written ("01 tập thể" for 1) inside a span. */
function locateNumber(text: string, within: Span, n: number | null | undefined, after = ''): Span | null {
  if (n === null || n === undefined) return null;
  const m = new RegExp(`(?<![\\d.,])0*${n}(?![\\d])${after}`, 'u').exec(text.slice(within[0], within[1]));
  if (!m) return null;
  const digits = /^\d+/u.exec(m[0])![0];
  return [within[0] + m.index, within[0] + m.index + digits.length];
}

/** An ISO date as written: "10/7/2024", "29 tháng 6 năm 2015". */
function locateDate(text: string, within: Span, iso: string): Span | null {
  const [y, m, d] = iso.split('-').map(Number);
  const re = new RegExp(`(?<!\\d)0?${d}\\s*/\\s*0?${m}\\s*/\\s*${y}|(?<!\\d)0?${d}\\s+tháng\\s+0?${m}\\s+năm\\s+${y}`, 'u');
  const found = re.exec(text.slice(within[0], within[1]));
  return found ? [within[0] + found.index, within[0] + found.index + found[0].length] : null;
}

/**
 * Spans of the parts of each element, found inside the element's own span: a criterion's target
 * phrase and indicator, an award's grantor and quota with its numbers, a deadline's due phrase and
 * its day / month, a reference's number, date and issuer. A grantor named elsewhere (resolved from
 * another sentence) points to where the text names it.
 */
export function addSubSpans(draft: PlanContentInput, src: SourceMap, text: string, phrases: { criteria: (string | null)[]; deadlines: (string | null)[]; quotaSpans: (Span | undefined)[] }): void {
  const whole: Span = [0, text.length];
  const sub = (parent: string, path: string, span: Span | null) => {
    const p = src.entries[parent];
    if (span && p) src.set(path, { span, confidence: p.confidence });
  };
  const spanOf = (path: string) => src.entries[path]?.span ?? null;

  (draft.criteria ?? []).forEach((c, i) => {
    const s = spanOf(`criteria.${i}`);
    if (!s) return;
    const target = locate(text, s, phrases.criteria[i]);
    sub(`criteria.${i}`, `criteria.${i}.target`, target);
    sub(`criteria.${i}`, `criteria.${i}.indicator`, locate(text, s, c.indicator));
    const t = c.target as { value?: unknown; upper?: unknown; band?: unknown };
    if (target && typeof t.value === 'number') sub(`criteria.${i}`, `criteria.${i}.target.value`, locate(text, target, String(t.value).replace('.', ',')) ?? locate(text, target, String(t.value)));
    if (target && typeof t.upper === 'number') sub(`criteria.${i}`, `criteria.${i}.target.upper`, locate(text, [target[0] + 1, target[1]], String(t.upper)));
    if (target && typeof t.band === 'string') sub(`criteria.${i}`, `criteria.${i}.target.band`, locate(text, target, t.band));
  });

  (draft.awards ?? []).forEach((a, i) => {
    const s = spanOf(`awards.${i}`);
    if (!s) return;
    sub(`awards.${i}`, `awards.${i}.name`, locate(text, s, a.name));
    sub(`awards.${i}`, `awards.${i}.grantor`, locate(text, s, a.grantor.title) ?? locate(text, whole, a.grantor.title));
    const quota = locate(text, phrases.quotaSpans[i] ?? s, a.quota.text);
    sub(`awards.${i}`, `awards.${i}.quota`, quota);
    if (quota) {
      sub(`awards.${i}`, `awards.${i}.quota.collectives`, locateNumber(text, quota, a.quota.collectives, '\\s+tập thể'));
      sub(`awards.${i}`, `awards.${i}.quota.individuals`, locateNumber(text, quota, a.quota.individuals, '\\s+cá nhân'));
      sub(`awards.${i}`, `awards.${i}.quota.percent`, locateNumber(text, quota, a.quota.percent, '\\s*%'));
    }
  });

  (draft.deadlines ?? []).forEach((d, i) => {
    const s = spanOf(`deadlines.${i}`);
    if (!s) return;
    sub(`deadlines.${i}`, `deadlines.${i}.recipient`, locate(text, s, d.recipient));
    sub(`deadlines.${i}`, `deadlines.${i}.responsible.text`, locate(text, s, d.responsible.text));
    const due = locate(text, s, phrases.deadlines[i]);
    sub(`deadlines.${i}`, `deadlines.${i}.due`, due);
    if (!due) return;
    if (d.due.kind === 'yearly') {
      const day = locateNumber(text, due, d.due.day);
      sub(`deadlines.${i}`, `deadlines.${i}.due.day`, day);
      if (day) sub(`deadlines.${i}`, `deadlines.${i}.due.month`, locateNumber(text, [day[1], due[1]], d.due.month));
    }
  });

  const dossier = spanOf('dossier');
  if (dossier && draft.dossier) sub('dossier', 'dossier.copies', locate(text, dossier, draft.dossier.copiesText));

  (draft.references ?? []).forEach((r, i) => {
    const s = spanOf(`references.${i}`);
    if (!s) return;
    sub(`references.${i}`, `references.${i}.number`, locate(text, s, r.number) ?? locate(text, s, r.number?.replace(/\//gu, ' /')));
    sub(`references.${i}`, `references.${i}.title`, locate(text, s, r.title));
    if (r.issuedOn) sub(`references.${i}`, `references.${i}.issuedOn`, locateDate(text, s, r.issuedOn));
    sub(`references.${i}`, `references.${i}.issuer`, locate(text, [s[0], Math.min(text.length, s[1] + 200)], r.issuer) ?? locate(text, whole, r.issuer));
  });
}
