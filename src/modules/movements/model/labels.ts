// Label maps only, no zod: the web app imports these without pulling schema code into its bundle.

/** Lĩnh vực CCHC: the areas of Nghị quyết 76/NQ-CP and of the PAR Index. */
export const reformAreaLabels = {
  chi_dao_dieu_hanh: 'Công tác chỉ đạo, điều hành',
  the_che: 'Cải cách thể chế',
  tthc: 'Cải cách thủ tục hành chính',
  to_chuc_bo_may: 'Cải cách tổ chức bộ máy',
  cong_vu: 'Cải cách chế độ công vụ',
  tai_chinh_cong: 'Cải cách tài chính công',
  chinh_phu_so: 'Xây dựng chính phủ điện tử, chính phủ số',
  tuyen_truyen: 'Thông tin, tuyên truyền về CCHC',
  khac: 'Nội dung khác',
} as const;
/** Loại văn bản with its symbol (Nghị định 30/2020, Phụ lục III). */
export const documentTypeLabels = {
  KH: 'Kế hoạch',
  QĐ: 'Quyết định',
  TTr: 'Tờ trình',
  BC: 'Báo cáo',
  BB: 'Biên bản',
  TB: 'Thông báo',
  HD: 'Hướng dẫn',
  CT: 'Chỉ thị',
  NQ: 'Nghị quyết',
  CTr: 'Chương trình',
  CV: 'Công văn',
  Luật: 'Luật',
  NĐ: 'Nghị định',
  TT: 'Thông tư',
  khac: 'Văn bản khác',
} as const;
/** Indices the plans set goals on (domain.md §8); CCHC is a province's own index for its sở and xã. */
export const indexLabels = {
  PAR_INDEX: 'Chỉ số cải cách hành chính (PAR Index)',
  SIPAS: 'Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)',
  PAPI: 'Chỉ số hiệu quả quản trị và hành chính công (PAPI)',
  PCI: 'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)',
  ICT_INDEX: 'Chỉ số sẵn sàng ứng dụng CNTT-TT (ICT Index)',
  CCHC: 'Chỉ số cải cách hành chính của địa phương, đơn vị',
} as const;
/** Loại phong trào (domain.md §2). */
export const movementKindLabels = {
  chuyen_de: 'Thi đua theo chuyên đề',
  theo_dot: 'Thi đua theo đợt',
  thuong_xuyen: 'Thi đua thường xuyên',
} as const;
export const subjectScopeLabels = { collective: 'Tập thể', individual: 'Cá nhân', both: 'Tập thể và cá nhân' } as const;

export const comparators = ['gte', 'gt', 'eq', 'lte', 'lt', 'between', 'top_n'] as const;
export type Comparator = (typeof comparators)[number];
export const comparatorSymbols: Record<Comparator, string> = {
  gte: '≥',
  gt: '>',
  eq: '=',
  lte: '≤',
  lt: '<',
  between: 'từ … đến',
  top_n: 'thuộc nhóm dẫn đầu',
};

/** Scales the domain uses (domain.md §8); a plan may define its own. */
export const standardScales = {
  cchc: ['Tốt', 'Khá', 'Trung bình', 'Yếu'],
  pci: ['Rất tốt', 'Tốt', 'Khá', 'Trung bình', 'Tương đối thấp', 'Thấp'],
  papi: ['Cao nhất', 'Trung bình cao', 'Trung bình thấp', 'Thấp nhất'],
  rating: ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ', 'Không hoàn thành nhiệm vụ'],
} as const;
