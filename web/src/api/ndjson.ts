/**
 * Splits a stream of text into JSON lines. Chunks from the network cut lines anywhere (even inside a
 * multi-byte letter, which TextDecoder's stream mode handles before we see it), so a partial last
 * line is kept until the next chunk or the end.
 */
export class NdjsonSplitter {
  private rest = '';

  push(chunk: string): unknown[] {
    this.rest += chunk;
    const lines = this.rest.split('\n');
    this.rest = lines.pop() ?? '';
    return lines.filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as unknown);
  }

  end(): unknown[] {
    const last = this.rest.trim();
    this.rest = '';
    return last ? [JSON.parse(last) as unknown] : [];
  }
}

/** Calls onValue for each JSON line of a streamed response body, in order. */
export async function readNdjson(body: ReadableStream<Uint8Array>, onValue: (value: unknown) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const splitter = new NdjsonSplitter();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    splitter.push(decoder.decode(value, { stream: true })).forEach(onValue);
  }
  splitter.push(decoder.decode()).forEach(onValue);
  splitter.end().forEach(onValue);
}
