/**
 * A certificate (Giấy khen, Bằng khen, or the recognition of a title) as printed: one A4 landscape
 * page. Texts are NFC; the layout (certificate-pdf.ts) only places them.
 */
export interface CertificateModel {
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ MỸ THẠNH" */
  grantorLine: string;
  /** "TẶNG" for an award form, "CÔNG NHẬN DANH HIỆU" for a title. */
  verb: string;
  /** "GIẤY KHEN", "BẰNG KHEN", "LAO ĐỘNG TIÊN TIẾN" */
  awardTitle: string;
  awardeeName: string;
  /** The individual's unit, or the collective's parent; null to leave out. */
  awardeeUnit: string | null;
  /** "Đã có thành tích …" */
  achievement: string;
  /** "Mỹ Thạnh, ngày 20 tháng 12 năm 2024" */
  placeDate: string;
  /** "Quyết định số 120/QĐ-UBND" */
  decisionLine: string;
  /** "CHỦ TỊCH" or "KT. CHỦ TỊCH" + "PHÓ CHỦ TỊCH" */
  signerLines: string[];
  signerName: string;
}
