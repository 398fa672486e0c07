import { AppError } from '../../../http/errors';

interface Item {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Positioned text items of one page → lines, top to bottom; a wider vertical gap → a blank line. */
function pageLines(items: Item[]): string {
  const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; h: number; items: Item[] }[] = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - it.y) <= Math.max(2, it.h * 0.4)) last.items.push(it);
    else lines.push({ y: it.y, h: it.h || 10, items: [it] });
  }
  // A line that reaches the right margin continues in the next one (a word processor wrapped it);
  // one that stops short ends its paragraph. List items start a line (not "- xã hội": a wrapped "kinh tế - xã hội").
  const right = Math.max(...lines.map((l) => Math.max(...l.items.map((it) => it.x + it.w))));
  const left = Math.min(...lines.map((l) => Math.min(...l.items.map((it) => it.x))));
  let out = '';
  let prevRight = -Infinity;
  lines.forEach((l, i) => {
    l.items.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const it of l.items) {
      if (text && it.x - end > l.h * 0.15 && !text.endsWith(' ') && !it.str.startsWith(' ')) text += ' ';
      text += it.str;
      end = it.x + it.w;
    }
    const prev = lines[i - 1];
    const wrapped = prevRight >= left + (right - left) * 0.9 && !/^([-–•+]\s+(?!\p{Ll})|([IVXLC]{1,5}\.|\d{1,2}[.)]|[a-zđ]\))\s)/u.test(text);
    if (prev) out += prev.y - l.y > prev.h * 1.8 ? '\n\n' : wrapped ? ' ' : '\n';
    out += text;
    prevRight = end;
  });
  return out;
}

/** The text layer of a PDF; pages separated by a form feed, which the normaliser treats as a break. */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  } catch {
    throw new AppError('unsupported_media_type', 'Không mở được tệp PDF (tệp hỏng hoặc có mật khẩu).', { file: 'PDF không đọc được' });
  }
  try {
    const pages: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const it of content.items) if ('str' in it) items.push({ str: it.str, x: it.transform[4] as number, y: it.transform[5] as number, w: it.width, h: it.height });
      pages.push(pageLines(items));
      page.cleanup();
    }
    const text = pages.join('\n\f\n');
    if (text.replace(/\s/gu, '') === '')
      throw new AppError('validation', 'Tệp PDF chỉ có hình ảnh (bản quét), không có lớp chữ để đọc. Hãy gửi bản Word hoặc PDF xuất từ Word.', { file: 'PDF không có chữ' });
    return text;
  } finally {
    await doc.destroy();
  }
}
