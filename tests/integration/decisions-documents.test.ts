import { unzipSync } from 'fflate';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocxText } from '../../src/documents/docx-read';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { buildDecisionWorld, draftBody, signBody, xaBatch, type DecisionWorld } from './decisions-fixtures';

let t: TestApp;
let w: DecisionWorld;
let issued: number;

/** The text of each page, as pdf.js reads it back. */
async function pdfPages(bytes: Buffer): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join('\n'));
  }
  await doc.destroy();
  return pages;
}

/** Embedded font programs (FontFile2) by font name. */
async function embeddedFonts(bytes: Buffer): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes);
  const names: string[] = [];
  for (const [, obj] of pdf.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFDict && obj.get(PDFName.of('Type')) === PDFName.of('FontDescriptor') && obj.get(PDFName.of('FontFile2'))) {
      names.push(String(obj.get(PDFName.of('FontName'))));
    }
  }
  return names.sort();
}

beforeAll(async () => {
  t = await startTestApp();
  w = await buildDecisionWorld(t);
  const b = await xaBatch(t.db, w);
  // The xã council's closed session over the four nominees (the council module writes these rows).
  const session = await t.db
    .insertInto('council_sessions')
    .values({ unit_id: w.xa, movement_id: w.movement, title: 'Phiên họp xét khen thưởng năm 2024', meeting_on: '2024-12-05', status: 'da_dong', threshold_percent: 70, quorum_percent: 66.67, opened_at: new Date('2024-12-05T02:00:00Z'), closed_at: new Date('2024-12-05T03:00:00Z') })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.db.insertInto('council_members').values({ session_id: session.id, full_name: 'Huỳnh Văn Tâm', role: 'chu_tich', present: true }).execute();
  await t.db.insertInto('council_session_items').values(b.nominationIds.slice(0, 4).map((id, i) => ({ session_id: session.id, nomination_id: id, position: i + 1 }))).execute();
  const d = await w.clients.standingXa.post('/api/decisions', draftBody(w.xa, b.nominationIds.slice(0, 4)));
  issued = d.json().id;
  expect((await w.clients.leaderXa.post(`/api/decisions/${issued}/sign`, signBody())).statusCode).toBe(200);
});
afterAll(() => t?.close());

