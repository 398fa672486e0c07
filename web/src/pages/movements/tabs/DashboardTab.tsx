import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, InputNumber, Space, Spin, Table, Typography } from 'antd';
import { useState } from 'react';
import { registrationStatusLabels } from '../../../../../src/modules/registrations/registration-labels';
import { vi } from '../../../../i18n/vi';
import { errorMessage } from '../../../api/client';
import { downloadDashboard, useDashboard, type DashboardResponse } from '../../../api/dashboards';
import type { MovementDetail } from '../../../api/movements';
import { GapsSection } from '../../dashboards/GapsSection';
import { HeatmapSection } from '../../dashboards/HeatmapSection';
import { OverdueSection } from '../../dashboards/OverdueSection';
import { RankingSection } from '../../dashboards/RankingSection';
import { ScorecardDrawer } from '../../dashboards/ScorecardDrawer';

const t = vi.dashboards;
type ProgressRow = DashboardResponse['progress'][number];

/**
 * Kết quả & xếp hạng: ranking per peer group (on appraised points once a period is locked), criteria ×
 * units heatmap, progress, self-score gaps, overdue items and the formula; every table is a sheet of
 * the Excel export. A unit's name opens its scores and indices across years. Lazy-loaded (ECharts).
 */
export default function DashboardTab({ detail, active }: { detail: MovementDetail; active: boolean }) {
  const [year, setYear] = useState<number | null>(null);
  const [gapThreshold, setGapThreshold] = useState<number | null>(null);
  const [scorecardUnit, setScorecardUnit] = useState<{ id: number; name: string } | null>(null);
  const q = useDashboard(detail.id, year, active, gapThreshold);
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  const d = q.data;

  const exportXlsx = async () => {
    setExporting(true);
    try {
      await downloadDashboard(detail.id, year ?? d?.year ?? null, gapThreshold);
    } catch (err) {
      void message.error(errorMessage(err) || t.exportError);
    } finally {
      setExporting(false);
    }
  };

  if (q.isError) return <Alert type="error" showIcon title={errorMessage(q.error) || t.loadError} />;
  if (!d) return <Spin />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text>{t.year}</Typography.Text>
        <InputNumber min={2000} max={2100} value={year ?? d.year} onChange={(v) => setYear(typeof v === 'number' ? v : null)} />
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportXlsx()} data-testid="dashboard-export">
          {t.export}
        </Button>
      </Flex>
      {!d.fullView && <Alert type="info" showIcon title={d.visibilityNote} />}
      <Alert type={d.basis === 'appraised' ? 'success' : 'warning'} showIcon title={`${t.basis}: ${d.basisNote}`} data-testid="dashboard-basis" />
      <Card title={t.ranking} data-testid="dashboard-ranking">
        <RankingSection groups={d.ranking} onOpenUnit={setScorecardUnit} />
      </Card>
      <Card title={t.heatmap} data-testid="dashboard-heatmap">
        <HeatmapSection d={d} />
      </Card>
      <Card title={t.progress} data-testid="dashboard-progress">
        <Table<ProgressRow>
          rowKey={(r) => r.unit.id}
          size="small"
          pagination={d.progress.length > 50 ? { pageSize: 50 } : false}
          dataSource={d.progress}
          columns={[
            { title: t.unit, key: 'unit', render: (_, r) => r.unit.name },
            { title: t.registration, key: 'status', width: 140, render: (_, r) => registrationStatusLabels[r.status] },
            { title: t.submitted, key: 'submitted', width: 170, align: 'right', render: (_, r) => `${r.submitted}/${r.criteriaCount}` },
          ]}
        />
      </Card>
      <Card title={t.gaps} data-testid="dashboard-gaps">
        <GapsSection gaps={d.gaps} threshold={gapThreshold} onThreshold={setGapThreshold} />
      </Card>
      <Card title={t.overdue} data-testid="dashboard-overdue">
        <OverdueSection rows={d.overdue} />
      </Card>
      <Card title={t.formula} data-testid="dashboard-formula">
        <Typography.Paragraph style={{ whiteSpace: 'pre-line' }}>{d.formula.text}</Typography.Paragraph>
        <Typography.Paragraph>{d.formula.bands}</Typography.Paragraph>
        <Table
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={d.formula.weights}
          columns={[
            { title: t.criterion, dataIndex: 'label' },
            { title: t.rule, dataIndex: 'rule', width: 160 },
            { title: t.possible, dataIndex: 'possible', width: 110, align: 'right' },
          ]}
        />
      </Card>
      <ScorecardDrawer unit={scorecardUnit} onClose={() => setScorecardUnit(null)} />
    </Space>
  );
}
