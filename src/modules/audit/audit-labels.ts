/** Vietnamese names of audited entities and actions. Actions are named '<entity>.<verb>'. */
export const entityLabels: Record<string, string> = {
  unit: 'Đơn vị',
  person: 'Cá nhân',
  user: 'Tài khoản',
  import: 'Nhập Excel',
  seed: 'Dữ liệu mẫu',
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
};

export function actionLabel(action: string): string {
  const verb = action.split('.').pop() ?? action;
  return actionLabels[action] ?? verbLabels[verb] ?? 'Thao tác khác';
}

export function entityLabel(entity: string): string {
  return entityLabels[entity] ?? entity;
}
