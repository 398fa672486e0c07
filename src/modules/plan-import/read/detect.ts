import { AppError } from '../../../http/errors';

export type DocumentKind = 'docx' | 'pdf' | 'text';

/** Largest file the importer reads; refused before any parsing. */
export const MAX_DOCUMENT_BYTES = 50 * 1_048_576;

const mb = (n: number) => (n / 1_048_576).toLocaleString('vi-VN', { maximumFractionDigits: 1 });

/** Refuses what cannot be a plan document before reading it: empty, too large. */
export function checkSize(size: number): void {
  if (size === 0) throw new AppError('validation', 'Tệp trống (0 byte): không có nội dung để nhập.', { file: 'Tệp trống' });
  if (size > MAX_DOCUMENT_BYTES)
    throw new AppError('payload_too_large', `Tệp quá lớn (${mb(size)} MB); chỉ nhận tệp tới ${mb(MAX_DOCUMENT_BYTES)} MB.`, { file: 'Tệp quá lớn' });
}

/** The kind by content, never by name: a zip (PK), a PDF (%PDF-), else UTF-8 text. */
export function detectKind(bytes: Uint8Array): DocumentKind {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'docx';
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.trimStart().startsWith('%PDF-')) return 'pdf';
  return 'text';
}

/** UTF-8 text (with or without BOM); binary content is refused with a message saying so. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('unsupported_media_type', 'Không đọc được tệp: không phải Word (.docx), PDF hay văn bản UTF-8.', { file: 'Định dạng không hỗ trợ' });
  }
  // eslint-disable-next-line no-control-regex
  const control = text.slice(0, 4096).match(/[\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0;
  if (control > 8) throw new AppError('unsupported_media_type', 'Tệp có vẻ là tệp nhị phân, không phải văn bản: hãy gửi tệp .docx, .pdf hoặc .txt.', { file: 'Định dạng không hỗ trợ' });
  return text.replace(/^\uFEFF/u, '');
}
