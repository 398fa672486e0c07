import { z } from 'zod';
import { documentTypeLabels, indexLabels, movementKindLabels, reformAreaLabels, subjectScopeLabels } from './labels';

export { documentTypeLabels, indexLabels, movementKindLabels, reformAreaLabels, subjectScopeLabels };

export type ReformArea = keyof typeof reformAreaLabels;
export const reformAreaSchema = z.enum(Object.keys(reformAreaLabels) as [ReformArea, ...ReformArea[]], {
  error: 'Lĩnh vực CCHC không hợp lệ',
});

export type DocumentType = keyof typeof documentTypeLabels;
export const documentTypeSchema = z.enum(Object.keys(documentTypeLabels) as [DocumentType, ...DocumentType[]], {
  error: 'Loại văn bản không hợp lệ',
});

export type IndexCode = keyof typeof indexLabels;
export const indexCodeSchema = z.enum(Object.keys(indexLabels) as [IndexCode, ...IndexCode[]], {
  error: 'Chỉ số không hợp lệ',
});

export type MovementKind = keyof typeof movementKindLabels;
export const movementKindSchema = z.enum(Object.keys(movementKindLabels) as [MovementKind, ...MovementKind[]], {
  error: 'Loại phong trào không hợp lệ',
});

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
