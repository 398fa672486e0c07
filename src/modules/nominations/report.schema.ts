import { z } from 'zod';

/**
 * The báo cáo thành tích as sections of the Nghị định 98/2023 appendix forms. A collective fills
 * I. Sơ lược đặc điểm, tình hình (đặc điểm, chức năng nhiệm vụ); an individual I. Sơ lược lý lịch;
 * both II. Thành tích đạt được and III. Các hình thức khen thưởng đã được ghi nhận. `summary` is the
 * tóm tắt thành tích printed in the short version and in the danh sách đề nghị.
 */
const text = (max: number, what: string) => z.string().trim().max(max, `${what} tối đa ${max} ký tự`).nullable().default(null);

export const recordedAwardSchema = z.strictObject({
  year: z.number({ error: 'Năm phải là số' }).int('Năm không hợp lệ').min(1945, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ'),
  name: z.string({ error: 'Chưa nhập tên danh hiệu, hình thức' }).trim().min(1, 'Chưa nhập tên danh hiệu, hình thức').max(300, 'Tên tối đa 300 ký tự'),
  /** "Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND huyện" */
  decision: text(500, 'Quyết định'),
});

export const reportSchema = z.strictObject({
  profile: z
    .strictObject({
      // collective: I. Sơ lược đặc điểm, tình hình
      address: text(500, 'Địa chỉ trụ sở'),
      history: text(4000, 'Quá trình thành lập và phát triển'),
      characteristics: text(8000, 'Đặc điểm, tình hình'),
      functions: text(8000, 'Chức năng, nhiệm vụ'),
      // individual: I. Sơ lược lý lịch
      fullName: text(200, 'Họ và tên'),
      birthDate: text(50, 'Ngày sinh'),
      gender: text(20, 'Giới tính'),
      hometown: text(300, 'Quê quán'),
      residence: text(300, 'Trú quán'),
      workplace: text(300, 'Đơn vị công tác'),
      position: text(300, 'Chức vụ'),
      qualification: text(300, 'Trình độ chuyên môn'),
    })
    .prefault({}),
  achievements: z
    .strictObject({
      /** individual: Quyền hạn, nhiệm vụ được giao */
      duties: text(8000, 'Nhiệm vụ được giao'),
      /** Kết quả đạt được */
      results: text(20000, 'Thành tích đạt được'),
      /** Biện pháp, nguyên nhân đạt được thành tích; sáng kiến */
      measures: text(8000, 'Biện pháp, nguyên nhân'),
      /** collective: thực hiện chủ trương của Đảng, hoạt động đoàn thể */
      partyWork: text(8000, 'Công tác Đảng, đoàn thể'),
    })
    .prefault({}),
  titles: z.array(recordedAwardSchema).max(50, 'Tối đa 50 dòng').default([]),
  awards: z.array(recordedAwardSchema).max(50, 'Tối đa 50 dòng').default([]),
  summary: text(4000, 'Tóm tắt thành tích'),
});
export type Report = z.infer<typeof reportSchema>;
export type RecordedAward = z.infer<typeof recordedAwardSchema>;

export const emptyReport = (): Report => reportSchema.parse({});

/** A stored report read back (older or partial rows filled with defaults; never trusted blindly). */
export function readReport(raw: unknown): Report {
  const value = typeof raw === 'string' ? JSON.parse(raw) : raw;
  const parsed = reportSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : emptyReport();
}

/** The words compared for near-duplicates: what the nominee achieved, not their profile. */
export const achievementText = (r: Report) => [r.achievements.duties, r.achievements.results, r.achievements.measures, r.achievements.partyWork, r.summary].filter(Boolean).join('\n');
