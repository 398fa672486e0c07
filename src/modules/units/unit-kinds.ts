import { z } from 'zod';

/** Kinds of unit (loại đơn vị). Codes are stable; labels are what users read. */
export const unitKindLabels = {
  tinh: 'Tỉnh, thành phố',
  so: 'Sở, ban, ngành',
  huyen: 'Huyện',
  thi_xa: 'Thị xã, thành phố thuộc tỉnh',
  xa: 'Xã',
  phuong: 'Phường',
  thi_tran: 'Thị trấn',
  phong: 'Phòng, ban chuyên môn',
  don_vi_su_nghiep: 'Đơn vị sự nghiệp',
  lien_doan_lao_dong: 'Liên đoàn Lao động',
  cong_doan_co_so: 'Công đoàn cơ sở',
  mttq: 'Ủy ban MTTQ Việt Nam',
  doan_the: 'Đoàn thể, hội',
  ap: 'Ấp, thôn, tổ dân phố',
  khac: 'Khác',
} as const;

export type UnitKind = keyof typeof unitKindLabels;
export const unitKinds = Object.keys(unitKindLabels) as [UnitKind, ...UnitKind[]];
export const unitKindSchema = z.enum(unitKinds, { error: 'Loại đơn vị không hợp lệ' });

/**
 * Units compared with one another in a ranking: xã, phường and thị trấn are all commune-level
 * (cấp xã) and are ranked together ("16 xã, thị trấn"); huyện and thị xã likewise (cấp huyện).
 * Other kinds are compared only with their own kind.
 */
export function peerClassOf(kind: string): string {
  if (kind === 'xa' || kind === 'phuong' || kind === 'thi_tran') return 'cap_xa';
  if (kind === 'huyen' || kind === 'thi_xa') return 'cap_huyen';
  return kind;
}

/** Matches a label or code typed by a user (Excel import) to a kind; undefined when unknown. */
export function unitKindFromText(text: string): UnitKind | undefined {
  const t = text.normalize('NFC').trim().toLowerCase();
  for (const [code, label] of Object.entries(unitKindLabels) as [UnitKind, string][]) {
    if (t === code || t === label.toLowerCase()) return code;
  }
  return undefined;
}
