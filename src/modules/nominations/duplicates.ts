import { searchKey } from '../../lib/text';

/**
 * Near-duplicate achievement reports (báo cáo thành tích copied between nominees): texts folded with
 * searchKey (diacritics, case), cut into overlapping word shingles, compared by Jaccard similarity.
 */
export function shingles(text: string, size: number): Set<string> {
  const words = searchKey(text)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const out = new Set<string>();
  if (words.length === 0) return out;
  if (words.length < size) {
    out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(' '));
  return out;
}

/** |A ∩ B| / |A ∪ B|; two empty sets are not similar (an empty report copies nothing). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const s of small) if (large.has(s)) common++;
  return common / (a.size + b.size - common);
}

export interface ReportText {
  id: number;
  text: string;
}

export interface DuplicatePair {
  a: number;
  b: number;
  /** 0–1, rounded to 3 decimals. */
  similarity: number;
}

/** Every pair at or above the threshold, most similar first (ties by ids). */
export function nearDuplicates(items: readonly ReportText[], threshold: number, size: number): DuplicatePair[] {
  const sets = items.map((i) => ({ id: i.id, set: shingles(i.text, size) }));
  const pairs: DuplicatePair[] = [];
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const s = jaccard(sets[i]!.set, sets[j]!.set);
      if (s >= threshold) {
        const [a, b] = sets[i]!.id < sets[j]!.id ? [sets[i]!.id, sets[j]!.id] : [sets[j]!.id, sets[i]!.id];
        pairs.push({ a, b, similarity: Math.round(s * 1000) / 1000 });
      }
    }
  }
  return pairs.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
}
