/** Vietnamese names of audited entities and actions. Actions are named '<entity>.<verb>'. */
export const entityLabels: Record<string, string> = {
  unit: 'Đơn vị',
  person: 'Cá nhân',
  user: 'Tài khoản',
  import: 'Nhập Excel',
  seed: 'Dữ liệu mẫu',
  movement: 'Phong trào thi đua',
  registration: 'Đăng ký thi đua',
  index_score: 'Kết quả chỉ số',
  result: 'Kết quả thực hiện tiêu chí',
  assessment: 'Tự chấm và thẩm định',
};

const verbLabels: Record<string, string> = {
  create: 'Thêm mới',
  update: 'Cập nhật',
  delete: 'Xóa',
  deactivate: 'Ngừng theo dõi',
  move: 'Chuyển đơn vị cấp trên',
  merge: 'Sáp nhập',
  merged: 'Sáp nhập',
  transfer: 'Điều chuyển',
  import: 'Nhập từ Excel',
  login: 'Đăng nhập',
  logout: 'Đăng xuất',
  login_failed: 'Đăng nhập sai',
  locked: 'Tạm khóa tài khoản',
  password_changed: 'Đổi mật khẩu',
  loaded: 'Nạp dữ liệu',
};

/** Actions whose name is not '<entity>.<verb>'. */
const actionLabels: Record<string, string> = {
  'import.people': 'Nhập danh sách cá nhân từ Excel',
  'import.units': 'Nhập danh sách đơn vị từ Excel',
  'movement.create': 'Tạo dự thảo kế hoạch',
  'movement.draft.save': 'Lưu dự thảo kế hoạch',
  'movement.amend': 'Tạo bản sửa đổi kế hoạch',
  'movement.issue': 'Ban hành kế hoạch',
  'movement.status': 'Chuyển giai đoạn phong trào',
  'movement.delete': 'Xóa dự thảo phong trào chưa ban hành',
  'movement.draft.discard': 'Hủy bản sửa đổi kế hoạch',
  'registration.create': 'Lập bản đăng ký thi đua',
  'registration.update': 'Sửa bản đăng ký thi đua',
  'registration.submit': 'Gửi bản đăng ký thi đua',
  'registration.return': 'Trả lại bản đăng ký thi đua',
  'registration.approve': 'Duyệt bản đăng ký thi đua',
  'index_score.create': 'Ghi kết quả chỉ số',
  'index_score.update': 'Sửa kết quả chỉ số',
  'index_score.delete': 'Xóa kết quả chỉ số',
  'result.create': 'Nhập kết quả tiêu chí',
  'result.update': 'Sửa kết quả tiêu chí',
  'result.evidence_add': 'Đính kèm tài liệu kiểm chứng',
  'result.evidence_remove': 'Gỡ tài liệu kiểm chứng',
  'assessment.create': 'Tự chấm điểm tiêu chí',
  'assessment.update': 'Sửa điểm tự chấm',
  'assessment.submit': 'Gửi điểm tự chấm đi thẩm định',
  'assessment.accept': 'Thẩm định: chấp nhận điểm tự chấm',
  'assessment.change': 'Thẩm định: thay đổi điểm có lý do',
  'assessment.return': 'Thẩm định: trả lại để giải trình',
  'assessment.explain': 'Giải trình điểm tự chấm',
  'movement.appraisal_lock': 'Khóa và công bố kết quả thẩm định',
};

export function actionLabel(action: string): string {
  const verb = action.split('.').pop() ?? action;
  return actionLabels[action] ?? verbLabels[verb] ?? 'Thao tác khác';
}

export function entityLabel(entity: string): string {
  return entityLabels[entity] ?? entity;
}
