import { describe, expect, it } from 'vitest';
import { readDocxText, readDocxXml } from './docx-read';
import { renderDocx } from './docx-render';
import { para, table, type DocBlock, type OfficialDocument } from './model';

const list: OfficialDocument<DocBlock> = {
  header: { parentBody: null, issuerName: 'Ủy ban nhân dân huyện Trà Bồng', number: null, dateLine: { place: 'Trà Bồng', issuedOn: '2024-03-05' } },
  typeName: 'Danh sách',
  summary: 'Đăng ký thi đua năm 2024',
  caption: null,
  body: [
    para('Danh sách gồm các đơn vị sau:'),
    table(
      [
        { header: 'TT', widthMm: 10, align: 'center' },
        { header: 'Đơn vị', widthMm: 60 },
        { header: 'Cam kết', widthMm: 95 },
      ],
      [
        ['1', 'Xã Trà Lâm', 'Giải quyết hồ sơ đúng hạn\nCó sáng kiến'],
        ['2', 'Xã Trà Phú', null],
      ],
    ),
  ],
  signer: { capacity: null, authority: null, title: 'Người lập biểu', name: 'Lê Văn An' },
  recipients: [],
};

const tables = (xml: string) => xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
const rowsOf = (tbl: string) => tbl.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];

describe('renderDocx: a table in the body', async () => {
  const docx = await renderDocx(list);
  const xml = readDocxXml(docx);
  const body = tables(xml)[1] ?? '';

  it('prints the table between the body text and the signature, a cell line per paragraph', () => {
    const lines = readDocxText(docx).split('\n').filter((l) => l.trim() !== '');
    const from = lines.indexOf('Danh sách gồm các đơn vị sau:');
    expect(lines.slice(from, from + 10)).toEqual([
      'Danh sách gồm các đơn vị sau:',
      'TT',
      'Đơn vị',
      'Cam kết',
      '1',
      'Xã Trà Lâm',
      'Giải quyết hồ sơ đúng hạn',
      'Có sáng kiến',
      '2',
      'Xã Trà Phú',
    ]);
    expect(lines.at(-2)).toBe('NGƯỜI LẬP BIỂU');
  });

  it('is a third table (header, body, closing) with fixed layout and the widths asked for', () => {
    expect(tables(xml)).toHaveLength(3);
    expect(body).toContain('<w:tblLayout w:type="fixed"/>');
    // 10, 60 and 95 mm in twips.
    expect([...body.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))).toEqual([567, 3402, 5386]);
  });

  it('draws single borders around and between every cell', () => {
    const borders = /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(body)?.[1] ?? '';
    for (const side of ['top', 'bottom', 'left', 'right', 'insideH', 'insideV']) expect(borders).toMatch(new RegExp(`<w:${side} [^>]*w:val="single"`));
  });

  it('prints the heading row bold, centred, repeated on each page and never split', () => {
    const [heading, first] = rowsOf(body);
    expect(heading).toContain('<w:tblHeader/>');
    expect(heading).toContain('<w:cantSplit/>');
    expect(heading!.match(/<w:b\/>/g)).toHaveLength(3);
    expect(heading!.match(/<w:jc w:val="center"\/>/g)).toHaveLength(3);
    expect(first).not.toContain('<w:b/>');
    expect(first).not.toContain('<w:tblHeader/>');
    // TT centred, the other columns left.
    expect(first!.match(/<w:jc w:val="center"\/>/g)).toHaveLength(1);
    expect(first).toContain('<w:sz w:val="24"/>');
  });

  it('refuses a table wider than the 165 mm of text and a row with a missing cell', async () => {
    const wide = table([{ header: 'A', widthMm: 100 }, { header: 'B', widthMm: 70 }], []);
    await expect(renderDocx({ ...list, body: [wide] })).rejects.toThrow('quá khổ chữ 165 mm');
    expect(() => table([{ header: 'A', widthMm: 10 }, { header: 'B', widthMm: 10 }], [['1']])).toThrow('Dòng 1 của bảng có 1 ô, cần 2');
  });

  it('separates two tables in a row by a paragraph, so Word keeps them apart', async () => {
    const t = table([{ header: 'A', widthMm: 20 }], [['x']]);
    const two = readDocxXml(await renderDocx({ ...list, body: [t, t] }));
    expect(two).toMatch(/<\/w:tbl><w:p[ >/]/);
    expect(two).not.toMatch(/<\/w:tbl><w:tbl>/);
  });
});
