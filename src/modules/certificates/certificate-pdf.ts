import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { CertificateModel } from './certificate-model';

/** A4 landscape, in points. */
const PAGE = { width: 841.89, height: 595.28 } as const;
const RED = rgb(0.72, 0.07, 0.07);
const INK = rgb(0.1, 0.1, 0.1);
const FRAME = rgb(0.7, 0.55, 0.15);

// Liberation Serif (OFL), metric-compatible with Times New Roman, covers Vietnamese. Read relative to
// the repository root so a fresh clone works whatever the working directory.
const fontDir = fileURLToPath(new URL('../../../assets/fonts/', import.meta.url));
const fontFiles = { regular: 'LiberationSerif-Regular.ttf', bold: 'LiberationSerif-Bold.ttf', italic: 'LiberationSerif-Italic.ttf', boldItalic: 'LiberationSerif-BoldItalic.ttf' } as const;
type FontKey = keyof typeof fontFiles;
let fontBytes: Promise<Record<FontKey, Uint8Array>> | undefined;
const loadFonts = () =>
  (fontBytes ??= Promise.all(Object.entries(fontFiles).map(async ([k, f]) => [k, new Uint8Array(await fs.readFile(fontDir + f))] as const)).then(
    (pairs) => Object.fromEntries(pairs) as Record<FontKey, Uint8Array>,
  ));

/** Words into lines no wider than `width` at the size. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (current && font.widthOfTextAtSize(next, size) > width) {
      lines.push(current);
      current = word;
    } else current = next;
  }
  if (current) lines.push(current);
  return lines;
}

function centred(page: PDFPage, text: string, y: number, font: PDFFont, size: number, color = INK, centreX = PAGE.width / 2): void {
  page.drawText(text, { x: centreX - font.widthOfTextAtSize(text, size) / 2, y, size, font, color });
}

/** Shrinks a line until it fits the width (long grantor names). */
function fitSize(text: string, font: PDFFont, size: number, width: number): number {
  let s = size;
  while (s > 9 && font.widthOfTextAtSize(text, s) > width) s -= 0.5;
  return s;
}

function drawCertificate(page: PDFPage, c: CertificateModel, f: Record<FontKey, PDFFont>): void {
  const { width, height } = PAGE;
  page.drawRectangle({ x: 18, y: 18, width: width - 36, height: height - 36, borderColor: FRAME, borderWidth: 4 });
  page.drawRectangle({ x: 28, y: 28, width: width - 56, height: height - 56, borderColor: FRAME, borderWidth: 1 });
  let y = height - 70;
  centred(page, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', y, f.bold, 15);
  y -= 20;
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  centred(page, motto, y, f.bold, 14);
  const mottoWidth = f.bold.widthOfTextAtSize(motto, 14);
  page.drawLine({ start: { x: width / 2 - mottoWidth / 2, y: y - 4 }, end: { x: width / 2 + mottoWidth / 2, y: y - 4 }, thickness: 0.8, color: INK });
  y -= 44;
  centred(page, c.grantorLine, y, f.bold, fitSize(c.grantorLine, f.bold, 17, width - 140));
  y -= 32;
  centred(page, c.verb, y, f.bold, 18);
  y -= 56;
  centred(page, c.awardTitle, y, f.bold, fitSize(c.awardTitle, f.bold, 46, width - 140), RED);
  y -= 50;
  centred(page, c.awardeeName, y, f.boldItalic, fitSize(c.awardeeName, f.boldItalic, 26, width - 160), RED);
  if (c.awardeeUnit) {
    y -= 24;
    centred(page, c.awardeeUnit, y, f.italic, fitSize(c.awardeeUnit, f.italic, 15, width - 160));
  }
  y -= 28;
  for (const line of wrap(c.achievement, f.italic, 15, width - 200).slice(0, 3)) {
    centred(page, line, y, f.italic, 15);
    y -= 20;
  }
  // Bottom: the decision number on the left, place, date and signature on the right.
  const rightX = width * 0.7;
  let sy = 150;
  centred(page, c.placeDate, sy, f.italic, 13, INK, rightX);
  for (const line of c.signerLines) {
    sy -= 19;
    centred(page, line, sy, f.bold, 13, INK, rightX);
  }
  centred(page, c.signerName, 56, f.bold, 14, INK, rightX);
  page.drawText(c.decisionLine, { x: 70, y: 70, size: 12, font: f.regular, color: INK });
}

/** One page per certificate, fonts embedded (subset), ready to print on A4 landscape. */
export async function renderCertificates(certificates: CertificateModel[], title = 'Giấy khen'): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(title.normalize('NFC'));
  pdf.setCreator('thidua');
  pdf.setLanguage('vi-VN');
  const bytes = await loadFonts();
  const fonts = Object.fromEntries(
    await Promise.all((Object.keys(bytes) as FontKey[]).map(async (k) => [k, await pdf.embedFont(bytes[k], { subset: true })] as const)),
  ) as Record<FontKey, PDFFont>;
  for (const c of certificates) {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    const nfc = Object.fromEntries(Object.entries(c).map(([k, v]) => [k, Array.isArray(v) ? v.map((s: string) => s.normalize('NFC')) : typeof v === 'string' ? v.normalize('NFC') : v])) as unknown as CertificateModel;
    drawCertificate(page, nfc, fonts);
  }
  return Buffer.from(await pdf.save());
}
