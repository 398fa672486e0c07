import type { MovementDetailDto, PlanContent } from './movements';
import { api } from './client';

export interface SourceDto {
  span: [number, number];
  confidence: number;
}
export interface ImportedPlanDto {
  kind: 'docx' | 'pdf' | 'text';
  content: PlanContent;
  sources: Record<string, SourceDto>;
  text: string;
  dropped: string[];
}

/** Reads a document into a draft; the server saves nothing. */
export function readPlanDocument(file: File): Promise<ImportedPlanDto> {
  const form = new FormData();
  form.append('file', file);
  return api<ImportedPlanDto>('/plan-imports', { method: 'POST', body: form });
}

export const saveImportedPlan = (body: { ownerUnitId: number; content: PlanContent }) =>
  api<MovementDetailDto>('/plan-imports/save', { method: 'POST', body });
