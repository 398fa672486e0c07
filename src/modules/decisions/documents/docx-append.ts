import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Appends a second document rendered by renderDocx (a danh sách, a phụ lục) to the first, on a new
 * page, in one .docx: the documents the shared renderer prints hold only paragraphs and tables with
 * no relationships of their own, so the second body can move over as it is.
 */
export function appendDocx(main: Buffer, appendix: Buffer): Buffer {
  const a = unzipSync(new Uint8Array(main));
  const b = unzipSync(new Uint8Array(appendix));
  const mainXml = strFromU8(a['word/document.xml']!);
  const appendixXml = strFromU8(b['word/document.xml']!);
  const inner = /<w:body>([\s\S]*)<\/w:body>/.exec(appendixXml)?.[1];
  if (inner === undefined) throw new Error('Phụ lục không có nội dung');
  // The appendix's own section properties are dropped: the main document's page setup applies.
  const content = inner.replace(/<w:sectPr[\s\S]*<\/w:sectPr>\s*$/, '');
  const at = mainXml.lastIndexOf('<w:sectPr');
  if (at < 0) throw new Error('Văn bản không có thiết lập trang');
  const pageBreak = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
  a['word/document.xml'] = strToU8(mainXml.slice(0, at) + pageBreak + content + mainXml.slice(at));
  return Buffer.from(zipSync(a, { level: 6 }));
}
