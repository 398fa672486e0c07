import { Tag } from 'antd';
import type { MovementStatus } from '../../api/movements';
import { movementStatusLabels, statusColors } from './labels';

export function StatusTag({ status }: { status: MovementStatus }) {
  return <Tag color={statusColors[status]}>{movementStatusLabels[status]}</Tag>;
}
