// Label maps only, no zod: the web app imports these without pulling schema code into its bundle.

export const cellStates = ['met', 'not_met', 'missing'] as const;
export type CellStateCode = (typeof cellStates)[number];
export const cellStateLabels: Record<CellStateCode, string> = { met: 'Đạt', not_met: 'Không đạt', missing: 'Chưa có số liệu' };

/** Why a reader sees only some rows, said once in the API and on the page. */
export const visibilityNote =
  'Bảng xếp hạng đầy đủ chỉ hiển thị cho người có phạm vi bao gồm đơn vị chủ trì phong trào; mỗi đơn vị khác chỉ thấy dòng của mình và thứ hạng của mình trong nhóm.';

export const overdueKinds = ['registration', 'results', 'explanation'] as const;
export type OverdueKind = (typeof overdueKinds)[number];
export const overdueKindLabels: Record<OverdueKind, string> = {
  registration: 'Chưa gửi đăng ký',
  results: 'Thiếu kết quả',
  explanation: 'Quá hạn giải trình',
};
