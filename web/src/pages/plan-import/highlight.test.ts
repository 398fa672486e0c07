import { describe, expect, it } from 'vitest';
import { cleanDraft, isWithin, segments, valueAt } from './highlight';
import { sourcePathFor } from './span-field';

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

  it('maps a form field to the narrowest traced span and highlights the spans inside a selected field', () => {
    const sources = { 'criteria.2': {}, 'criteria.2.target': {}, 'deadlines.0.due.day': {} };
    expect(sourcePathFor(['criteria', 2, 'target', 'value'], sources)).toBe('criteria.2.target');
    expect(sourcePathFor(['criteria', 2, 'indicator'], sources)).toBe('criteria.2');
    expect(sourcePathFor(['deadlines', 0, 'due', 'day'], sources)).toBe('deadlines.0.due.day');
    expect(sourcePathFor(['title'], sources)).toBeNull();
    expect(isWithin('criteria.2.target', 'criteria.2')).toBe(true);
    expect(isWithin('criteria.20', 'criteria.2')).toBe(false);
  });

  it('turns the form store into the draft the API takes: emptied inputs null, untouched ones left to defaults', () => {
    const draft = { header: { number: '  ', recipients: ['Sở Nội vụ;', '', 'Lưu: VT.'] }, period: { start: { kind: 'on_issue', date: undefined } }, awards: [{ quota: { collectives: 2 } }] };
    expect(cleanDraft(draft)).toEqual({ header: { number: null, recipients: ['Sở Nội vụ;', 'Lưu: VT.'] }, period: { start: { kind: 'on_issue' } }, awards: [{ quota: { collectives: 2 } }] });
  });
});
