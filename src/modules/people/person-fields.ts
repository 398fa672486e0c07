import { z } from 'zod';

/** Đối tượng: the categories the law and the plans distinguish. */
export const personCategoryLabels = {
  can_bo: 'Cán bộ',
  cong_chuc: 'Công chức',
  vien_chuc: 'Viên chức',
  nguoi_lao_dong: 'Người lao động',
  khong_chuyen_trach: 'Người hoạt động không chuyên trách',
} as const;
export type PersonCategory = keyof typeof personCategoryLabels;
export const personCategories = Object.keys(personCategoryLabels) as [PersonCategory, ...PersonCategory[]];
export const personCategorySchema = z.enum(personCategories, { error: 'Đối tượng không hợp lệ' });

export const genderLabels = { nam: 'Nam', nu: 'Nữ' } as const;
export type Gender = keyof typeof genderLabels;
export const genderSchema = z.enum(['nam', 'nu'], { error: 'Giới tính phải là Nam hoặc Nữ' });

function matchLabel<K extends string>(labels: Record<K, string>, text: string): K | undefined {
  const t = text.normalize('NFC').trim().toLowerCase();
  return (Object.entries(labels) as [K, string][]).find(([code, label]) => t === code || t === label.toLowerCase())?.[0];
}

export const personCategoryFromText = (text: string) => matchLabel(personCategoryLabels, text);
export const genderFromText = (text: string) => matchLabel(genderLabels, text);
