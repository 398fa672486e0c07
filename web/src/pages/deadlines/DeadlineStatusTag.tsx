import { Tag } from 'antd';
import { vi } from '../../../i18n/vi';
import type { DeadlineStatusCode } from '../../api/deadlines';
import { statusColors } from './deadline-rows';

export function DeadlineStatusTag({ status }: { status: DeadlineStatusCode }) {
  return <Tag color={statusColors[status]}>{vi.deadlines.status[status]}</Tag>;
}