describe('tờ trình and quyết định (.docx, Nghị định 30/2020)', () => {
  it('the tờ trình proposes the list to the Chủ tịch UBND xã with the amounts', async () => {
    const res = await w.clients.standingXa.get(`/api/decisions/${issued}/submission.docx`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const text = readDocxText(res.rawPayload);
    for (const s of ['TỜ TRÌNH', 'Số: 45/TTr-UBND', 'Mỹ Thạnh, ngày 12 tháng 12 năm 2024', 'Kính gửi: Chủ tịch Ủy ban nhân dân xã Mỹ Thạnh.', 'tặng Giấy khen cho 01 tập thể và 03 cá nhân', 'Nguyễn Thị Lan', '1.410.000', 'Ba triệu năm trăm bốn mươi nghìn đồng', 'Kính trình Chủ tịch Ủy ban nhân dân xã Mỹ Thạnh xem xét, quyết định./.']) {
      expect(text).toContain(s);
    }
  });

  it('the quyết định has its Căn cứ, three articles, signer and the danh sách appended', async () => {
    const res = await w.clients.leaderXa.get(`/api/decisions/${issued}/decision.docx`);
    expect(res.statusCode).toBe(200);
    const text = readDocxText(res.rawPayload);
    for (const s of [
      'ỦY BAN NHÂN DÂN XÃ MỸ THẠNH',
      'Số: 120/QĐ-UBND',
      'Mỹ Thạnh, ngày 20 tháng 12 năm 2024',
      'QUYẾT ĐỊNH',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ MỸ THẠNH',
      'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;',
      'Căn cứ Nghị định 98/2023/NĐ-CP quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
      'Theo đề nghị của Thường trực Hội đồng Thi đua - Khen thưởng tại Tờ trình số 45/TTr-UBND ngày 12/12/2024.',
      'Điều 1. Tặng Giấy khen cho 01 tập thể và 03 cá nhân',
      'mỗi tập thể được tặng Giấy khen được thưởng 1.410.000 đồng; mỗi cá nhân được tặng Giấy khen được thưởng 710.000 đồng',
      'Tổng số tiền thưởng: 3.540.000 đồng (Ba triệu năm trăm bốn mươi nghìn đồng)',
      'Quỹ thi đua, khen thưởng của ủy ban nhân dân xã Mỹ Thạnh',
      'Điều 3. Chánh Văn phòng Ủy ban nhân dân xã Mỹ Thạnh',
      'Nơi nhận:',
      'Huỳnh Văn Tâm',
      'DANH SÁCH',
      '(Kèm theo Quyết định số 120/QĐ-UBND ngày 20/12/2024 của Chủ tịch Ủy ban nhân dân xã Mỹ Thạnh)',
      'TẬP THỂ',
      'CÁ NHÂN',
      'Trần Văn Hùng',
    ]) {
      expect(text).toContain(s);
    }
    // The list comes after the signature, on its own page.
    expect(text.indexOf('DANH SÁCH')).toBeGreaterThan(text.indexOf('Huỳnh Văn Tâm'));
  });
});

describe('certificates (PDF, A4 landscape, fonts embedded)', () => {
  it('prints one page per awardee with the Vietnamese text read back as written', async () => {
    const res = await w.clients.standingXa.get(`/api/decisions/${issued}/certificates.pdf`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pages = await pdfPages(res.rawPayload);
    expect(pages).toHaveLength(4);
    const lan = pages[1]!;
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ MỸ THẠNH',
      'TẶNG',
      'GIẤY KHEN',
      'Nguyễn Thị Lan',
      'Ấp Mỹ Hòa',
      'Đã có thành tích: Giải quyết 100% hồ sơ đúng hạn',
      'Mỹ Thạnh, ngày 20 tháng 12 năm 2024',
      'Quyết định số 120/QĐ-UBND',
      'CHỦ TỊCH',
      'Huỳnh Văn Tâm',
    ]) {
      expect(lan).toContain(s.normalize('NFC'));
    }
    expect(lan).toBe(lan.normalize('NFC'));
    expect(pages[0]).toContain('Ấp Mỹ Hòa');
    const pdf = await PDFDocument.load(res.rawPayload);
    const { width, height } = pdf.getPage(0).getSize();
    expect(Math.round(width)).toBe(842);
    expect(Math.round(height)).toBe(595);
    const fonts = await embeddedFonts(res.rawPayload);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    expect(fonts.every((f) => f.includes('LiberationSerif'))).toBe(true);
  });

  it('prints one award alone, and nothing for someone who may not see the awardee', async () => {
    const award = await t.db.selectFrom('awards').select('id').where('person_id', '=', w.people.dung).executeTakeFirstOrThrow();
    const res = await w.clients.officerAp.get(`/api/awards/${award.id}/certificate.pdf`);
    expect(res.statusCode).toBe(404);
    const ok = await w.clients.standingXa.get(`/api/awards/${award.id}/certificate.pdf`);
    expect(ok.statusCode).toBe(200);
    const pages = await pdfPages(ok.rawPayload);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Lê Thị Dung');
    expect(pages[0]).toContain('Đã có thành tích: Sáng kiến số hóa hồ sơ một cửa');
  });
});

describe('the dossier zip', () => {
  it('holds every document of the decision, each opening as it should', async () => {
    const res = await w.clients.standingXa.get(`/api/decisions/${issued}/dossier.zip`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const files = unzipSync(new Uint8Array(res.rawPayload));
    const names = Object.keys(files).sort();
    expect(names).toEqual(
      [
        '01 Tờ trình 45-TTr-UBND.docx',
        '02 Danh sách đề nghị khen thưởng.docx',
        '03 Biên bản họp Hội đồng.docx',
        '04 Biên bản kiểm phiếu.docx',
        '05 Báo cáo thành tích/01 Ấp Mỹ Hòa.docx',
        '05 Báo cáo thành tích/02 Nguyễn Thị Lan.docx',
        '05 Báo cáo thành tích/03 Trần Văn Hùng.docx',
        '05 Báo cáo thành tích/04 Lê Thị Dung.docx',
        '06 Quyết định khen thưởng 120-QĐ-UBND.docx',
        '07 Giấy khen, bằng khen.pdf',
        'Mục lục.txt',
      ].map((n) => n.normalize('NFC')).sort(),
    );
    for (const name of names.filter((n) => n.endsWith('.docx'))) {
      const text = readDocxText(Buffer.from(files[name]!));
      expect(text.length, name).toBeGreaterThan(50);
    }
    expect(readDocxText(Buffer.from(files['05 Báo cáo thành tích/02 Nguyễn Thị Lan.docx'.normalize('NFC')]!))).toContain('Nguyễn Thị Lan');
    expect(readDocxText(Buffer.from(files['04 Biên bản kiểm phiếu.docx'.normalize('NFC')]!))).toContain('KIỂM PHIẾU');
    expect((await pdfPages(Buffer.from(files['07 Giấy khen, bằng khen.pdf']!))).length).toBe(4);
  });
});
