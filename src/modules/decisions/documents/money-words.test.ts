import { describe, expect, it } from 'vitest';
import { dong, dongInWords } from './money-words';

describe('money in words', () => {
  it('reads amounts the way decisions write them', () => {
    expect(dongInWords(3_540_000)).toBe('Ba triệu năm trăm bốn mươi nghìn đồng');
    expect(dongInWords(710_000)).toBe('Bảy trăm mười nghìn đồng');
    expect(dongInWords(2_340_000)).toBe('Hai triệu ba trăm bốn mươi nghìn đồng');
    expect(dongInWords(1_005_000)).toBe('Một triệu không trăm linh năm nghìn đồng');
    expect(dongInWords(21_000_000)).toBe('Hai mươi mốt triệu đồng');
    expect(dongInWords(15_000)).toBe('Mười lăm nghìn đồng');
    expect(dongInWords(24_000)).toBe('Hai mươi tư nghìn đồng');
    expect(dongInWords(1_000_000_000)).toBe('Một tỷ đồng');
    expect(dongInWords(0)).toBe('Không đồng');
  });
  it('groups digits with dots', () => {
    expect(dong(3_540_000)).toBe('3.540.000');
  });
});
