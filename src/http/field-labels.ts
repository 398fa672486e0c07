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
  content: 'Nội dung kế hoạch',
  revision: 'Số lần lưu dự thảo',
  number: 'Số, ký hiệu',
  issuedOn: 'Ngày ban hành',
  changeNote: 'Lý do sửa đổi',
  status: 'Trạng thái',
  ownerUnitId: 'Đơn vị ban hành',
  versionNo: 'Phiên bản',
  level: 'Cấp ban hành',
  year: 'Năm',
  title: 'Tên',
  draft: 'Dự thảo',
  movementId: 'Phong trào',
  deadlineKey: 'Thời hạn',
  dueOn: 'Hạn',
  doneOn: 'Ngày hoàn thành',
};

/**
 * Names of the parts and fields of a plan (movement_versions.content), for validation messages and
 * the diff of two versions. "parent.field" entries name a field where its usual name would mislead.
 */
export const planFieldLabels: Record<string, string> = {
  // parts of the plan
  kind: 'Loại',
  'content.kind': 'Loại phong trào',
  header: 'Phần đầu văn bản',
  decision: 'Quyết định ban hành',
  references: 'Văn bản căn cứ',
  preamble: 'Đoạn mở đầu',
  theme: 'Chủ đề',
  slogan: 'Khẩu hiệu',
  purposes: 'Mục đích',
  requirements: 'Yêu cầu',
  goals: 'Mục tiêu',
  subjects: 'Đối tượng thi đua',
  contents: 'Nội dung thi đua',
  solutions: 'Giải pháp',
  criteriaIntro: 'Lời dẫn tiêu chí',
  criteria: 'Tiêu chí',
  standards: 'Tiêu chuẩn khen thưởng',
  awards: 'Hình thức khen thưởng',
  dossier: 'Hồ sơ đề nghị khen thưởng',
  funding: 'Kinh phí',
  deadlines: 'Thời hạn',
  responsibilities: 'Tổ chức thực hiện',
  cascade: 'Đơn vị cấp dưới xây dựng kế hoạch',
  closing: 'Phần kết',
  outline: 'Bố cục văn bản',
  blocks: 'Khối nội dung',
  heading: 'Đề mục',
  // fields of elements
  label: 'Ký hiệu mục',
  title: 'Tiêu đề',
  text: 'Nội dung',
  indicator: 'Tên tiêu chí',
  index: 'Chỉ số',
  target: 'Chỉ tiêu',
  appliesTo: 'Áp dụng cho',
  reformArea: 'Lĩnh vực CCHC',
  reformAreas: 'Lĩnh vực CCHC',
  period: 'Kỳ đánh giá',
  evidenceRequired: 'Yêu cầu tài liệu kiểm chứng',
  evidenceNote: 'Ghi chú tài liệu kiểm chứng',
  weight: 'Trọng số',
  maxPoints: 'Điểm tối đa',
  inheritedFrom: 'Kế thừa từ kế hoạch cấp trên',
  children: 'Mục con',
  indexTargets: 'Chỉ tiêu về chỉ số',
  rule: 'Điều kiện',
  form: 'Hình thức',
  name: 'Tên',
  grantor: 'Người có thẩm quyền khen',
  recipients: 'Đối tượng',
  occasion: 'Dịp khen thưởng',
  quota: 'Số lượng khen thưởng',
  deadlineKeys: 'Thời hạn liên quan',
  components: 'Thành phần hồ sơ',
  formNote: 'Mẫu báo cáo thành tích',
  copies: 'Số bộ hồ sơ',
  copiesText: 'Số bộ hồ sơ (diễn đạt)',
  due: 'Ngày',
  strict: 'Cách tính hạn',
  responsible: 'Đơn vị thực hiện',
  recipient: 'Nơi nhận',
  unitText: 'Đơn vị',
  unitId: 'Đơn vị trong hệ thống',
  unitIds: 'Đơn vị trong hệ thống',
  unitKinds: 'Loại đơn vị',
  personCategories: 'Đối tượng cá nhân',
  tasks: 'Nhiệm vụ',
  relation: 'Quan hệ',
  documentType: 'Loại văn bản',
  number: 'Số, ký hiệu',
  issuedOn: 'Ngày ban hành',
  issuer: 'Cơ quan ban hành',
  citedIn: 'Trích dẫn tại',
  parentBody: 'Cơ quan chủ quản',
  issuerName: 'Cơ quan ban hành',
  place: 'Địa danh',
  signer: 'Người ký',
  authority: 'Thẩm quyền ban hành',
  basis: 'Căn cứ',
  proposer: 'Theo đề nghị của',
  articles: 'Điều',
  start: 'Ngày bắt đầu',
  end: 'Ngày kết thúc',
  recurrence: 'Chu kỳ',
  collective: 'Tập thể',
  individual: 'Cá nhân',
  deadlineKey: 'Thời hạn nộp kế hoạch',
  year: 'Năm',
  value: 'Giá trị',
  upper: 'Cận trên',
  of: 'Tổng số',
  max: 'Điểm tối đa của thang',
  measure: 'Cách đo',
  comparator: 'Phép so sánh',
  band: 'Xếp loại',
  scale: 'Thang xếp loại',
  reference: 'Mốc so sánh',
  capacity: 'Thẩm quyền ký',
  day: 'Ngày',
  month: 'Tháng',
  quarter: 'Quý',
  date: 'Ngày',
  key: 'Mã mục',
  mode: 'Cách tính số lượng',
  collectives: 'Số tập thể',
  individuals: 'Số cá nhân',
  percent: 'Tỷ lệ',
  by: 'Do ai quy định',
  movementId: 'Phong trào cấp trên',
  // where the usual name would mislead
  'header.recipients': 'Nơi nhận',
  'decision.title': 'Trích yếu',
  'content.period': 'Thời gian thi đua',
  'subjects.text': 'Mô tả chung',
  'period.text': 'Diễn đạt trong kế hoạch',
  'cascade.unitKinds': 'Loại đơn vị phải xây dựng kế hoạch',
  'standards.collective': 'Tập thể',
  'standards.individual': 'Cá nhân',
};

/**
 * Inside a plan every level is named, since a bare "Giá trị" would not say where:
 * content.criteria.3.target.value → "Tiêu chí thứ 4 — Chỉ tiêu — Giá trị".
 */
function planLabel(path: ReadonlyArray<PropertyKey>): string {
  const parts: string[] = [];
  let parent = 'content';
  for (const p of path.slice(1)) {
    const s = String(p);
    if (/^\d+$/.test(s)) {
      if (parts.length) parts[parts.length - 1] += ` thứ ${Number(s) + 1}`;
      continue;
    }
    parts.push(planFieldLabels[`${parent}.${s}`] ?? planFieldLabels[s] ?? s);
    parent = s;
  }
  return parts.join(' — ');
}

export function labelFor(path: ReadonlyArray<PropertyKey>): string {
  if (path[0] === 'content' && path.length > 1) return `${planLabel(path)} (${path.map(String).join('.')})`;
  // 'sourceIds.0' is named after its list, not its position.
  const keys = path.filter((p): p is string => typeof p === 'string' && !/^\d+$/.test(p));
  const last = keys[keys.length - 1];
  const label = last ? fieldLabels[last] : undefined;
  const where = path.map(String).join('.');
  if (!where) return 'Dữ liệu';
  return label ? `${label} (${where})` : where;
}
