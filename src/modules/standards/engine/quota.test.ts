import { describe, expect, it } from 'vitest';
import { floorPercent, planQuotaCap, quotaCap, withinQuota } from './quota';

describe('quotas', () => {
  it('rounds a percentage cap down and explains it in Vietnamese numbers', () => {
    expect(floorPercent(20, 15)).toBe(3);
    expect(floorPercent(19, 15)).toBe(2);
    expect(quotaCap({ absolute: 10, percent: 15, base: 120 })).toEqual({ cap: 10, reason: '15% × 120 = 18 → 18 (làm tròn xuống); không quá 10 → tối đa 10' });
    expect(quotaCap({ absolute: null, percent: 33.33, base: 10 }).cap).toBe(3);
    expect(quotaCap({ absolute: null, percent: null, base: null })).toEqual({ cap: null, reason: 'Không giới hạn số lượng' });
  });
  it('cannot apply a percentage without its base', () => {
    expect(quotaCap({ absolute: 5, percent: 15, base: null }).cap).toBe(0);
  });
  it('reads the plan quota: seed 004 "không quá 10 tập thể và 10 cá nhân", seed 003 "01 tập thể, 03 cá nhân", allocated by Sở Nội vụ', () => {
    const seed004 = { mode: 'max' as const, collectives: 10, individuals: 10, percent: null, by: null };
    expect(planQuotaCap(seed004, 'collective').cap).toBe(10);
    const seed003 = { mode: 'exact' as const, collectives: 1, individuals: 3, percent: null, by: null };
    expect(planQuotaCap(seed003, 'individual')).toEqual({ cap: 3, reason: 'kế hoạch chọn đúng 3' });
    const allocated = { mode: 'allocated' as const, collectives: null, individuals: null, percent: null, by: 'Sở Nội vụ' };
    expect(planQuotaCap(allocated, 'collective').cap).toBeNull();
    expect(planQuotaCap(allocated, 'collective', { allocated: 2 })).toEqual({ cap: 2, reason: 'Chỉ tiêu do Sở Nội vụ phân bổ: 2' });
    expect(withinQuota(planQuotaCap(seed003, 'individual'), 2)).toBe(true);
    expect(withinQuota(planQuotaCap(seed003, 'individual'), 3)).toBe(false);
  });
});
