import { Button, Card, Table, Tag, Typography, type TableColumnsType } from 'antd';
import ReactECharts from 'echarts-for-react';
import { vi } from '../../../i18n/vi';
import type { RankingGroup, RankingRow } from '../../api/dashboards';

const t = vi.dashboards;
const bandColors: Record<string, string> = { xuat_sac: 'purple', tot: 'green', kha: 'blue', trung_binh: 'gold', yeu: 'red' };

type OpenUnit = (unit: { id: number; name: string }) => void;

const columnsFor = (open: OpenUnit): TableColumnsType<RankingRow> => [
  { title: t.rank, key: 'rank', width: 190, render: (_, r) => r.label },
  {
    title: t.unit,
    key: 'unit',
    render: (_, r) => (
      <Button type="link" size="small" style={{ padding: 0 }} title={t.scorecardOpen} onClick={() => open(r.unit)}>
        {r.unit.name}
      </Button>
    ),
  },
  { title: t.metCount, dataIndex: 'metCount', width: 110, align: 'right' },
  { title: t.total, dataIndex: 'total', width: 100, align: 'right', render: (v: number) => v.toLocaleString('vi-VN') },
  { title: t.score100, dataIndex: 'score100', width: 120, align: 'right', render: (v: number) => v.toLocaleString('vi-VN') },
  { title: t.band, key: 'band', width: 110, render: (_, r) => <Tag color={bandColors[r.band]}>{r.bandLabel}</Tag> },
];

function chartOption(group: RankingGroup) {
  const rows = [...group.rows].reverse();
  return {
    grid: { left: 160, right: 24, top: 8, bottom: 24 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', max: 100, name: t.rankingChart },
    yAxis: { type: 'category', data: rows.map((r) => r.unit.name) },
    series: [{ type: 'bar', data: rows.map((r) => r.score100), label: { show: true, position: 'right' } }],
  };
}

/** One peer group: the ranking table and the bar chart of its scores; a unit's name opens its scorecard. */
export function RankingSection({ groups, onOpenUnit }: { groups: RankingGroup[]; onOpenUnit: OpenUnit }) {
  if (groups.length === 0) return <Typography.Text type="secondary">{t.noRanking}</Typography.Text>;
  const columns = columnsFor(onOpenUnit);
  return (
    <>
      {groups.map((g) => (
        <Card key={g.key} size="small" title={t.group(g.parent.name, g.size)} style={{ marginBottom: 12 }}>
          <Table rowKey={(r) => r.unit.id} size="small" pagination={g.rows.length > 50 ? { pageSize: 50 } : false} columns={columns} dataSource={g.rows} />
          {g.rows.length > 1 && <ReactECharts option={chartOption(g)} style={{ height: Math.min(600, 40 + g.rows.length * 26) }} notMerge />}
        </Card>
      ))}
    </>
  );
}
