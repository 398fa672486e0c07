import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
} from 'docx';
import { isTable, type DocAlign, type DocBlock, type DocParagraph, type DocRun, type DocSigner, type DocTable, type OfficialDocument } from './model';
import {
  CLOSING_COLUMNS_MM,
  FIRST_LINE_INDENT_MM,
  FONT,
  HEADER_COLUMNS_MM,
  halfPoints,
  ISSUER_RULE_MM,
  LINE_SPACING,
  MARGIN_MM,
  MOTTO,
  MOTTO_RULE_MM,
  NATIONAL_NAME,
  PAGE_MM,
  PARAGRAPH_AFTER_PT,
  SIGNATURE_SPACE_PT,
  SIZE_PT,
  SUMMARY_RULE_MM,
  TEXT_WIDTH_MM,
  twip,
} from './nd30-layout';
import { capacityLine, dateLine, nfc, numberLine, upper } from './nd30-format';

const alignments = { justify: AlignmentType.JUSTIFIED, center: AlignmentType.CENTER, left: AlignmentType.LEFT, right: AlignmentType.RIGHT } as const;
const pt = (n: number) => n * 20;

function textRun(r: DocRun, size?: number): TextRun {
  return new TextRun({ text: nfc(r.text), bold: r.bold, italics: r.italic, size: size === undefined ? undefined : halfPoints(size) });
}

/** A centred line of the header, title or signature block. */
function line(text: string, size: number, style: { bold?: boolean; italic?: boolean; before?: number; after?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: pt(style.before ?? 0), after: pt(style.after ?? 0) },
    children: [textRun({ text, bold: style.bold, italic: style.italic }, size)],
  });
}

/** A short centred rule: an empty paragraph whose top border is only as wide as its indents leave. */
function rule(widthMm: number, columnMm: number, after = 0): Paragraph {
  const side = twip(Math.max(0, (columnMm - widthMm) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: pt(3), after: pt(after), line: 240 },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 2 },
    children: [],
  });
}

function bodyParagraph(p: DocParagraph): Paragraph {
  const align: DocAlign = p.align ?? 'justify';
  const indent = p.indent ?? align === 'justify';
  return new Paragraph({
    alignment: alignments[align],
    indent: indent ? { firstLine: twip(FIRST_LINE_INDENT_MM) } : undefined,
    spacing: { after: pt(PARAGRAPH_AFTER_PT), line: LINE_SPACING },
    keepNext: p.keepWithNext,
    children: p.runs.map((r) => textRun(r)),
  });
}

const single: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const allBorders = { top: single, bottom: single, left: single, right: single, insideHorizontal: single, insideVertical: single };

/** One paragraph per line of the cell's text, so a multi-line commitment stays readable. */
function cellParagraphs(text: string | null, align: DocAlign, bold: boolean): Paragraph[] {
  return (text ?? '').split('\n').map(
    (l) => new Paragraph({ alignment: alignments[align], spacing: { before: pt(2), after: pt(2) }, children: [textRun({ text: l, bold }, SIZE_PT.tableCell)] }),
  );
}

