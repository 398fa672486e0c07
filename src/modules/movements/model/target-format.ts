import type { Target } from './target';

const num = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
const ops = { gte: '≥', gt: '>', eq: '=', lte: '≤', lt: '<' } as const;

/** A target in the words a civil servant reads it: "≥ 80%", "xếp thứ 5–6/16", "xếp loại Tốt trở lên". */
export function formatTarget(t: Target): string {
  switch (t.measure) {
    case 'percent':
    case 'count':
    case 'score': {
      const unit = t.measure === 'percent' ? '%' : t.measure === 'count' && t.unit ? ` ${t.unit}` : t.measure === 'score' ? ' điểm' : '';
      if (t.comparator === 'between') return `từ ${num(t.value)}${unit} đến ${num(t.upper ?? t.value)}${unit}`;
      return `${ops[t.comparator]} ${num(t.value)}${unit}`;
    }
    case 'rank': {
      const of = t.of === null ? '' : `/${t.of}`;
      if (t.comparator === 'top_n') return `thuộc nhóm ${t.value} dẫn đầu`;
      if (t.comparator === 'between') return `xếp thứ ${t.value}–${t.upper ?? t.value}${of}`;
      if (t.comparator === 'lte') return `xếp thứ ${t.value}${of} trở lên`;
      return `xếp thứ ${t.value}${of}`;
    }
    case 'boolean':
      return t.value ? 'Có' : 'Không';
    case 'band':
      return t.comparator === 'gte' && t.scale.indexOf(t.band) > 0 ? `xếp loại ${t.band} trở lên` : `xếp loại ${t.band}`;
    case 'relative':
      return t.reference === 'national_average' ? 'cao hơn mức trung bình cả nước' : 'cao hơn năm trước';
  }
}
