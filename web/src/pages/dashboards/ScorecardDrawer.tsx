import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Drawer, Empty, Spin, Table, Tag } from 'antd';
import ReactECharts from 'echarts-for-react';
import { useState } from 'react';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { downloadScorecard, useScorecard, type ScorecardResponse } from '../../api/dashboards';

const t = vi.dashboards;
type Row = { key: string; year: number; name: string; score: number | null; rank: string; band: string; basis: string | null };

function rowsOf(s: ScorecardResponse): Row[] {
  return s.years.flatMap((y) => [
    ...y.movements.map((m) => ({ key: `m${y.year}:${m.movement.id}`, year: y.year, name: m.movement.title, score: m.score100, rank: m.label, band: m.bandLabel, basis: m.basis === 'appraised' ? t.basisAppraised : t.basisResults })),
    ...y.indices.map((i) => ({ key: `i${y.year}:${i.code}`, year: y.year, name: i.label, score: i.score, rank: i.rank === null ? '' : `${i.rank}${i.rankOf ? `/${i.rankOf}` : ''}`, band: i.band ?? '', basis: null })),
  ]);
}

/** One line per movement and per index: the score (thang 100) across the years. */
function chartOption(s: ScorecardResponse) {
  const years = s.years.map((y) => String(y.year));
  const series = new Map<string, (number | null)[]>();
  s.years.forEach((y, i) => {
    const put = (name: string, v: number | null) => {
      const list = series.get(name) ?? years.map(() => null);
      list[i] = v;
      series.set(name, list);
    };
    y.movements.forEach((m) => put(m.movement.title, m.score100));
    y.indices.forEach((x) => put(x.label, x.score));
  });
  return {
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 40, right: 24, top: 24, bottom: 48 },
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value', max: 100, name: t.scorecardChart },
    series: [...series].map(([name, data]) => ({ name, type: 'line', data, connectNulls: true })),
  };
}

/** A unit's scores, ranks and indices across years, opened from the ranking. */
export function ScorecardDrawer({ unit, onClose }: { unit: { id: number; name: string } | null; onClose: () => void }) {
  const q = useScorecard(unit?.id ?? null);
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  const s = q.data;
  const exportXlsx = async () => {
    if (!unit) return;
    setExporting(true);
    try {
      await downloadScorecard(unit.id);
    } catch (err) {
      void message.error(errorMessage(err) || t.exportError);
    } finally {
      setExporting(false);
    }
  };
  return (
    <Drawer
      open={unit !== null}
      onClose={onClose}
      size={760}
      destroyOnHidden
      title={unit ? t.scorecard(unit.name) : ''}
      extra={
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportXlsx()} data-testid="scorecard-export">
          {t.export}
        </Button>
      }
    >
      {q.isError ? (
        <Alert type="error" showIcon title={errorMessage(q.error) || t.scorecardError} />
      ) : !s ? (
        <Spin />
      ) : s.years.length === 0 ? (
        <Empty description={t.scorecardEmpty} />
      ) : (
        <div data-testid="scorecard">
          <ReactECharts option={chartOption(s)} style={{ height: 280 }} notMerge />
          <Table<Row>
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={rowsOf(s)}
            columns={[
              { title: t.year, dataIndex: 'year', width: 70 },
              { title: `${t.movement} / ${t.indexName}`, dataIndex: 'name' },
              { title: t.indexScore, dataIndex: 'score', width: 80, align: 'right', render: (v: number | null) => (v === null ? '' : v.toLocaleString('vi-VN')) },
              { title: t.rank, dataIndex: 'rank', width: 150 },
              { title: t.band, dataIndex: 'band', width: 100, render: (v: string) => (v ? <Tag>{v}</Tag> : '') },
              { title: t.basis, dataIndex: 'basis', width: 130 },
            ]}
          />
        </div>
      )}
    </Drawer>
  );
}
