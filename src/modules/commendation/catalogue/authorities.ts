import type { Grantor } from './types';

/**
 * Thẩm quyền (Luật TĐKT 2022 Điều 78–80 [S: Wikisource Công báo]; older law likewise [K]). From
 * 01/7/2025 the huyện level is gone (Luật 72/2025/QH15); how NĐ 152/2025 reallocated its powers was
 * not seen: the commune gaining them is an inference, flagged as such.
 */
const HUYEN_END = '2025-06-30';
const NO_HUYEN = '2025-07-01';
const reallocated = 'Suy luận: thẩm quyền của Chủ tịch UBND huyện chuyển cho Chủ tịch UBND xã từ 01/7/2025 (Nghị định 152/2025 chưa đối chiếu)';

export const grantors = {
  xa: {
    code: 'chu_tich_ubnd_xa',
    title: 'Chủ tịch UBND cấp xã',
    unitKinds: ['xa', 'phuong', 'thi_tran'],
    level: 'xa',
    validFrom: null,
    validTo: null,
    source: 'Luật TĐKT 2022, Điều 80 khoản 3',
    uncertain: null,
  },
  xaFrom2025: {
    code: 'chu_tich_ubnd_xa',
    title: 'Chủ tịch UBND cấp xã',
    unitKinds: ['xa', 'phuong', 'thi_tran'],
    level: 'xa',
    validFrom: NO_HUYEN,
    validTo: null,
    source: 'Nghị định 152/2025/NĐ-CP; Luật Tổ chức chính quyền địa phương 72/2025/QH15',
    uncertain: reallocated,
  },
  huyen: {
    code: 'chu_tich_ubnd_huyen',
    title: 'Chủ tịch UBND cấp huyện',
    unitKinds: ['huyen', 'thi_xa'],
    level: 'huyen',
    validFrom: null,
    validTo: HUYEN_END,
    source: 'Luật TĐKT 2022, Điều 80 khoản 2; cấp huyện chấm dứt từ 01/7/2025',
    uncertain: null,
  },
  so: {
    code: 'thu_truong_co_quan_thuoc_tinh',
    title: 'Giám đốc Sở, thủ trưởng cơ quan chuyên môn thuộc UBND tỉnh',
    unitKinds: ['so'],
    level: 'so',
    validFrom: null,
    validTo: null,
    source: 'Luật TĐKT 2022, Điều 80 khoản 1',
    uncertain: null,
  },
  donVi: {
    code: 'thu_truong_don_vi',
    title: 'Thủ trưởng cơ quan, đơn vị có tư cách pháp nhân',
    unitKinds: ['don_vi_su_nghiep'],
    level: 'don_vi',
    validFrom: null,
    validTo: null,
    source: 'Luật TĐKT 2022, Điều 80 khoản 1',
    uncertain: null,
  },
  tinh: {
    code: 'chu_tich_ubnd_tinh',
    title: 'Chủ tịch UBND tỉnh, thành phố trực thuộc trung ương',
    unitKinds: ['tinh'],
    level: 'tinh',
    validFrom: null,
    validTo: null,
    source: 'Luật TĐKT 2022, Điều 79 (qua Sở Nội vụ, Ban Thi đua - Khen thưởng)',
    uncertain: 'Số điều chưa đối chiếu',
  },
  bo: {
    code: 'bo_truong',
    title: 'Bộ trưởng, Thủ trưởng cơ quan ngang bộ',
    unitKinds: [],
    level: 'bo',
    validFrom: null,
    validTo: null,
    source: 'Luật TĐKT 2022, Điều 79',
    uncertain: 'Số điều chưa đối chiếu',
  },
  thuTuong: {
    code: 'thu_tuong',
    title: 'Thủ tướng Chính phủ',
    unitKinds: [],
    level: 'trung_uong',
    validFrom: null,
    validTo: null,
    source: 'Luật TĐKT 2022, Điều 78 (qua Ban Thi đua - Khen thưởng Trung ương)',
    uncertain: 'Số điều chưa đối chiếu',
  },
} satisfies Record<string, Grantor>;

export const localGrantors: Grantor[] = [grantors.xa, grantors.huyen, grantors.so, grantors.donVi];
/** CSTĐCS and Tập thể LĐTT: not the commune before 01/7/2025. */
export const baseLevelGrantors: Grantor[] = [grantors.huyen, grantors.xaFrom2025, grantors.so, grantors.donVi];
export const provinceGrantors: Grantor[] = [grantors.tinh, grantors.bo];

/** The grantors whose power covers a date. */
export const grantorsAt = (list: readonly Grantor[], date: string): Grantor[] =>
  list.filter((g) => (g.validFrom === null || g.validFrom <= date) && (g.validTo === null || date <= g.validTo));
