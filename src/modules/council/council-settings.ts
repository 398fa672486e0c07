/**
 * Council voting rules where the law leaves room (domain.md §5, domain-sources.md "Council"): each value
 * is a default with its source and validity; a session stores the threshold and quorum it was created
 * with, so a later change of defaults never changes a session already held.
 */
export interface CouncilSettings {
  /** Share of ALL members (minus those recused on the nominee) who must agree, in percent. */
  thresholdPercent: number;
  /** Share of members who must be present for the meeting to be valid, in percent. */
  quorumPercent: number;
  /** Absent members may still vote (written ballot; here: online with their own account). */
  absentMayVote: boolean;
}

export interface DatedCouncilSettings {
  validFrom: string;
  validTo: string | null;
  settings: CouncilSettings;
  source: string;
  uncertain: string[];
}

export const defaultCouncilSettings: DatedCouncilSettings[] = [
  {
    validFrom: '2017-07-31',
    validTo: null,
    // 2/3 stored with the two decimals of council_sessions.quorum_percent; percentages are compared at
    // that precision (meetsPercent), so 6 of 9 present (66,666…%) meets 66,67%.
    settings: { thresholdPercent: 70, quorumPercent: 66.67, absentMayVote: true },
    source:
      'Quy chế hoạt động Hội đồng Thi đua – Khen thưởng thường gặp: họp hợp lệ khi có ít nhất 2/3 thành viên dự; bỏ phiếu kín, đạt khi được từ 70% tổng số thành viên đồng ý; thành viên vắng mặt được bỏ phiếu bằng văn bản (Nghị định 91/2017/NĐ-CP Điều 45 khoản 8 quy định 90% cho danh hiệu cấp tỉnh trở lên)',
    uncertain: ['Nghị định 98/2023/NĐ-CP và 152/2025/NĐ-CP không quy định tỷ lệ: 70% và 2/3 lấy theo quy chế thường gặp, địa phương có thể quy định khác'],
  },
];

export function councilSettingsAt(date: string): DatedCouncilSettings {
  return defaultCouncilSettings.find((d) => d.validFrom <= date && (d.validTo === null || date <= d.validTo)) ?? defaultCouncilSettings[0]!;
}

/**
 * Whether count/total reaches percent, compared at the two decimals a session stores percentages with:
 * 6/9 = 66,67% meets a quorum of 66,67% (2/3), 69/100 does not meet 70%. A total of 0 never meets.
 */
export function meetsPercent(count: number, total: number, percent: number): boolean {
  if (total <= 0) return false;
  return Math.round((count * 10_000) / total) >= Math.round(percent * 100);
}

/** count/total as a percent with two decimals (0 when total is 0). */
export function percentOf(count: number, total: number): number {
  return total <= 0 ? 0 : Math.round((count * 10_000) / total) / 100;
}
