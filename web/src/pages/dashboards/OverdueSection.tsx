import { Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { vi } from '../../../i18n/vi';
import type { OverdueRow } from '../../api/dashboards';

const t = vi.dashboards;
const kindColors: Record<OverdueRow['kind'], string> = { registration: 'orange', results: 'red', explanation: 'purple' };

/** Registrations not sent, results missing and explanations past their deadline, per unit. */
export function OverdueSection({ rows }: { rows: OverdueRow[] }) {
  return (
    <Table<OverdueRow>
      rowKey={(r) => `${r.unit.id}:${r.kind}:${r.dueOn}:${r.detail}`}
      size="small"
      locale={{ emptyText: t.overdueEmpty }}
      pagination={rows.length > 50 ? { pageSize: 50 } : false}
      dataSource={rows}
      columns={[
        { title: t.unit, key: 'unit', render: (_, r) => r.unit.name },
        { title: t.kind, key: 'kind', width: 170, render: (_, r) => <Tag color={kindColors[r.kind]}>{r.kindLabel}</Tag> },
        { title: t.dueOn, dataIndex: 'dueOn', width: 110, render: (v: string) => dayjs(v).format('DD/MM/YYYY') },
        { title: t.detail, dataIndex: 'detail' },
      ]}
    />
  );
}
