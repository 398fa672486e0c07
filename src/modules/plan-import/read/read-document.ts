import { checkSize, decodeText, detectKind, type DocumentKind } from './detect';
import { docxToText } from './docx';
import { pdfToText } from './pdf';

/** Any supported document → plain text, with the kind read (by content, not by file name). */
export async function readDocument(bytes: Uint8Array): Promise<{ kind: DocumentKind; text: string }> {
  checkSize(bytes.byteLength);
  const kind = detectKind(bytes);
  if (kind === 'docx') return { kind, text: docxToText(bytes) };
  if (kind === 'pdf') return { kind, text: await pdfToText(bytes) };
  return { kind, text: decodeText(bytes) };
}
