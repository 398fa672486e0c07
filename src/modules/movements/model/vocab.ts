import { z } from 'zod';

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
export type ReformArea = keyof typeof reformAreaLabels;
export const reformAreaSchema = z.enum(Object.keys(reformAreaLabels) as [ReformArea, ...ReformArea[]], {
  error: 'Lĩnh vực CCHC không hợp lệ',
});

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
export type DocumentType = keyof typeof documentTypeLabels;
export const documentTypeSchema = z.enum(Object.keys(documentTypeLabels) as [DocumentType, ...DocumentType[]], {
  error: 'Loại văn bản không hợp lệ',
});

/** Indices the plans set goals on (domain.md §8); CCHC is a province's own index for its sở and xã. */
export const indexLabels = {
  PAR_INDEX: 'Chỉ số cải cách hành chính (PAR Index)',
  SIPAS: 'Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)',
  PAPI: 'Chỉ số hiệu quả quản trị và hành chính công (PAPI)',
  PCI: 'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)',
  ICT_INDEX: 'Chỉ số sẵn sàng ứng dụng CNTT-TT (ICT Index)',
  CCHC: 'Chỉ số cải cách hành chính của địa phương, đơn vị',
} as const;
export type IndexCode = keyof typeof indexLabels;
export const indexCodeSchema = z.enum(Object.keys(indexLabels) as [IndexCode, ...IndexCode[]], {
  error: 'Chỉ số không hợp lệ',
});

/** Loại phong trào (domain.md §2). */
export const movementKindLabels = {
  chuyen_de: 'Thi đua theo chuyên đề',
  theo_dot: 'Thi đua theo đợt',
  thuong_xuyen: 'Thi đua thường xuyên',
} as const;
export type MovementKind = keyof typeof movementKindLabels;
export const movementKindSchema = z.enum(Object.keys(movementKindLabels) as [MovementKind, ...MovementKind[]], {
  error: 'Loại phong trào không hợp lệ',
});

export const subjectScopeLabels = { collective: 'Tập thể', individual: 'Cá nhân', both: 'Tập thể và cá nhân' } as const;
export type SubjectScope = keyof typeof subjectScopeLabels;
export const subjectScopeSchema = z.enum(['collective', 'individual', 'both'], { error: 'Phạm vi áp dụng không hợp lệ' });

/** Every element of a plan has a key that stays the same across versions, so results and diffs can refer to it. */
export const elementKey = z
  .string({ error: 'Thiếu mã mục' })
  .regex(/^[a-z0-9][a-z0-9_.-]{0,39}$/, 'Mã mục chỉ gồm chữ thường không dấu, số, dấu chấm, gạch (tối đa 40 ký tự)');

export { isoDate } from '../../units/units.schema';

/** User text, trimmed; the service folds the whole plan to NFC before it is stored. */
export const text = (max = 20_000) =>
  z.string({ error: 'Phải là văn bản' }).trim().min(1, 'Không được để trống').max(max, `Tối đa ${max} ký tự`);

export const optionalText = (max = 20_000) =>
  z.string({ error: 'Phải là văn bản' }).trim().max(max, `Tối đa ${max} ký tự`).nullable();
