import type { DisciplineForm } from '../../standards/rule.schema';
import { defaultBaseSalaries, type BaseSalary } from './money';

/**
 * Values domain.md marks "(setting)": not confirmed against the current text, or differing between
 * provinces. Each has its default and the source of that default; a province may override them.
 */
export interface ShareSetting {
  comparator: 'gt' | 'gte';
  value: number;
}

export interface CatalogueSettings {
  /** LĐTT and CSTĐ: disciplined at this form or worse during the year → not eligible. */
  individualDisciplineFrom: DisciplineForm;
  /** Tập thể LĐTT/LĐXS: no member disciplined at this form or worse. */
  memberDisciplineFrom: DisciplineForm;
  /** Tập thể LĐTT: share of members with LĐTT. */
  ttLdttShare: ShareSetting;
  /** Tập thể LĐXS: share of members with LĐTT. */
  ttLdxsShare: ShareSetting;
  /** CSTĐCS: at most this % of the unit's LĐTT (a quota, applied with floor rounding). */
  cstdcsQuotaPercent: number;
  /** CSTĐ cấp tỉnh: consecutive years of CSTĐCS. */
  cstdTinhYears: number;
  /** Prize coefficients × lương cơ sở, by catalogue code. */
  coefficients: Record<string, number>;
  prizeRoundingStep: number;
  baseSalaries: readonly BaseSalary[];
}

export const defaultCoefficients: Record<string, number> = {
  cstd_toan_quoc: 4.5,
  cstd_tinh: 3.0,
  cstdcs: 1.0,
  ldtt: 0.3,
  co_thi_dua_cp: 12.0,
  co_thi_dua_tinh: 8.0,
  tt_ldxs: 1.5,
  tt_ldtt: 0.8,
  xa_tieu_bieu: 2.0,
  thon_van_hoa: 1.5,
  'bang_khen_ttg:individual': 1.5,
  'bang_khen_ttg:collective': 3.0,
  'bang_khen_ttg:household': 1.5,
  'bang_khen_tinh:individual': 1.0,
  'bang_khen_tinh:collective': 2.0,
  'bang_khen_tinh:household': 1.0,
  'bang_khen_bo:individual': 1.0,
  'bang_khen_bo:collective': 2.0,
  'giay_khen:individual': 0.3,
  'giay_khen:collective': 0.6,
  'giay_khen:household': 0.3,
};

export const defaultCatalogueSettings: CatalogueSettings = {
  individualDisciplineFrom: 'khien_trach',
  memberDisciplineFrom: 'canh_cao',
  ttLdttShare: { comparator: 'gt', value: 50 },
  ttLdxsShare: { comparator: 'gte', value: 70 },
  cstdcsQuotaPercent: 15,
  cstdTinhYears: 3,
  coefficients: defaultCoefficients,
  prizeRoundingStep: 10_000,
  baseSalaries: defaultBaseSalaries,
};

/** Where each default comes from and how sure it is (shown beside the setting in the UI). */
export const catalogueSettingSources: Record<keyof CatalogueSettings, string> = {
  individualDisciplineFrom: 'Thực tiễn bình xét (hướng dẫn Công đoàn TTYT Lâm Hà; domain.md §6): bị kỷ luật từ khiển trách trở lên trong năm thì không xét danh hiệu — mỗi tỉnh có thể quy định cảnh cáo',
  memberDisciplineFrom: 'Điều 28 Luật TĐKT 2003 (sửa đổi 2013), được giữ trong Luật 2022 theo domain-sources.md — chưa đối chiếu',
  ttLdttShare: 'Tập thể LĐTT: "có trên 50% cá nhân đạt LĐTT" (Điều 28 Luật TĐKT 2003 sửa đổi 2013; domain.md ghi ≥ 50%) — chưa đối chiếu Luật 2022',
  ttLdxsShare: 'Tập thể LĐXS: ít nhất 70% cá nhân đạt LĐTT (Điều 27 Luật TĐKT 2003 sửa đổi 2013) — chưa đối chiếu Luật 2022',
  cstdcsQuotaPercent: 'CSTĐCS không quá 15% tổng số LĐTT: Nghị định 91/2017 Điều 9 khoản 3; chưa thấy trong Nghị định 98/2023, 152/2025 — mỗi bộ, tỉnh tự quy định',
  cstdTinhYears: 'Luật TĐKT 2022 Điều 22: trong số cá nhân có 03 lần liên tục đạt CSTĐCS',
  coefficients: 'Nghị định 98/2023/NĐ-CP Điều 54 (hệ số × lương cơ sở); hệ số Giấy khen, Bằng khen chưa đối chiếu; Nghị định 152/2025 chưa đối chiếu',
  prizeRoundingStep: 'Nghị định 98/2023/NĐ-CP Điều 54: làm tròn lên hàng chục nghìn đồng (domain-sources.md sửa domain.md)',
  baseSalaries: 'Nghị định 73/2024/NĐ-CP: 2.340.000 đ từ 01/7/2024; các mức trước theo Nghị định 47/2017, 72/2018, 38/2019, 24/2023',
};
