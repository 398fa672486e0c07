/**
 * An official document (văn bản hành chính) as the layout of Nghị định 30/2020 sees it: a header,
 * the type name and summary, the body, the signature and the recipients. Renderers of particular
 * documents (kế hoạch, quyết định, tờ trình, biên bản…) fill this model; renderDocx prints it.
 */

export interface DocRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type DocAlign = 'justify' | 'center' | 'left' | 'right';

export interface DocParagraph {
  runs: DocRun[];
  /** Body text is justified (the default). */
  align?: DocAlign;
  /** First-line indent of 1.27 cm; on by default for justified paragraphs, off otherwise. */
  indent?: boolean;
  /** Headings stay on the page of the paragraph after them. */
  keepWithNext?: boolean;
}

/** One column of a table: its heading, its printed width and how its cells align. */
export interface DocTableColumn {
  header: string;
  /** Explicit widths keep Word and LibreOffice on the same layout; together at most the text width (165 mm). */
  widthMm: number;
  /** Cells are left-aligned by default; a number column (TT) is centred. */
  align?: DocAlign;
}

/**
 * A bordered table in the body (danh sách, biểu tổng hợp): a bold heading row repeated on every page,
 * then one row per item. A cell's "\n" starts a new line in the cell.
 */
export interface DocTable {
  kind: 'table';
  columns: DocTableColumn[];
  rows: (string | null)[][];
}

export type DocBlock = DocParagraph | DocTable;

export const isTable = (b: DocBlock): b is DocTable => 'kind' in b && b.kind === 'table';

export interface DocHeader {
  /** Cơ quan chủ quản, printed upper case; null when the issuer has none. */
  parentBody: string | null;
  /** Cơ quan ban hành, printed upper case bold. */
  issuerName: string;
  /** The "Số:" line: null leaves it out (an annex has none); value null prints a blank to fill in by hand. */
  number: { value: string | null } | null;
  /** The place-and-date line: null leaves it out; issuedOn null prints "ngày … tháng … năm …". */
  dateLine: { place: string | null; issuedOn: string | null } | null;
}

export interface DocSigner {
  /** TM., KT., Q., TL., TUQ. */
  capacity: string | null;
  /** The collective or head signed for: "BAN THƯỜNG VỤ", "ỦY BAN NHÂN DÂN", "GIÁM ĐỐC". */
  authority: string | null;
  title: string;
  name: string | null;
}

/** Most documents are paragraphs only; a list (danh sách) also holds tables: OfficialDocument<DocBlock>. */
export interface OfficialDocument<Block extends DocBlock = DocParagraph> {
  header: DocHeader;
  /** KẾ HOẠCH, QUYẾT ĐỊNH, TỜ TRÌNH… */
  typeName: string;
  /** Trích yếu. */
  summary: string | null;
  /** An annex's "(Kèm theo Quyết định số … ngày … của …)", printed italic under the summary. */
  caption: string | null;
  body: Block[];
  /** null: the document is signed through another (an annex). */
  signer: DocSigner | null;
  /** Nơi nhận, one line each as written, without the leading "- ". */
  recipients: string[];
}

/** A justified body paragraph from runs or plain text. */
export function para(content: string | DocRun[], options: Omit<DocParagraph, 'runs'> = {}): DocParagraph {
  return { runs: typeof content === 'string' ? [{ text: content }] : content, ...options };
}

/** "1. Mục đích" — bold, kept with what follows; `inline` runs continue on the heading's line. */
export function heading(number: string | null, text: string | null, options: { italic?: boolean; inline?: DocRun[] } = {}): DocParagraph {
  const title = [number, text].filter((s): s is string => s !== null && s !== '').join(' ');
  const runs: DocRun[] = [{ text: title, bold: true, italic: options.italic }];
  if (options.inline && options.inline.length > 0) {
    runs.push({ text: title.endsWith(':') ? ' ' : ': ' }, ...options.inline);
  }
  return { runs, keepWithNext: !options.inline || options.inline.length === 0 };
}

/** A table block; every row must have one cell per column. */
export function table(columns: DocTableColumn[], rows: (string | null)[][]): DocTable {
  const wrong = rows.findIndex((r) => r.length !== columns.length);
  if (wrong >= 0) throw new Error(`Dòng ${wrong + 1} của bảng có ${rows[wrong]!.length} ô, cần ${columns.length}`);
  return { kind: 'table', columns, rows };
}

/** "a) text" with the label kept as written. */
export function labelled(label: string | null, text: string, options: Omit<DocParagraph, 'runs'> = {}): DocParagraph {
  return para(label ? `${label} ${text}` : text, options);
}
