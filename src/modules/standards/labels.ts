// Label maps only, no zod: the web app imports these without pulling schema code into its bundle.

export const titleLabels = {
  ldtt: 'Lao động tiên tiến',
  cstdcs: 'Chiến sĩ thi đua cơ sở',
  cstd_tinh: 'Chiến sĩ thi đua cấp tỉnh',
  cstd_toan_quoc: 'Chiến sĩ thi đua toàn quốc',
  tt_ldtt: 'Tập thể lao động tiên tiến',
  tt_ldxs: 'Tập thể lao động xuất sắc',
  co_thi_dua_tinh: 'Cờ thi đua cấp tỉnh',
  co_thi_dua_cp: 'Cờ thi đua của Chính phủ',
} as const;
export const ratingLabels = {
  htxsnv: 'Hoàn thành xuất sắc nhiệm vụ',
  httnv: 'Hoàn thành tốt nhiệm vụ',
  htnv: 'Hoàn thành nhiệm vụ',
  khtnv: 'Không hoàn thành nhiệm vụ',
} as const;
/** Discipline forms, lightest first (Nghị định 112/2020, 71/2023). */
export const disciplineLabels = {
  khien_trach: 'khiển trách',
  canh_cao: 'cảnh cáo',
  ha_bac_luong: 'hạ bậc lương',
  giang_chuc: 'giáng chức',
  cach_chuc: 'cách chức',
  buoc_thoi_viec: 'buộc thôi việc',
} as const;
export const initiativeLevelLabels = { co_so: 'cơ sở', tinh: 'cấp tỉnh', toan_quoc: 'toàn quốc' } as const;
/**
 * Titles of communities and households (Luật TĐKT 2022 Điều 26–27, [K]) — kept apart from titleLabels,
 * whose codes are the titles people and units register for (registrations split them in two).
 */
export const communityTitleLabels = {
  xa_tieu_bieu: 'Xã, phường, thị trấn tiêu biểu',
  thon_van_hoa: 'Thôn, tổ dân phố văn hóa',
  gia_dinh_van_hoa: 'Gia đình văn hóa',
} as const;
