/**
 * The vocabularies of initiatives, discipline and yearly ratings, with their Vietnamese labels and
 * legal sources. Plain data (no zod) so the web app imports it too.
 */

export const subjectKinds = ['person', 'unit'] as const;
export type SubjectKind = (typeof subjectKinds)[number];
export const subjectKindLabels: Record<SubjectKind, string> = { person: 'Cá nhân', unit: 'Tập thể' };

// ---- initiatives (domain.md §7; Luật TĐKT 2022 Đ.3.4; NĐ 13/2012 Điều lệ Sáng kiến) ----
export const recognitionLevels = ['co_so', 'tinh', 'toan_quoc'] as const;
export type RecognitionLevel = (typeof recognitionLevels)[number];
export const recognitionLevelLabels: Record<RecognitionLevel, string> = {
  co_so: 'Cấp cơ sở',
  tinh: 'Cấp tỉnh (bộ, ngành)',
  toan_quoc: 'Toàn quốc',
};
/** Wider scope counts for narrower requirements: a province-level initiative satisfies "cơ sở". */
export const recognitionRank: Record<RecognitionLevel, number> = { co_so: 1, tinh: 2, toan_quoc: 3 };

// ---- discipline (domain.md §6; NĐ 112/2020, NĐ 71/2023; Luật CBCC sửa đổi 2019) ----
export const personDisciplineForms = ['khien_trach', 'canh_cao', 'ha_bac_luong', 'giang_chuc', 'cach_chuc', 'bai_nhiem', 'buoc_thoi_viec'] as const;
/** Forms for a collective (an agency, a unit): the Party's forms for organisations, used in practice. */
export const unitDisciplineForms = ['khien_trach', 'canh_cao', 'giai_tan'] as const;
export const disciplineForms = [...new Set([...personDisciplineForms, ...unitDisciplineForms])] as DisciplineForm[];
export type DisciplineForm = (typeof personDisciplineForms)[number] | (typeof unitDisciplineForms)[number];

export const disciplineFormLabels: Record<DisciplineForm, string> = {
  khien_trach: 'Khiển trách',
  canh_cao: 'Cảnh cáo',
  ha_bac_luong: 'Hạ bậc lương',
  giang_chuc: 'Giáng chức',
  cach_chuc: 'Cách chức',
  bai_nhiem: 'Bãi nhiệm',
  buoc_thoi_viec: 'Buộc thôi việc',
  giai_tan: 'Giải tán',
};

/** Severity on one ladder (công chức: khiển trách < cảnh cáo < hạ bậc lương < giáng chức < cách chức < buộc thôi việc). */
export const disciplineSeverity: Record<DisciplineForm, number> = {
  khien_trach: 1,
  canh_cao: 2,
  ha_bac_luong: 3,
  giang_chuc: 4,
  cach_chuc: 5,
  bai_nhiem: 5,
  buoc_thoi_viec: 6,
  giai_tan: 6,
};

/**
 * Months a decision stays in effect from the day it takes effect (setting): 12 for khiển trách,
 * cảnh cáo, hạ bậc lương; 18 for giáng chức, cách chức, bãi nhiệm; null = no end (the person leaves,
 * the collective is dissolved). Source: Luật CBCC 2008 sửa đổi 2019 (Luật 52/2019/QH14) Điều 82, 84;
 * NĐ 112/2020/NĐ-CP. Not confirmed against the current text: a record may override its period with a reason.
 */
export const disciplineEffectMonths: Record<DisciplineForm, number | null> = {
  khien_trach: 12,
  canh_cao: 12,
  ha_bac_luong: 12,
  giang_chuc: 18,
  cach_chuc: 18,
  bai_nhiem: 18,
  buoc_thoi_viec: null,
  giai_tan: null,
};
export const disciplineEffectSource = 'Luật 52/2019/QH14 (sửa đổi Luật Cán bộ, công chức) Điều 82, 84; Nghị định 112/2020/NĐ-CP';

export const disciplineKinds = ['decision', 'pending'] as const;
export type DisciplineKind = (typeof disciplineKinds)[number];
export const disciplineKindLabels: Record<DisciplineKind, string> = { decision: 'Quyết định kỷ luật', pending: 'Đang xem xét' };

/** Processes that hold an award while they are open (NĐ 152/2025/NĐ-CP). */
export const pendingKinds = ['discipline_review', 'inspection', 'complaint'] as const;
export type PendingKind = (typeof pendingKinds)[number];
export const pendingKindLabels: Record<PendingKind, string> = {
  discipline_review: 'Đang xem xét kỷ luật',
  inspection: 'Đang bị thanh tra, kiểm tra',
  complaint: 'Đang có khiếu nại, tố cáo',
};

// ---- yearly ratings (NĐ 90/2020, NĐ 48/2023): the same scale for people and collectives ----
export const ratingCodes = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
export type RatingCode = (typeof ratingCodes)[number];
export const ratingLabels: Record<RatingCode, string> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
};
/** Higher is better: "hoàn thành tốt trở lên" is rank ≥ 3. */
export const ratingRank: Record<RatingCode, number> = { HTXSNV: 4, HTTNV: 3, HTNV: 2, KHTNV: 1 };
