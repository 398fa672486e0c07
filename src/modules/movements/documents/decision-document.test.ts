import { describe, expect, it } from 'vitest';
import { readDocxText, readDocxXml } from '../../../documents/docx-read';
import { renderDocx } from '../../../documents/docx-render';
import { seedPlans } from '../../../seed/plans';
import { blankPlan } from '../model/plan-builder';
import { planContentSchema } from '../model/plan-content.schema';
import { decisionDocument } from './decision-document';

const seed001 = planContentSchema.parse(seedPlans.find((s) => s.source.startsWith('001'))!.content);

describe('decisionDocument (the Quyết định that issues a plan, seed 001)', () => {
  const doc = decisionDocument(seed001)!;
  const text = (i: number) => doc.body[i]!.runs.map((r) => r.text).join('');

  it('is null for a plan not issued by a decision', () => {
    expect(decisionDocument(blankPlan({ issuerName: 'UBND XÃ AN LẠC', title: 'Thi đua năm 2026' }))).toBeNull();
  });

  it('has its own header, number, date, signer and recipients', () => {
    expect(doc.typeName).toBe('QUYẾT ĐỊNH');
    expect(doc.summary).toBe('Ban hành Kế hoạch phát động và triển khai phong trào thi đua “Đẩy mạnh cải cách hành chính xã Trà Lâm năm 2024”');
    expect(doc.header).toEqual({ parentBody: 'UBND HUYỆN TRÀ BỒNG', issuerName: 'UBND XÃ TRÀ LÂM', number: { value: '54/QĐ-UBND' }, dateLine: { place: null, issuedOn: '2024-03-18' } });
    expect(doc.signer).toMatchObject({ title: 'CHỦ TỊCH', name: 'Võ Thị Mai Vỹ' });
    expect(doc.recipients[0]).toBe('Như Điều 3;');
    expect(doc.recipients.at(-1)).toBe('Lưu: VT.');
  });

  it('states the authority centred bold, the Căn cứ and the proposer in italics, then "QUYẾT ĐỊNH:" and the numbered articles', () => {
    expect(doc.body[0]).toMatchObject({ align: 'center', runs: [{ text: 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TRÀ LÂM', bold: true }] });
    const basis = doc.body.slice(1, 7);
    expect(basis.every((p) => p.runs.every((r) => r.italic === true) && text(doc.body.indexOf(p)).startsWith('Căn cứ'))).toBe(true);
    expect(text(7)).toBe('Theo đề nghị của Văn phòng – Thống kê xã.');
    expect(doc.body[7]!.runs[0]!.italic).toBe(true);
    expect(doc.body[8]).toMatchObject({ align: 'center', runs: [{ text: 'QUYẾT ĐỊNH:', bold: true }] });
    expect(doc.body.slice(9).map((p) => p.runs.map((r) => [r.text, r.bold ?? false]))).toEqual([
      [['Điều 1. ', true], ['Ban hành kèm theo Quyết định này Kế hoạch phát động và triển khai phong trào thi đua “Đẩy mạnh cải cách hành chính xã Trà Lâm năm 2024”.', false]],
      [['Điều 2. ', true], ['Quyết định này có hiệu lực thi hành kể từ ngày ký.', false]],
      [['Điều 3. ', true], ['Văn phòng – Thống kê xã; Thủ trưởng các ban ngành liên quan và cán bộ, công chức xã chịu trách nhiệm thi hành Quyết định này./.', false]],
    ]);
  });

  it('reads back from the .docx with the date line, the articles and the signer', async () => {
    const docx = await renderDocx(doc);
    const lines = readDocxText(docx).split('\n');
    for (const l of ['UBND XÃ TRÀ LÂM', 'Số: 54/QĐ-UBND', 'Ngày 18 tháng 3 năm 2024', 'QUYẾT ĐỊNH', 'QUYẾT ĐỊNH:', 'Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.', 'CHỦ TỊCH', 'Võ Thị Mai Vỹ', '- Như Điều 3;'])
      expect(lines).toContain(l);
    // The Căn cứ paragraphs are italic in the file too.
    const xml = readDocxXml(docx);
    const basis = (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).find((p) => p.includes('Căn cứ Luật Tổ chức chính quyền địa phương'))!;
    expect(basis).toContain('<w:i/>');
  });
});
