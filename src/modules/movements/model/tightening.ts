import type { Target } from './target';
import { formatTarget } from './target-format';

/**
 * A lower unit's plan inherits its parent's criteria and may raise a target, never lower it.
 * Returns why `child` is looser than `parent`, or null when it is at least as strict.
 */
export function loosenedReason(parent: Target, child: Target): string | null {
  const refuse = (why: string) => `${why}: chỉ tiêu của đơn vị (${formatTarget(child)}) lỏng hơn chỉ tiêu cấp trên (${formatTarget(parent)})`;
  if (parent.measure !== child.measure) return `Không được đổi cách đo của tiêu chí kế thừa (cấp trên: ${formatTarget(parent)})`;

  switch (parent.measure) {
    case 'percent':
    case 'count':
    case 'score': {
      const c = child as typeof parent;
      const [pLo, pHi] = numericBounds(parent);
      const [cLo, cHi] = numericBounds(c);
      // The child's set of passing values must lie inside the parent's.
      if (cLo.value < pLo.value || (cLo.value === pLo.value && pLo.open && !cLo.open)) return refuse('Ngưỡng dưới thấp hơn');
      if (cHi.value > pHi.value || (cHi.value === pHi.value && pHi.open && !cHi.open)) return refuse('Ngưỡng trên cao hơn');
      return null;
    }
    case 'rank': {
      const c = child as typeof parent;
      // A smaller rank is better: the child's worst accepted rank may not be worse than the parent's.
      if (worstRank(c) > worstRank(parent)) return refuse('Thứ hạng thấp hơn');
      if (parent.of !== null && c.of !== null && parent.of !== c.of) return `Không được đổi tổng số đơn vị xếp hạng (cấp trên: ${formatTarget(parent)})`;
      return null;
    }
    case 'boolean':
      return (child as typeof parent).value === parent.value ? null : refuse('Yêu cầu khác cấp trên');
    case 'band': {
      const c = child as typeof parent;
      if (c.scale.join('|') !== parent.scale.join('|')) return `Không được đổi thang xếp loại (cấp trên: ${parent.scale.join(', ')})`;
      const pIdx = parent.scale.indexOf(parent.band);
      const cIdx = c.scale.indexOf(c.band);
      if (cIdx > pIdx) return refuse('Xếp loại thấp hơn');
      if (parent.comparator === 'eq' && (c.comparator !== 'eq' || cIdx !== pIdx)) return refuse('Yêu cầu khác cấp trên');
      return null;
    }
    case 'relative': {
      const c = child as typeof parent;
      if (c.reference !== parent.reference) return `Không được đổi mốc so sánh (cấp trên: ${formatTarget(parent)})`;
      return parent.comparator === 'gt' && c.comparator === 'gte' ? refuse('Ngưỡng thấp hơn') : null;
    }
  }
}

type Bound = { value: number; open: boolean };
type Numeric = Extract<Target, { measure: 'percent' | 'count' | 'score' }>;

function numericBounds(t: Numeric): [Bound, Bound] {
  const inf = { value: Number.POSITIVE_INFINITY, open: true };
  const minusInf = { value: Number.NEGATIVE_INFINITY, open: true };
  switch (t.comparator) {
    case 'gte':
      return [{ value: t.value, open: false }, inf];
    case 'gt':
      return [{ value: t.value, open: true }, inf];
    case 'lte':
      return [minusInf, { value: t.value, open: false }];
    case 'lt':
      return [minusInf, { value: t.value, open: true }];
    case 'eq':
      return [
        { value: t.value, open: false },
        { value: t.value, open: false },
      ];
    case 'between':
      return [
        { value: t.value, open: false },
        { value: t.upper ?? t.value, open: false },
      ];
  }
}

function worstRank(t: Extract<Target, { measure: 'rank' }>): number {
  return t.comparator === 'between' ? (t.upper ?? t.value) : t.value;
}
