import type { SourceDto } from '../../api/plan-import';

export interface Segment {
  text: string;
  /** The field whose span covers this piece most narrowly, if any. */
  path: string | null;
}

/** Cuts the document text at every span edge; each piece belongs to the narrowest span covering it. */
export function segments(text: string, sources: Record<string, SourceDto>): Segment[] {
  const spans = Object.entries(sources).filter(([, s]) => s.span[1] > s.span[0] && s.span[0] >= 0 && s.span[1] <= text.length);
  const cuts = [...new Set([0, text.length, ...spans.flatMap(([, s]) => s.span)])].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    let best: [string, number] | null = null;
    for (const [path, s] of spans) {
      const len = s.span[1] - s.span[0];
      if (s.span[0] <= from && s.span[1] >= to && (!best || len < best[1])) best = [path, len];
    }
    const path = best ? best[0] : null;
    const last = out[out.length - 1];
    if (last && last.path === path) last.text += text.slice(from, to);
    else out.push({ text: text.slice(from, to), path });
  }
  return out;
}

/** The value at "header.signer.name", "criteria.0", … shown short. */
export function valueAt(content: unknown, path: string): string {
  let v: unknown = content;
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object') return '';
    v = (v as Record<string, unknown>)[part];
  }
  if (v === null || v === undefined) return '';
  if (typeof v !== 'object') return String(v);
  const o = v as Record<string, unknown>;
  const short = o.name ?? o.number ?? o.unitText ?? o.indicator ?? o.title ?? o.text;
  const s = typeof short === 'string' ? short : JSON.stringify(v);
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
}

/** A span path inside the selected field: "criteria.2.target" is within "criteria.2" and within itself. */
export const isWithin = (path: string, selected: string) => path === selected || path.startsWith(`${selected}.`);

/**
 * The form's draft as the API takes it: an emptied input is null (the model's "not stated"), an
 * emptied line of a list of texts (recipients) is dropped.
 */
export function cleanDraft(v: unknown): unknown {
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (Array.isArray(v)) return v.map(cleanDraft).filter((x) => !(x === null && v.every((e) => typeof e === 'string' || e === null)));
  // An input never filled (undefined) leaves the model's default, and no key a variant does not have.
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => [k, cleanDraft(x)]));
  return v;
}
