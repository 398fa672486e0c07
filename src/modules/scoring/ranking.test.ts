import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRank, rankByGroup, rankPeerGroup, selfScoreGaps } from './ranking';

describe('rankPeerGroup', () => {
  it('gives tied totals the same rank and skips the next (1, 2, 2, 4)', () => {
    const ranked = rankPeerGroup([
      { id: 1, name: 'Xã Trà Sơn', total: 70 },
      { id: 2, name: 'Thị trấn Trà Xuân', total: 88.5 },
      { id: 3, name: 'Xã Trà Bùi', total: 0.1 + 0.2 + 69.7 },
      { id: 4, name: 'Xã Trà Giang', total: 61 },
    ]);
    expect(ranked.map((r) => [r.entry.id, r.rank, r.tied])).toEqual([
      [2, 1, false],
      [3, 2, true],
      [1, 2, true],
      [4, 4, false],
    ]);
    expect(ranked[1]!.label).toBe('xếp thứ 2/4 (đồng hạng)');
    expect(ranked[3]!.label).toBe('xếp thứ 4/4');
  });

  it('orders ties by Vietnamese collation: D before Đ before E', () => {
    const names = ['Xã Đông', 'Xã Em', 'Xã Dông', 'Xã Ánh', 'Xã An'];
    const ranked = rankPeerGroup(names.map((name, id) => ({ id, name, total: 50 })));
    expect(ranked.map((r) => r.entry.name)).toEqual(['Xã An', 'Xã Ánh', 'Xã Dông', 'Xã Đông', 'Xã Em']);
    expect(ranked.every((r) => r.rank === 1)).toBe(true);
  });

  it('ranks each peer group on its own', () => {
    const groups = rankByGroup(
      [
        { id: 'a', name: 'A', total: 10, g: 'Trà Bồng' },
        { id: 'b', name: 'B', total: 20, g: 'Ninh Hòa' },
        { id: 'c', name: 'C', total: 30, g: 'Trà Bồng' },
      ],
      (e) => e.g,
    );
    expect(groups.get('Trà Bồng')!.map((r) => r.label)).toEqual(['xếp thứ 1/2', 'xếp thứ 2/2']);
    expect(groups.get('Ninh Hòa')![0]!.label).toBe('xếp thứ 1/1');
  });

  it('a higher total never ranks worse, ranks are 1-based competition ranks, and input order does not matter (property)', () => {
    const entries = fc.uniqueArray(fc.record({ id: fc.nat(), name: fc.constantFrom('An', 'Ánh', 'Đông', 'Dông', 'Bình'), total: fc.integer({ min: 0, max: 20 }) }), {
      selector: (e) => e.id,
      maxLength: 40,
    });
    fc.assert(
      fc.property(entries, (list) => {
        const ranked = rankPeerGroup(list);
        const reversed = rankPeerGroup([...list].reverse());
        expect(reversed.map((r) => r.entry.id)).toEqual(ranked.map((r) => r.entry.id));
        for (const r of ranked) {
          expect(r.rank).toBe(1 + list.filter((e) => e.total > r.entry.total).length);
          expect(r.of).toBe(list.length);
        }
      }),
    );
  });

  it('formats a rank', () => {
    expect(formatRank(5, 16)).toBe('xếp thứ 5/16');
  });
});

describe('selfScoreGaps', () => {
  it('flags a gap above 10 points, and the outlier above mean + 1 SD, never a unit that scored itself lower', () => {
    const report = selfScoreGaps([
      { id: 1, name: 'Xã A', self: 90, appraised: 78 },
      { id: 2, name: 'Xã B', self: 80, appraised: 79 },
      { id: 3, name: 'Xã C', self: 81, appraised: 80 },
      { id: 4, name: 'Xã D', self: 70, appraised: 75 },
      { id: 5, name: 'Xã E', self: 85, appraised: 84 },
    ]);
    expect(report.rows.map((r) => r.gap)).toEqual([12, 1, 1, -5, 1]);
    expect(report.meanGap).toBe(2);
    expect(report.runHigh.map((r) => r.id)).toEqual([1]);
    expect(report.runHigh[0]!.why).toHaveLength(2);
    expect(report.runHigh[0]!.why[0]).toBe('tự chấm cao hơn thẩm định 12 điểm, vượt ngưỡng 10 điểm');
  });

  it('catches an outlier below the threshold by the statistical rule, and only by the threshold when sdFactor is null', () => {
    const pairs = [0, 0.5, 0, 0.5, 6].map((g, i) => ({ id: i, name: `Xã ${i}`, self: 70 + g, appraised: 70 }));
    expect(selfScoreGaps(pairs).runHigh.map((r) => r.id)).toEqual([4]);
    expect(selfScoreGaps(pairs, { threshold: 10, sdFactor: null, source: 'x' }).runHigh).toEqual([]);
  });
});
