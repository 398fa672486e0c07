import { describe, expect, it } from 'vitest';
import { targetSchema } from '../modules/movements/model/target';
import { evaluateTargetOrThrow } from '../modules/scoring';
import { demoValue, placeAt, randomFor, rankedScores, unitQuality } from './demo-values';

describe('demo values', () => {
  it('are the same on every run for the same name, and differ between names', () => {
    const a = randomFor('001:QNG-TRABONG-TRALAM-VPTK:d');
    const b = randomFor('001:QNG-TRABONG-TRALAM-VPTK:d');
    const draws = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(draws);
    expect(randomFor('001:QNG-TRABONG-TRALAM-TPHT:d')()).not.toBe(draws[0]);
    for (const d of draws) expect(d >= 0 && d < 1).toBe(true);
  });

  it('give valid values, some meeting the target and some not', () => {
    const t = targetSchema.parse({ measure: 'percent', comparator: 'gt', value: 98 });
    const values = Array.from({ length: 60 }, (_, i) => demoValue(t, unitQuality(`U${i}`), `x:${i}`)!);
    const met = values.map((v) => evaluateTargetOrThrow(t, v).met);
    expect(met).toContain(true);
    expect(met).toContain(false);
    const yes = targetSchema.parse({ measure: 'boolean', value: true });
    expect(demoValue(yes, 0.5, 'b')?.measure).toBe('boolean');
    expect(demoValue(targetSchema.parse({ measure: 'rank', comparator: 'lte', value: 5 }), 0.5, 'r')).toBeNull();
  });

  it('rank a peer group 1..n with strictly falling scores, and pin one unit to its rank', () => {
    const codes = Array.from({ length: 16 }, (_, i) => `XA-${i}`);
    const ranked = placeAt(rankedScores(codes, 'CCHC:2024', { min: 60, max: 92 }), 'XA-3', 6);
    expect(ranked.map((r) => r.rank)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(ranked.find((r) => r.code === 'XA-3')?.rank).toBe(6);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i]!.score).toBeLessThan(ranked[i - 1]!.score);
    expect(new Set(ranked.map((r) => r.code)).size).toBe(16);
  });
});
