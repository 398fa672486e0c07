import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, escapeLike, searchKey } from './text';

describe('searchKey', () => {
  it('ignores diacritics, đ and case', () => {
    expect(searchKey('Nguyễn Văn Đức')).toBe('nguyen van duc');
    expect(searchKey('  TRẦN   thị  ')).toBe('tran thi');
  });
  it('folds NFC and NFD input to the same key', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(searchKey(s.normalize('NFD'))).toBe(searchKey(s.normalize('NFC')));
      }),
    );
    expect(searchKey('Võ Thị Mai Vỹ'.normalize('NFD'))).toBe('vo thi mai vy');
  });
  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(searchKey(searchKey(s))).toBe(searchKey(s));
      }),
    );
  });
});

describe('cleanText / escapeLike', () => {
  it('stores NFC with single spaces', () => {
    expect(cleanText('Tr\u00e0  L\u00e2m'.normalize('NFD'))).toBe('Trà Lâm');
  });
  it('escapes LIKE wildcards', () => {
    expect(escapeLike('50%_a\\')).toBe('50\\%\\_a\\\\');
  });
});
