import { describe, expect, it } from 'vitest';
import { parseAuthorCell } from './author-cell';

describe('parseAuthorCell', () => {
  it('reads ids with shares in either notation, with a decimal comma', () => {
    expect(parseAuthorCell('125: 60; 126: 40')).toEqual({ ok: true, value: [{ personId: 125, share: 60 }, { personId: 126, share: 40 }] });
    expect(parseAuthorCell('125 (33,34%)\n126 (66,66%)')).toEqual({ ok: true, value: [{ personId: 125, share: 33.34 }, { personId: 126, share: 66.66 }] });
  });

  it('splits evenly when no share is given, the rest to the first author', () => {
    expect(parseAuthorCell('7; 8; 9')).toEqual({ ok: true, value: [{ personId: 7, share: 33.34 }, { personId: 8, share: 33.33 }, { personId: 9, share: 33.33 }] });
    expect(parseAuthorCell('7')).toEqual({ ok: true, value: [{ personId: 7, share: 100 }] });
  });

  it('refuses names, mixed notation and an empty cell with a Vietnamese reason', () => {
    expect(parseAuthorCell('Nguyễn Văn An')).toMatchObject({ ok: false, message: expect.stringContaining('không đúng dạng') });
    expect(parseAuthorCell('7: 50; 8')).toMatchObject({ ok: false, message: expect.stringContaining('tất cả tác giả') });
    expect(parseAuthorCell(' ; ')).toMatchObject({ ok: false });
  });
});
