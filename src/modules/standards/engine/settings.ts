import type { FactDisciplineForm, IsoDate } from './facts';

/**
 * How the engine reads rules where the law leaves room or changed. Defaults depend on the instrument
 * in force (engineSettingsAt); a province or a movement may override any of them. `uncertain` names
 * the values not checked against the published text (domain-sources.md), so the UI can flag them.
 */
export interface EngineSettings {
  /** A title put forward in the same round (LĐTT with CSTĐCS) counts for the judged year. */
  concurrentTitlesCount: boolean;
  /** Where a "N năm liên tục" window ends: the judged year itself, or the year before it. */
  titleWindowEndsAt: 'judged_year' | 'previous_year';
  /** NĐ 152/2025: awards are held while discipline, inspection or a complaint is pending. */
  holdWhilePending: boolean;
  /** NĐ 152/2025: after a discipline, years count only after the year its effect ended. */
  yearsCountAfterDiscipline: boolean;
  /** How long a discipline has effect when its record gives no end; null = no end. */
  disciplineEffectMonths: Record<FactDisciplineForm, number | null>;
  /** Years up to the judged one in which an initiative may be recognised (1 = that year only). */
  initiativeWindowYears: number;
  /** The day pending matters are judged at; null = 31/12 of the judged year. */
  asOf: IsoDate | null;
}

export interface DatedEngineSettings {
  validFrom: IsoDate;
  validTo: IsoDate | null;
  settings: EngineSettings;
  source: string;
  uncertain: string[];
}

// Luật 52/2019/QH14 (sửa đổi Luật Cán bộ, công chức) Điều 82, 84: 12 months after khiển trách, cảnh
// cáo, hạ bậc lương; 18 after giáng chức, cách chức, bãi nhiệm; no end when the person leaves or the
// collective is dissolved. Same values as the inputs module (commendation-inputs/vocab.ts).
const effectMonths: Record<FactDisciplineForm, number | null> = {
  khien_trach: 12,
  canh_cao: 12,
  ha_bac_luong: 12,
  giang_chuc: 18,
  cach_chuc: 18,
  bai_nhiem: 18,
  buoc_thoi_viec: null,
  giai_tan: null,
};

const base: EngineSettings = {
  concurrentTitlesCount: true,
  titleWindowEndsAt: 'judged_year',
  holdWhilePending: false,
  yearsCountAfterDiscipline: false,
  disciplineEffectMonths: effectMonths,
  initiativeWindowYears: 1,
  asOf: null,
};

const commonUncertain = [
  'Thời hạn hiệu lực của kỷ luật (12/18 tháng) lấy theo Luật 52/2019/QH14 Điều 82, 84, chưa đối chiếu văn bản hiện hành',
  'Năm cuối của chuỗi "N năm liên tục" tính cả năm đang xét — chưa đối chiếu văn bản',
];

export const defaultEngineSettings: DatedEngineSettings[] = [
  {
    validFrom: '2017-07-31',
    validTo: '2025-06-30',
    settings: base,
    source: 'Luật Thi đua, khen thưởng; Nghị định 91/2017/NĐ-CP, Nghị định 98/2023/NĐ-CP',
    uncertain: commonUncertain,
  },
  {
    validFrom: '2025-07-01',
    validTo: null,
    settings: { ...base, holdWhilePending: true, yearsCountAfterDiscipline: true },
    source: 'Nghị định 152/2025/NĐ-CP (hiệu lực 01/7/2025): tạm dừng xét khi đang xem xét kỷ luật, thanh tra, khiếu nại; tính thành tích từ khi hết thời hạn kỷ luật',
    uncertain: commonUncertain,
  },
];

/** The settings in force on a date (ISO): the dated default whose validity covers it. */
export function engineSettingsAt(date: IsoDate, overrides: Partial<EngineSettings> = {}): EngineSettings {
  const found = defaultEngineSettings.find((d) => d.validFrom <= date && (d.validTo === null || date <= d.validTo)) ?? defaultEngineSettings[0]!;
  return { ...found.settings, ...overrides };
}
