import { describe, expect, it } from 'vitest';
import { readDocxText, readDocxXml } from './docx-read';
import { renderDocx } from './docx-render';
import { heading, labelled, para, type OfficialDocument } from './model';

const plan: OfficialDocument = {
  header: {
    parentBody: 'Liên đoàn Lao động tỉnh Tây Ninh',
    issuerName: 'Liên đoàn Lao động huyện Dương Minh Châu',
    number: { value: '135/KH-LĐLĐ' },
    dateLine: { place: 'Huyện Dương Minh Châu', issuedOn: '2022-03-03' },
  },
  typeName: 'Kế hoạch',
  // NFD on purpose: Word and PDFs hand text over decomposed; the file must hold NFC.
  summary: 'Phát động phong trào thi đua thực hiện nhiệm vụ cải cách hành chính'.normalize('NFD'),
  caption: null,
  body: [
    heading('I.', 'MỤC ĐÍCH, YÊU CẦU'),
    heading('1.', 'Mục đích'),
    para('- Tạo động lực đẩy mạnh cải cách hành chính trong đoàn viên, người lao động.'),
    heading('2.', 'Chủ đề thi đua', { inline: [{ text: 'Đoàn kết, sáng tạo, kỷ cương' }] }),
    labelled('a)', 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%.'),
  ],
  signer: { capacity: 'TM.', authority: 'Ban Thường vụ', title: 'Phó Chủ tịch', name: 'Thái Thị Bích Thủy' },
  recipients: ['Thường trực LĐLĐ tỉnh;', 'Các CĐCS;', 'Lưu: VP.'],
};

/** The <w:p> whose text is exactly `text` (runs joined). */
function paragraphXml(xml: string, text: string): string {
  const found = (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).find((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('') === text);
  if (!found) throw new Error(`no paragraph «${text}»`);
  return found;
}

describe('renderDocx (Nghị định 30/2020 layout)', async () => {
  const docx = await renderDocx(plan);
  const xml = readDocxXml(docx);
  const lines = readDocxText(docx).split('\n').filter((l) => l.trim() !== '');

  it('prints the header table, title, body, recipients and signature in reading order', () => {
    expect(lines).toEqual([
      'LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH',
      'LIÊN ĐOÀN LAO ĐỘNG HUYỆN DƯƠNG MINH CHÂU',
      'Số: 135/KH-LĐLĐ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Huyện Dương Minh Châu, ngày 03 tháng 3 năm 2022',
      'KẾ HOẠCH',
      'Phát động phong trào thi đua thực hiện nhiệm vụ cải cách hành chính',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      '- Tạo động lực đẩy mạnh cải cách hành chính trong đoàn viên, người lao động.',
      '2. Chủ đề thi đua: Đoàn kết, sáng tạo, kỷ cương',
      'a) Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%.',
      'Nơi nhận:',
      '- Thường trực LĐLĐ tỉnh;',
      '- Các CĐCS;',
      '- Lưu: VP.',
      'TM. BAN THƯỜNG VỤ',
      'PHÓ CHỦ TỊCH',
      'Thái Thị Bích Thủy',
    ]);
  });

  it('stores every text in NFC', () => {
    expect(xml).toContain('Phát động phong trào thi đua thực hiện nhiệm vụ cải cách hành chính'.normalize('NFC'));
    expect(xml.normalize('NFC')).toBe(xml);
  });

  it('sets A4 portrait with margins top/bottom 20 mm, left 30 mm, right 15 mm', () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(xml)?.[1] ?? '';
    expect(margins).toContain('w:top="1134"');
    expect(margins).toContain('w:bottom="1134"');
    expect(margins).toContain('w:left="1701"');
    expect(margins).toContain('w:right="850"');
  });

  it('uses Times New Roman 14 pt for the body, in Vietnamese', () => {
    const styles = readDocxXml(docx, 'word/styles.xml');
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('w:hAnsi="Times New Roman"');
    expect(defaults).toContain('<w:sz w:val="28"/>');
    expect(defaults).toContain('<w:lang w:val="vi-VN"/>');
  });

  it('formats the header: issuer bold upper case, Quốc hiệu and tiêu ngữ bold, date line italic', () => {
    expect(paragraphXml(xml, 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN DƯƠNG MINH CHÂU')).toContain('<w:b/>');
    expect(paragraphXml(xml, 'LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH')).not.toContain('<w:b/>');
    expect(paragraphXml(xml, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="24"\/>/);
    expect(paragraphXml(xml, 'Độc lập - Tự do - Hạnh phúc')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="26"\/>/);
    const date = paragraphXml(xml, 'Huyện Dương Minh Châu, ngày 03 tháng 3 năm 2022');
    expect(date).toContain('<w:i/>');
    expect(date).toContain('<w:jc w:val="center"/>');
  });

  it('lays the header out as a borderless two-column table with explicit widths', () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)?.[0] ?? '';
    expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    expect([...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))).toEqual([3402, 5953]);
    expect(/<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(table)?.[1]).not.toContain('single');
  });

  it('justifies body paragraphs with a 1.27 cm first-line indent and 6 pt after', () => {
    const body = paragraphXml(xml, '- Tạo động lực đẩy mạnh cải cách hành chính trong đoàn viên, người lao động.');
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(body).toMatch(/<w:ind w:firstLine="720"\/>/);
    expect(body).toMatch(/<w:spacing [^>]*w:after="120"/);
  });

  it('centres the type name and summary in bold and keeps headings with the next paragraph', () => {
    for (const t of ['KẾ HOẠCH', 'Phát động phong trào thi đua thực hiện nhiệm vụ cải cách hành chính']) {
      const p = paragraphXml(xml, t);
      expect(p).toContain('<w:jc w:val="center"/>');
      expect(p).toContain('<w:b/>');
    }
    expect(paragraphXml(xml, 'I. MỤC ĐÍCH, YÊU CẦU')).toContain('<w:keepNext/>');
  });

  it('prints Nơi nhận bold italic 12 pt with an 11 pt list, and the signer bold', () => {
    expect(paragraphXml(xml, 'Nơi nhận:')).toMatch(/<w:b\/>[\s\S]*<w:i\/>[\s\S]*<w:sz w:val="24"\/>/);
    expect(paragraphXml(xml, '- Các CĐCS;')).toContain('<w:sz w:val="22"/>');
    for (const t of ['TM. BAN THƯỜNG VỤ', 'PHÓ CHỦ TỊCH', 'Thái Thị Bích Thủy']) expect(paragraphXml(xml, t)).toContain('<w:b/>');
  });

  it('leaves out the number and date of an annex and prints its caption in italics, unsigned', async () => {
    const annex = await renderDocx({
      ...plan,
      header: { ...plan.header, number: null, dateLine: null },
      caption: '(Kèm theo Quyết định số 54/QĐ-UBND ngày 18/3/2024 của UBND xã Trà Lâm)',
      signer: null,
      recipients: [],
    });
    const text = readDocxText(annex);
    expect(text).not.toContain('Số:');
    expect(text).not.toContain('ngày 03 tháng 3');
    expect(text).not.toContain('Nơi nhận');
    expect(paragraphXml(readDocxXml(annex), '(Kèm theo Quyết định số 54/QĐ-UBND ngày 18/3/2024 của UBND xã Trà Lâm)')).toContain('<w:i/>');
  });

  it('numbers pages from the second page only', () => {
    expect(xml).toContain('<w:titlePg/>');
    expect(xml).toContain('w:type="first"');
  });
});
