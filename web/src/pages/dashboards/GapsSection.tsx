import { Flex, InputNumber, Table, Tag, Typography } from 'antd';
import { vi } from '../../../i18n/vi';
import type { DashboardResponse, GapRow } from '../../api/dashboards';

const t = vi.dashboards;
const n = (v: number) => v.toLocaleString('vi-VN');

/** Self vs appraised totals per unit, the gap and the units whose self-scores run high (rule published under the table). */
export function GapsSection({ gaps, threshold, onThreshold }: { gaps: DashboardResponse['gaps']; threshold: number | null; onThreshold: (v: number | null) => void }) {
  return (
    <>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 8 }}>
        <Typography.Text>{t.gapThreshold}</Typography.Text>
        <InputNumber min={0} max={1000} value={threshold ?? gaps.settings.threshold} onChange={(v) => onThreshold(typeof v === 'number' ? v : null)} data-testid="gap-threshold" />
        {gaps.period && <Typography.Text type="secondary">{t.gapPeriod(gaps.period)}</Typography.Text>}
      </Flex>
      <Table<GapRow>
        rowKey={(r) => r.unit.id}
        size="small"
        locale={{ emptyText: t.gapsEmpty }}
        pagination={gaps.rows.length > 50 ? { pageSize: 50 } : false}
        dataSource={gaps.rows}
        columns={[
          { title: t.unit, key: 'unit', render: (_, r) => r.unit.name },
          { title: t.selfTotal, dataIndex: 'self', width: 100, align: 'right', render: n },
          { title: t.appraisedTotal, dataIndex: 'appraised', width: 100, align: 'right', render: n },
          { title: t.gap, dataIndex: 'gap', width: 100, align: 'right', render: n },
          { title: t.runsHigh, key: 'runsHigh', width: 110, render: (_, r) => (r.runsHigh ? <Tag color="red">{t.yes}</Tag> : t.no) },
          { title: t.why, key: 'why', render: (_, r) => r.why.join('; ') },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {gaps.settings.source}
      </Typography.Paragraph>
    </>
  );
}
