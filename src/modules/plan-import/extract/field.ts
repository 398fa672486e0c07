import type { Span } from '../segment';

/** An extracted value with where it came from and how sure the rule is (0–1). */
export interface Field<T> {
  value: T;
  span: Span;
  confidence: number;
}

export const field = <T>(value: T, span: Span, confidence: number): Field<T> => ({ value, span, confidence });

/** Field path → source span and confidence; the review UI highlights these spans. */
export type Sources = Record<string, { span: Span; confidence: number }>;

export class SourceMap {
  readonly entries: Sources = {};
  set(path: string, f: { span: Span; confidence: number } | null | undefined): void {
    if (f) this.entries[path] = { span: f.span, confidence: f.confidence };
  }
  /** Records the field and returns its bare value (or null). */
  take<T>(path: string, f: Field<T> | null | undefined): T | null {
    this.set(path, f);
    return f ? f.value : null;
  }
}
