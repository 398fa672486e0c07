// Label maps only, no zod: the web app imports these without pulling schema code into its bundle.

export const movementStatuses = ['draft', 'issued', 'in_progress', 'midterm_review', 'final_review', 'closed'] as const;
export type MovementStatus = (typeof movementStatuses)[number];
export const movementStatusLabels: Record<MovementStatus, string> = {
  draft: 'Dự thảo',
  issued: 'Đã ban hành',
  in_progress: 'Đang triển khai',
  midterm_review: 'Sơ kết',
  final_review: 'Tổng kết',
  closed: 'Đã kết thúc',
};
/** Level of the issuing unit, for the list filter. */
export const movementLevels = ['tinh', 'so_huyen', 'xa', 'co_so'] as const;
export const movementLevelLabels = { tinh: 'Cấp tỉnh', so_huyen: 'Cấp sở, huyện', xa: 'Cấp xã, phòng', co_so: 'Cơ sở' } as const;
