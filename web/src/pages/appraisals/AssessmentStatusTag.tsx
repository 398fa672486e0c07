import { Tag } from 'antd';
import type { AssessmentDto, AssessmentStatus } from '../../api/appraisals';

export const assessmentStatusColors: Record<AssessmentStatus, string> = {
  tu_cham: 'default',
  cho_tham_dinh: 'processing',
  giai_trinh: 'warning',
  da_tham_dinh: 'success',
};

/** The server's own label for the state, coloured by how far along it is. */
export function AssessmentStatusTag({ a }: { a: Pick<AssessmentDto, 'status' | 'statusLabel'> }) {
  return (
    <Tag color={assessmentStatusColors[a.status]} data-testid="assessment-status">
      {a.statusLabel}
    </Tag>
  );
}
