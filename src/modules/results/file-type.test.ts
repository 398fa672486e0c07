import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { detectFileType } from './file-type';

const kindOf = (buf: Buffer) => {
  const d = detectFileType(buf);
  return d.ok ? d.type.kind : d.reason;
};

describe('detectFileType', () => {
  it('recognises PDF and images by their signatures, not their names', () => {
    expect(kindOf(Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj'))).toBe('pdf');
    expect(kindOf(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe('png');
    expect(kindOf(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).toBe('jpeg');
    expect(kindOf(Buffer.from('GIF89a\x01\x00', 'latin1'))).toBe('gif');
    expect(kindOf(Buffer.concat([Buffer.from('RIFF'), Buffer.from([1, 0, 0, 0]), Buffer.from('WEBPVP8 ')]))).toBe('webp');
    expect(kindOf(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe('ole');
  });

  it('tells .xlsx and .docx from other ZIP archives by its parts', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').addRow(['x']);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const d = detectFileType(xlsx);
    expect(d.ok && d.type.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    // A ZIP that is not an Office document (no [Content_Types].xml) is refused.
    const plainZip = Buffer.from(xlsx.toString('latin1').replaceAll('[Content_Types].xml', '[Content_Typez].xml'), 'latin1');
    expect(kindOf(plainZip)).toBe('unknown');
    // Office parts under another folder name are not an Office document either.
    expect(kindOf(Buffer.from(xlsx.toString('latin1').replaceAll('xl/', 'xx/'), 'latin1'))).toBe('unknown');
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Báo cáo')] }] }));
    expect(kindOf(docx)).toBe('docx');
  });

  it('refuses executables and scripts even when they carry a document signature later on', () => {
    expect(kindOf(Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.from('%PDF-1.4')]))).toBe('executable');
    expect(kindOf(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]))).toBe('executable');
    expect(kindOf(Buffer.from('#!/bin/sh\nrm -rf /\n'))).toBe('executable');
    expect(kindOf(Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1]))).toBe('executable');
  });

  it('refuses text, HTML and empty files', () => {
    expect(kindOf(Buffer.from('<html><script>alert(1)</script></html>'))).toBe('unknown');
    expect(kindOf(Buffer.from('Báo cáo kết quả'))).toBe('unknown');
    expect(kindOf(Buffer.alloc(0))).toBe('empty');
  });
});
