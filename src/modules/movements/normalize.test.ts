import { describe, expect, it } from 'vitest';
import { blankPlan } from './model/plan-builder';
import { normalizePlan, toNfc } from './normalize';

describe('normalizePlan', () => {
  it('folds every string, however deep, to NFC and keeps everything else', () => {
    const nfd = (s: string) => s.normalize('NFD');
    const plan = blankPlan({
      issuerName: nfd('ỦY BAN NHÂN DÂN XÃ TRÀ LÂM'),
      title: nfd('Đẩy mạnh cải cách hành chính'),
      year: 2024,
      header: { issuerName: nfd('ỦY BAN NHÂN DÂN XÃ TRÀ LÂM'), signer: { title: nfd('CHỦ TỊCH'), name: nfd('Hồ Văn Lâm') }, recipients: [nfd('Lưu: VT')] },
      criteria: [
        {
          key: 'a',
          text: nfd('Tỷ lệ hồ sơ đúng hạn'),
          indicator: nfd('Hồ sơ đúng hạn'),
          target: { measure: 'band', comparator: 'gte', band: nfd('Tốt'), scale: [nfd('Tốt'), 'Khá'] },
        },
      ],
    });
    const out = normalizePlan(plan);
    const strings = JSON.stringify(out);
    expect(strings).toBe(strings.normalize('NFC'));
    expect(out.header.signer.name).toBe('Hồ Văn Lâm'.normalize('NFC'));
    expect(out.criteria[0]!.target).toEqual({ measure: 'band', comparator: 'gte', band: 'Tốt', scale: ['Tốt', 'Khá'] });
    expect(out.period).toEqual(plan.period);
    expect(out.criteria[0]!.evidenceRequired).toBe(true);
  });

  it('leaves numbers, booleans and null alone', () => {
    expect(toNfc({ a: 1, b: false, c: null, d: [2, 'x'] })).toEqual({ a: 1, b: false, c: null, d: [2, 'x'] });
  });
});
