import { Result } from 'antd';
import { vi } from '../../i18n/vi';

export function UpcomingPage() {
  return <Result status="info" title={vi.upcoming.title} subTitle={vi.upcoming.text} />;
}
