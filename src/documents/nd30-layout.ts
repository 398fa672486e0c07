/**
 * Measures of Nghị định 30/2020, Phụ lục I: A4 portrait, margins, Times New Roman and its sizes.
 * Sizes are in points here; docx wants half-points (size × 2) and twips (mm → twip).
 */
export const FONT = 'Times New Roman';

export const PAGE_MM = { width: 210, height: 297 } as const;
export const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
/** The width text may take: 165 mm. */
export const TEXT_WIDTH_MM = PAGE_MM.width - MARGIN_MM.left - MARGIN_MM.right;

export const SIZE_PT = {
  body: 14,
  parentBody: 12,
  issuer: 12,
  number: 13,
  nationalName: 12,
  motto: 13,
  dateLine: 13,
  typeName: 14,
  summary: 14,
  signer: 14,
  recipientsLabel: 12,
  recipients: 11,
  pageNumber: 13,
  /** Cells of a body table (danh sách): one size smaller than the body so seven columns fit 165 mm. */
  tableCell: 12,
} as const;

/** Header table: issuing body on the left, Quốc hiệu on the right (the Quốc hiệu needs ~95 mm at 12 pt, the date line ~100 mm at 13 pt). */
export const HEADER_COLUMNS_MM = [60, TEXT_WIDTH_MM - 60] as const;
/** Closing table: Nơi nhận on the left, the signature block on the right. */
export const CLOSING_COLUMNS_MM = [80, TEXT_WIDTH_MM - 80] as const;

/** The short rules: under the issuing body a third of its column, under the tiêu ngữ its own length. */
export const ISSUER_RULE_MM = 22;
export const MOTTO_RULE_MM = 62;
export const SUMMARY_RULE_MM = 45;

export const FIRST_LINE_INDENT_MM = 12.7;
/** At least 6 pt between paragraphs; single-and-a-bit line spacing (240 = single). */
export const PARAGRAPH_AFTER_PT = 6;
export const LINE_SPACING = 276;
/** Room for the hand signature and seal between the title and the signer's name. */
export const SIGNATURE_SPACE_PT = 72;

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Rounded, not floored as docx's helper does, so A4 is Word's own 11906 × 16838 twips. */
export const twip = (mm: number) => Math.round((mm * 1440) / 25.4);
export const halfPoints = (pt: number) => pt * 2;