/** A bordered table with explicit column widths; its bold heading row repeats on every page and is never split. */
function bodyTable(t: DocTable): Table {
  const total = t.columns.reduce((sum, c) => sum + c.widthMm, 0);
  if (total > TEXT_WIDTH_MM + 0.01) throw new Error(`Bảng rộng ${total} mm, quá khổ chữ ${TEXT_WIDTH_MM} mm`);
  const cell = (text: string | null, widthMm: number, align: DocAlign, bold: boolean) =>
    new TableCell({ width: { size: twip(widthMm), type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER, children: cellParagraphs(text, align, bold) });
  const heading = new TableRow({ tableHeader: true, cantSplit: true, children: t.columns.map((c) => cell(c.header, c.widthMm, 'center', true)) });
  const rows = t.rows.map((r) => new TableRow({ children: t.columns.map((c, i) => cell(r[i] ?? null, c.widthMm, c.align ?? 'left', false)) }));
  return new Table({
    width: { size: twip(total), type: WidthType.DXA },
    columnWidths: t.columns.map((c) => twip(c.widthMm)),
    layout: TableLayoutType.FIXED,
    borders: allBorders,
    margins: { left: twip(1.5), right: twip(1.5), top: 0, bottom: 0 },
    rows: [heading, ...rows],
  });
}

/** Paragraphs and tables in order; two tables in a row get a paragraph between them, or Word joins them into one. */
function bodyBlocks(blocks: readonly DocBlock[]): (Paragraph | Table)[] {
  return blocks.flatMap((b, i) => {
    if (!isTable(b)) return [bodyParagraph(b)];
    const next = blocks[i + 1];
    return next && isTable(next) ? [bodyTable(b), new Paragraph({ children: [] })] : [bodyTable(b)];
  });
}

const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

/** A borderless one-row table with explicit column widths (LibreOffice and Word then agree). */
function twoColumns(columnsMm: readonly [number, number], left: Paragraph[], right: Paragraph[]): Table {
  const cell = (children: Paragraph[], mm: number) =>
    new TableCell({ width: { size: twip(mm), type: WidthType.DXA }, borders: { top: none, bottom: none, left: none, right: none }, children: children.length ? children : [new Paragraph({})] });
  return new Table({
    width: { size: twip(TEXT_WIDTH_MM), type: WidthType.DXA },
    columnWidths: columnsMm.map(twip),
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    margins: { left: twip(1), right: twip(1), top: 0, bottom: 0 },
    // cantSplit: a signature block is never torn from its name across a page break.
    rows: [new TableRow({ cantSplit: true, children: [cell(left, columnsMm[0]), cell(right, columnsMm[1])] })],
  });
}

function headerTable(doc: OfficialDocument<DocBlock>): Table {
  const h = doc.header;
  const left: Paragraph[] = [];
  if (h.parentBody) left.push(line(upper(h.parentBody), SIZE_PT.parentBody));
  left.push(line(upper(h.issuerName), SIZE_PT.issuer, { bold: true }), rule(ISSUER_RULE_MM, HEADER_COLUMNS_MM[0]));
  if (h.number) left.push(line(numberLine(h.number.value), SIZE_PT.number, { before: 4 }));

  const right = [line(NATIONAL_NAME, SIZE_PT.nationalName, { bold: true }), line(MOTTO, SIZE_PT.motto, { bold: true }), rule(MOTTO_RULE_MM, HEADER_COLUMNS_MM[1])];
  if (h.dateLine) right.push(line(dateLine(h.dateLine.place, h.dateLine.issuedOn), SIZE_PT.dateLine, { italic: true, before: 4 }));
  return twoColumns(HEADER_COLUMNS_MM, left, right);
}

function titleBlock(doc: OfficialDocument<DocBlock>): Paragraph[] {
  const out = [line(upper(doc.typeName), SIZE_PT.typeName, { bold: true, before: 18 })];
  if (doc.summary) out.push(line(doc.summary, SIZE_PT.summary, { bold: true }));
  if (doc.caption) out.push(line(doc.caption, SIZE_PT.body, { italic: true }));
  out.push(rule(SUMMARY_RULE_MM, TEXT_WIDTH_MM, 12));
  return out;
}

function signerBlock(s: DocSigner): Paragraph[] {
  const capacity = capacityLine(s.capacity, s.authority);
  const out = capacity ? [line(capacity, SIZE_PT.signer, { bold: true })] : [];
  out.push(line(upper(s.title), SIZE_PT.signer, { bold: true }));
  out.push(line(s.name ?? '', SIZE_PT.signer, { bold: true, before: SIGNATURE_SPACE_PT }));
  return out;
}

function recipientsBlock(recipients: string[]): Paragraph[] {
  if (recipients.length === 0) return [];
  const label = new Paragraph({ children: [textRun({ text: 'Nơi nhận:', bold: true, italic: true }, SIZE_PT.recipientsLabel)] });
  return [label, ...recipients.map((r) => new Paragraph({ children: [textRun({ text: `- ${r}` }, SIZE_PT.recipients)] }))];
}

function pageNumberHeader(): Header {
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(SIZE_PT.pageNumber) })] })] });
}

/** Prints an official document as .docx in the layout of Nghị định 30/2020. */
export async function renderDocx(doc: OfficialDocument<DocBlock>): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [headerTable(doc), ...titleBlock(doc), ...bodyBlocks(doc.body)];
  if (doc.signer || doc.recipients.length > 0) {
    children.push(new Paragraph({ spacing: { after: pt(6) }, children: [] }));
    children.push(twoColumns(CLOSING_COLUMNS_MM, recipientsBlock(doc.recipients), doc.signer ? signerBlock(doc.signer) : []));
  }
  const document = new Document({
    creator: 'thidua',
    title: nfc([doc.typeName, doc.summary].filter(Boolean).join(' ')),
    styles: { default: { document: { run: { font: FONT, size: halfPoints(SIZE_PT.body), language: { value: 'vi-VN' } } } } },
    sections: [
      {
        properties: {
          // The page number is printed from the second page on (Phụ lục I), so the first page has its own empty header.
          titlePage: true,
          page: {
            size: { width: twip(PAGE_MM.width), height: twip(PAGE_MM.height) },
            margin: { top: twip(MARGIN_MM.top), bottom: twip(MARGIN_MM.bottom), left: twip(MARGIN_MM.left), right: twip(MARGIN_MM.right) },
          },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
