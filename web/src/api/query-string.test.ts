import { describe, expect, it } from 'vitest';
import { toQueryString } from './query-string';

describe('toQueryString', () => {
  it('drops empty values and encodes Vietnamese text', () => {
    expect(toQueryString({ q: 'Nguyễn Văn', unitId: 5, includeSubunits: true, x: undefined, y: '', z: null })).toBe(
      '?q=Nguy%E1%BB%85n+V%C4%83n&unitId=5&includeSubunits=true',
    );
  });

  it('keeps zero and false, which are real values', () => {
    expect(toQueryString({ offset: 0, includeInactive: false })).toBe('?offset=0&includeInactive=false');
  });

  it('returns an empty string when nothing is set', () => {
    expect(toQueryString({ q: '' })).toBe('');
    expect(toQueryString(undefined)).toBe('');
  });
});
