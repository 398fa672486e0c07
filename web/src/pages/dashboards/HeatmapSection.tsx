import { Typography } from 'antd';
import ReactECharts from 'echarts-for-react';
import { cellStateLabels, cellStates } from '../../../../src/modules/dashboards/dashboard-labels';
import { vi } from '../../../i18n/vi';
import type { DashboardResponse } from '../../api/dashboards';

const t = vi.dashboards;
const colors = { met: '#52c41a', not_met: '#ff4d4f', missing: '#d9d9d9' } as const;

/** Criteria × units, each cell met (green), not met (red) or without a value (grey). */
export function HeatmapSection({ d }: { d: DashboardResponse }) {
  if (d.heatmap.length === 0) return <Typography.Text type="secondary">{t.heatmapEmpty}</Typography.Text>;
  const units = d.heatmap.map((h) => h.unit.name);
  const data = d.heatmap.flatMap((h, y) => h.cells.map((s, x) => [x, y, cellStates.indexOf(s)]));
  const option = {
    tooltip: {
      formatter: (p: { value: [number, number, number] }) =>
        `${units[p.value[1]]}<br/>${d.criteria[p.value[0]]?.label ?? ''}: ${cellStateLabels[cellStates[p.value[2]]!]}`,
    },
    grid: { left: 160, right: 16, top: 8, bottom: 90 },
    xAxis: { type: 'category', data: d.criteria.map((c) => c.label), axisLabel: { rotate: 45 } },
    yAxis: { type: 'category', data: units, inverse: true },
    visualMap: {
      type: 'piecewise',
      show: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      pieces: cellStates.map((s, i) => ({ value: i, label: cellStateLabels[s], color: colors[s] })),
    },
    series: [{ type: 'heatmap', data, itemStyle: { borderColor: '#fff', borderWidth: 1 } }],
  };
  return <ReactECharts option={option} style={{ height: Math.min(900, 140 + units.length * 24) }} notMerge />;
}
