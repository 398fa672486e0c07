// Label maps only, no zod: the web app imports these without pulling schema code into its bundle.

export const planStates = ['none', 'draft', 'issued'] as const;
export const planStateLabels = { none: 'Chưa có kế hoạch', draft: 'Đang dự thảo', issued: 'Đã ban hành' } as const;
export const timelinessValues = ['on_time', 'late', 'overdue', 'pending'] as const;
export const timelinessLabels = {
  on_time: 'Ban hành đúng hạn',
  late: 'Ban hành trễ hạn',
  overdue: 'Quá hạn, chưa ban hành',
  pending: 'Chưa đến hạn',
} as const;
