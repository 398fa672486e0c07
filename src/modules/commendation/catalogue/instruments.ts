import type { IsoDate } from '../../standards/engine/facts';

/**
 * The legal frames the catalogue knows, each with its validity (domain-sources.md §0). A movement is
 * judged by the frame in force on the date the caller chooses (decision date or dossier receipt).
 * Luật 06/2026/QH16 (amending the law, reported in force 01/10/2026) is not encoded: unverified.
 */
export type EraId = 'nd91' | 'nd98' | 'nd152';

export interface Era {
  id: EraId;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  law: string;
  decree: string;
  /** Short prefix for sources: "Luật TĐKT 2022". */
  lawShort: string;
  uncertain: string[];
}

export const eras: readonly Era[] = [
  {
    id: 'nd91',
    validFrom: '2017-07-31',
    validTo: '2023-12-31',
    law: 'Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung năm 2005, 2013)',
    decree: 'Nghị định 91/2017/NĐ-CP',
    lawShort: 'Luật TĐKT 2003 (sửa đổi 2013)',
    uncertain: ['Ngày bắt đầu áp dụng Nghị định 91/2017/NĐ-CP lấy theo ngày ký (31/7/2017), chưa đối chiếu điều khoản hiệu lực'],
  },
  {
    id: 'nd98',
    validFrom: '2024-01-01',
    validTo: '2025-06-30',
    law: 'Luật Thi đua, khen thưởng số 06/2022/QH15',
    decree: 'Nghị định 98/2023/NĐ-CP',
    lawShort: 'Luật TĐKT 2022',
    uncertain: [],
  },
  {
    id: 'nd152',
    validFrom: '2025-07-01',
    validTo: null,
    law: 'Luật Thi đua, khen thưởng số 06/2022/QH15',
    decree: 'Nghị định 152/2025/NĐ-CP',
    lawShort: 'Luật TĐKT 2022',
    uncertain: [
      'Nội dung Nghị định 152/2025/NĐ-CP và Thông tư 15/2025/TT-BNV về tiêu chuẩn, thẩm quyền cấp xã sau khi bỏ cấp huyện chưa được đối chiếu; tiêu chuẩn giữ như Nghị định 98/2023 trừ các điểm đã biết',
    ],
  },
];

/** The era in force on a date (ISO), or null before the first one. */
export function eraAt(date: IsoDate): Era | null {
  return eras.find((e) => e.validFrom <= date && (e.validTo === null || date <= e.validTo)) ?? null;
}
