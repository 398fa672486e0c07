/** Vietnamese names of request fields, so a validation message says which field is wrong. */
export const fieldLabels: Record<string, string> = {
  username: 'Tên đăng nhập',
  password: 'Mật khẩu',
  currentPassword: 'Mật khẩu hiện tại',
  newPassword: 'Mật khẩu mới',
  code: 'Mã đơn vị',
  name: 'Tên',
  shortName: 'Tên viết tắt',
  kind: 'Loại đơn vị',
  parentId: 'Đơn vị cấp trên',
  validFrom: 'Ngày bắt đầu hoạt động',
  validTo: 'Ngày kết thúc hoạt động',
  fullName: 'Họ và tên',
  gender: 'Giới tính',
  birthYear: 'Năm sinh',
  unitId: 'Đơn vị',
  position: 'Chức vụ',
  category: 'Đối tượng',
  isUnitHead: 'Người đứng đầu',
  sourceIds: 'Các đơn vị sáp nhập',
  sourceUnitIds: 'Các đơn vị sáp nhập',
  targetId: 'Đơn vị tiếp nhận',
  targetUnitId: 'Đơn vị tiếp nhận',
  effectiveDate: 'Ngày hiệu lực',
  target: 'Đơn vị tiếp nhận',
  toUnitId: 'Đơn vị chuyển đến',
  note: 'Ghi chú',
  asOf: 'Ngày xem cây đơn vị',
  includeInactive: 'Gồm cả mục đã ngừng hoạt động',
  includeSubunits: 'Gồm cả đơn vị cấp dưới',
  date: 'Ngày',
  reason: 'Lý do',
  q: 'Từ khóa tìm kiếm',
  limit: 'Số dòng',
  offset: 'Vị trí bắt đầu',
  from: 'Từ ngày',
  to: 'Đến ngày',
  entity: 'Đối tượng dữ liệu',
  userId: 'Người thực hiện',
  action: 'Thao tác',
  id: 'Mã số',
};

export function labelFor(path: ReadonlyArray<PropertyKey>): string {
  // 'sourceIds.0' is named after its list, not its position.
  const keys = path.filter((p): p is string => typeof p === 'string' && !/^\d+$/.test(p));
  const last = keys[keys.length - 1];
  const label = last ? fieldLabels[last] : undefined;
  const where = path.map(String).join('.');
  if (!where) return 'Dữ liệu';
  return label ? `${label} (${where})` : where;
}
