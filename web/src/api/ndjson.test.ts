import { describe, expect, it } from 'vitest';
import { NdjsonSplitter, readNdjson } from './ndjson';

describe('NdjsonSplitter', () => {
  it('keeps a line cut across chunks until it is complete', () => {
    const s = new NdjsonSplitter();
    expect(s.push('{"phase":"đọc","processed":1')).toEqual([]);
    expect(s.push(',"total":3}\n{"processed":2}\n{"done"')).toEqual([
      { phase: 'đọc', processed: 1, total: 3 },
      { processed: 2 },
    ]);
    expect(s.push(':true}')).toEqual([]);
    expect(s.end()).toEqual([{ done: true }]);
  });

  it('ignores blank lines', () => {
    const s = new NdjsonSplitter();
    expect(s.push('\n{"a":1}\n\n')).toEqual([{ a: 1 }]);
    expect(s.end()).toEqual([]);
  });
});

describe('readNdjson', () => {
  it('decodes a multi-byte letter split between two chunks', async () => {
    const bytes = new TextEncoder().encode('{"message":"Dòng lỗi"}\n');
    const cut = 14; // between the two bytes of "ò"
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, cut));
        controller.enqueue(bytes.slice(cut));
        controller.close();
      },
    });
    const seen: unknown[] = [];
    await readNdjson(body, (v) => seen.push(v));
    expect(seen).toEqual([{ message: 'Dòng lỗi' }]);
  });
});
