import { describe, expect, it } from 'vitest';
import { segments, valueAt } from './highlight';

describe('highlighting the sources of an imported plan', () => {
  it('gives each piece of text to the narrowest field covering it', () => {
    const text = 'Số: 135/KH-LĐLĐ ngày 03/3/2022';
    const s = segments(text, { 'header.number': { span: [4, 15], confidence: 0.9 }, references: { span: [0, 30], confidence: 0.5 } });
    expect(s).toEqual([
      { text: 'Số: ', path: 'references' },
      { text: '135/KH-LĐLĐ', path: 'header.number' },
      { text: ' ngày 03/3/2022', path: 'references' },
    ]);
    expect(segments('abc', {})).toEqual([{ text: 'abc', path: null }]);
    // A span outside the text is ignored rather than breaking the page.
    expect(segments('abc', { x: { span: [2, 99], confidence: 1 } })).toEqual([{ text: 'abc', path: null }]);
  });

  it('shows a field value by its path, short', () => {
    const content = { header: { signer: { name: 'Nguyễn Vĩnh Thạnh' } }, awards: [{ name: 'Giấy khen', grantor: {} }] };
    expect(valueAt(content, 'header.signer.name')).toBe('Nguyễn Vĩnh Thạnh');
    expect(valueAt(content, 'awards.0')).toBe('Giấy khen');
    expect(valueAt(content, 'awards.5')).toBe('');
  });
});
