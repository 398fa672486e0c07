/**
 * Recognises an .xlsx file by its content, not its name: an .xlsx is a ZIP archive (local header
 * "PK\3\4") whose central directory lists xl/workbook.xml. Reading the central directory also gives
 * the uncompressed sizes, so a small upload that would inflate to gigabytes is refused before
 * exceljs ever tries to hold it in memory.
 */
export type XlsxInspection =
  | { ok: true; entries: string[]; uncompressedBytes: number }
  | { ok: false; reason: 'not_zip' | 'not_xlsx' | 'legacy_xls' };

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIR = 0x06054b50;
// The OLE2 compound-file signature of the old binary .xls format.
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export function inspectXlsx(buf: Buffer): XlsxInspection {
  if (buf.length >= 8 && buf.subarray(0, 8).equals(OLE2)) return { ok: false, reason: 'legacy_xls' };
  if (buf.length < 22 || buf.readUInt32LE(0) !== LOCAL_HEADER) return { ok: false, reason: 'not_zip' };

  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return { ok: false, reason: 'not_zip' };
  const count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  const entries: string[] = [];
  let uncompressedBytes = 0;
  for (let i = 0; i < count; i++) {
    if (offset + 46 > buf.length || buf.readUInt32LE(offset) !== CENTRAL_HEADER) return { ok: false, reason: 'not_zip' };
    const size = buf.readUInt32LE(offset + 24);
    const nameLength = buf.readUInt16LE(offset + 28);
    const extraLength = buf.readUInt16LE(offset + 30);
    const commentLength = buf.readUInt16LE(offset + 32);
    if (offset + 46 + nameLength > buf.length) return { ok: false, reason: 'not_zip' };
    entries.push(buf.toString('utf8', offset + 46, offset + 46 + nameLength));
    // 0xFFFFFFFF marks a ZIP64 size: far beyond anything we accept, so count it as huge.
    uncompressedBytes += size === 0xffffffff ? Number.MAX_SAFE_INTEGER / 2 : size;
    offset += 46 + nameLength + extraLength + commentLength;
  }
  if (!entries.includes('xl/workbook.xml')) return { ok: false, reason: 'not_xlsx' };
  return { ok: true, entries, uncompressedBytes };
}

/** The end-of-central-directory record sits in the last 22 bytes plus an optional comment (≤ 64 KiB). */
function findEndOfCentralDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === END_OF_CENTRAL_DIR) return i;
  }
  return -1;
}
