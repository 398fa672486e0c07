import { Space, Typography } from 'antd';
import { vi } from '../../../i18n/vi';
import type { AssessmentDto } from '../../api/appraisals';
import { formatDateTime } from '../../lib/dates';
import { formatGap, formatPoints } from './appraisal-view';

const t = vi.appraisals;

/** The appraised points, the gap from the self-score (red when the unit scored itself higher) and the reason. */
export function AppraisedCell({ a, gap }: { a: AssessmentDto; gap: number | null }) {
  if (a.status !== 'da_tham_dinh') return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space orientation="vertical" size={0} data-testid="appraised">
      <Space size={8}>
        <Typography.Text strong data-testid="appraised-points">
          {formatPoints(a.appraisedPoints)}
        </Typography.Text>
        {gap !== null && gap !== 0 && (
          <Typography.Text type={gap > 0 ? 'danger' : 'success'} title={t.gapHint} data-testid="appraised-gap">
            ({t.gap} {formatGap(gap)})
          </Typography.Text>
        )}
      </Space>
      {a.appraisalReason && (
        <Typography.Text type="secondary" data-testid="appraised-reason">
          {t.reason}: {a.appraisalReason}
        </Typography.Text>
      )}
      {a.appraisedBy && a.appraisedAt && <Typography.Text type="secondary">{t.appraisedBy(a.appraisedBy.fullName, formatDateTime(a.appraisedAt))}</Typography.Text>}
    </Space>
  );
}
