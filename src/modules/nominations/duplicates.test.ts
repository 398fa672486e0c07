import { describe, expect, it } from 'vitest';
import { jaccard, nearDuplicates, shingles } from './duplicates';

const base =
  'Trong năm, đơn vị đã giải quyết 98% hồ sơ thủ tục hành chính đúng hạn, triển khai dịch vụ công trực tuyến toàn trình và tổ chức tiếp nhận hồ sơ qua bưu chính công ích cho người dân.';

describe('near-duplicate achievement reports', () => {
  it('folds diacritics, case and punctuation before cutting shingles', () => {
    expect(shingles('Hồ sơ ĐÚNG hạn!', 2)).toEqual(new Set(['ho so', 'so dung', 'dung han']));
    expect(shingles('ho so dung han', 2)).toEqual(shingles('Hồ sơ, đúng hạn.', 2));
  });

  it('keeps a text shorter than a shingle as one shingle and an empty text as none', () => {
    expect(shingles('Tốt', 3)).toEqual(new Set(['tot']));
    expect(shingles('  ', 3).size).toBe(0);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });

  it('flags a report copied with a changed name and leaves a different one alone', () => {
    const copied = base.replace('đơn vị', 'phòng');
    const other = 'Cá nhân có sáng kiến rút ngắn thời gian cấp giấy chứng nhận quyền sử dụng đất từ 30 ngày xuống 15 ngày, được Hội đồng sáng kiến công nhận.';
    const pairs = nearDuplicates(
      [
        { id: 7, text: base },
        { id: 3, text: copied },
        { id: 9, text: other },
      ],
      0.8,
      3,
    );
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ a: 3, b: 7 });
    expect(pairs[0]!.similarity).toBeGreaterThanOrEqual(0.8);
    expect(pairs[0]!.similarity).toBeLessThan(1);
  });

  it('finds identical texts at similarity 1 and respects the threshold', () => {
    const items = [
      { id: 1, text: base },
      { id: 2, text: base.toUpperCase() },
    ];
    expect(nearDuplicates(items, 0.8, 3)).toEqual([{ a: 1, b: 2, similarity: 1 }]);
    const half = base.split(' ').slice(0, 18).join(' ');
    expect(nearDuplicates([{ id: 1, text: base }, { id: 2, text: half }], 0.8, 3)).toEqual([]);
  });
});
