import type { Grantor } from '../commendation/catalogue';

/**
 * How a grantor is named on the decision, the certificate and in the award history: the post of the
 * head of the unit that holds the power ("Chủ tịch Ủy ban nhân dân xã Mỹ Thạnh", "Giám đốc Sở …").
 */
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi-VN') + s.slice(1);
const isCouncil = (level: Grantor['level']) => level === 'xa' || level === 'huyen' || level === 'tinh';
const committee = /^(ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+/i;

/** "Xã Mỹ Thạnh" → "Ủy ban nhân dân xã Mỹ Thạnh"; a name already naming the committee is kept. */
export const committeeName = (unitName: string) => (committee.test(unitName) ? unitName.replace(committee, 'Ủy ban nhân dân ') : `Ủy ban nhân dân ${lowerFirst(unitName)}`);

/** The head's post without the unit: "Chủ tịch", "Giám đốc", "Thủ trưởng". */
export function headTitle(grantor: Pick<Grantor, 'level'>): string {
  if (isCouncil(grantor.level)) return 'Chủ tịch';
  if (grantor.level === 'so') return 'Giám đốc';
  return 'Thủ trưởng';
}

/** The full post: "Chủ tịch Ủy ban nhân dân tỉnh Bình Phước", "Giám đốc Sở Nội vụ". */
export function grantorTitleAt(grantor: Pick<Grantor, 'level' | 'title'>, unitName: string): string {
  if (isCouncil(grantor.level)) return `Chủ tịch ${committeeName(unitName)}`;
  if (grantor.level === 'so' || grantor.level === 'don_vi') return `${headTitle(grantor)} ${unitName}`;
  return grantor.title;
}

/** The body that issues the decision (header of the document). */
export function issuingBody(grantor: Pick<Grantor, 'level'>, unitName: string): string {
  return isCouncil(grantor.level) ? committeeName(unitName) : unitName;
}

/** Điều 2 when the drafter writes none: the unit's emulation and commendation fund. */
export const defaultMoneySource = (grantor: Pick<Grantor, 'level'>, unitName: string) =>
  `Kinh phí khen thưởng được chi từ Quỹ thi đua, khen thưởng của ${isCouncil(grantor.level) ? lowerFirst(issuingBody(grantor, unitName)) : unitName} theo quy định.`;
