import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { inspectXlsx } from './xlsx-sniff';

/** A minimal ZIP with stored (uncompressed) entries, enough to exercise the central directory reader. */
function storedZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const nameBuf = Buffer.from(name);
    const data = Buffer.from(text);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    locals.push(local, nameBuf, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(Object.keys(files).length, 8);
  eocd.writeUInt16LE(Object.keys(files).length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

describe('inspectXlsx', () => {
  it('accepts a workbook written by exceljs and lists its parts with their inflated size', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Đơn vị').addRow(['Mã đơn vị*']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const r = inspectXlsx(buf);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.entries).toContain('xl/workbook.xml');
      expect(r.uncompressedBytes).toBeGreaterThan(buf.length / 2);
    }
  });

  it('refuses a ZIP that is not a workbook (a .docx or any archive renamed .xlsx)', () => {
    expect(inspectXlsx(storedZip({ 'word/document.xml': '<w/>' }))).toEqual({ ok: false, reason: 'not_xlsx' });
    expect(inspectXlsx(storedZip({ 'xl/workbook.xml': '<workbook/>' })).ok).toBe(true);
  });

  it('refuses text, PDF, truncated archives and the old binary .xls format', () => {
    expect(inspectXlsx(Buffer.from('Mã đơn vị,Tên đơn vị\nX1,Xã A\n'))).toEqual({ ok: false, reason: 'not_zip' });
    expect(inspectXlsx(Buffer.from('%PDF-1.7\n'.padEnd(200, ' ')))).toEqual({ ok: false, reason: 'not_zip' });
    const zip = storedZip({ 'xl/workbook.xml': '<workbook/>' });
    expect(inspectXlsx(zip.subarray(0, zip.length - 30)).ok).toBe(false);
    const ole = Buffer.alloc(512);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    expect(inspectXlsx(ole)).toEqual({ ok: false, reason: 'legacy_xls' });
    expect(inspectXlsx(Buffer.alloc(0))).toEqual({ ok: false, reason: 'not_zip' });
  });
});
