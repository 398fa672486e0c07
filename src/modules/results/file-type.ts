/**
 * What an evidence file really is, read from its first bytes and (for Office files) its ZIP directory —
 * never from its name: an .exe renamed .pdf is still an executable. Only PDF, images and Office
 * documents are accepted; anything else, including every executable and script, is refused.
 */
export type EvidenceKind = 'pdf' | 'png' | 'jpeg' | 'gif' | 'webp' | 'docx' | 'xlsx' | 'pptx' | 'ole';

export interface DetectedType {
  kind: EvidenceKind;
  mime: string;
  /** The extension a download is named with, whatever the uploader called the file. */
  extension: string;
}

export type Detection = { ok: true; type: DetectedType } | { ok: false; reason: 'executable' | 'unknown' | 'empty' };

const types: Record<EvidenceKind, DetectedType> = {
  pdf: { kind: 'pdf', mime: 'application/pdf', extension: 'pdf' },
  png: { kind: 'png', mime: 'image/png', extension: 'png' },
  jpeg: { kind: 'jpeg', mime: 'image/jpeg', extension: 'jpg' },
  gif: { kind: 'gif', mime: 'image/gif', extension: 'gif' },
  webp: { kind: 'webp', mime: 'image/webp', extension: 'webp' },
  docx: { kind: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  xlsx: { kind: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  pptx: { kind: 'pptx', mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extension: 'pptx' },
  // Legacy .doc/.xls/.ppt share one container format; which of them it is does not matter for evidence.
  ole: { kind: 'ole', mime: 'application/x-ole-storage', extension: 'doc' },
};

const startsWith = (buf: Buffer, bytes: number[], at = 0) => buf.length >= at + bytes.length && bytes.every((b, i) => buf[at + i] === b);
const ascii = (buf: Buffer, text: string, at = 0) => startsWith(buf, [...Buffer.from(text, 'latin1')], at);

function isExecutable(buf: Buffer): boolean {
  return (
    ascii(buf, 'MZ') || // Windows PE / DOS
    startsWith(buf, [0x7f, 0x45, 0x4c, 0x46]) || // ELF
    ascii(buf, '#!') || // scripts
    startsWith(buf, [0xfe, 0xed, 0xfa, 0xce]) ||
    startsWith(buf, [0xfe, 0xed, 0xfa, 0xcf]) ||
    startsWith(buf, [0xce, 0xfa, 0xed, 0xfe]) ||
    startsWith(buf, [0xcf, 0xfa, 0xed, 0xfe]) || // Mach-O, both byte orders, 32/64-bit
    startsWith(buf, [0xca, 0xfe, 0xba, 0xbe]) // Mach-O universal binary (also Java class files)
  );
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIR = 0x06054b50;

/** Names in a ZIP's central directory, or null when the bytes are not a readable ZIP. */
export function zipEntries(buf: Buffer): string[] | null {
  if (buf.length < 22 || buf.readUInt32LE(0) !== LOCAL_HEADER) return null;
  let eocd = -1;
  for (let i = buf.length - 22, stop = Math.max(0, buf.length - 22 - 0xffff); i >= stop; i--) {
    if (buf.readUInt32LE(i) === END_OF_CENTRAL_DIR) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > buf.length || buf.readUInt32LE(offset) !== CENTRAL_HEADER) return null;
    const nameLength = buf.readUInt16LE(offset + 28);
    if (offset + 46 + nameLength > buf.length) return null;
    names.push(buf.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + buf.readUInt16LE(offset + 30) + buf.readUInt16LE(offset + 32);
  }
  return names;
}

function officeKind(buf: Buffer): EvidenceKind | null {
  const names = zipEntries(buf);
  if (!names || !names.includes('[Content_Types].xml')) return null;
  if (names.some((n) => n.startsWith('word/'))) return 'docx';
  if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
  if (names.some((n) => n.startsWith('ppt/'))) return 'pptx';
  return null;
}

export function detectFileType(buf: Buffer): Detection {
  if (buf.length === 0) return { ok: false, reason: 'empty' };
  if (isExecutable(buf)) return { ok: false, reason: 'executable' };
  let kind: EvidenceKind | null = null;
  if (ascii(buf, '%PDF-')) kind = 'pdf';
  else if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) kind = 'png';
  else if (startsWith(buf, [0xff, 0xd8, 0xff])) kind = 'jpeg';
  else if (ascii(buf, 'GIF87a') || ascii(buf, 'GIF89a')) kind = 'gif';
  else if (ascii(buf, 'RIFF') && ascii(buf, 'WEBP', 8)) kind = 'webp';
  else if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) kind = 'ole';
  else kind = officeKind(buf);
  return kind ? { ok: true, type: types[kind] } : { ok: false, reason: 'unknown' };
}
