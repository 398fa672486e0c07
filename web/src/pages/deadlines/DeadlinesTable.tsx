import { App, Button, Popconfirm, Space, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { useUndoDone } from '../../api/deadlines';
import { formatDate } from '../../lib/dates';
import { paths } from '../../paths';
import { DeadlineStatusTag } from './DeadlineStatusTag';
import type { DeadlineRow } from './deadline-rows';
import { MarkDoneDialog } from './MarkDoneDialog';

const t = vi.deadlines;

interface Props {
  rows: DeadlineRow[];
  loading: boolean;
  canMark: boolean;
  today: string;
}

export function DeadlinesTable({ rows, loading, canMark, today }: Props) {
  const [marking, setMarking] = useState<DeadlineRow | null>(null);
  const undo = useUndoDone();
  const { message } = App.useApp();

  const columns: TableColumnsType<DeadlineRow> = [
    {
      title: t.columns.dueOn,
      key: 'dueOn',
      width: 120,
      render: (_, r) => (r.entry.dueOn ? formatDate(r.entry.dueOn) : <Typography.Text type="secondary">{t.unscheduled}</Typography.Text>),
    },
    {
      title: t.columns.deadline,
      key: 'deadline',
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{r.entry.deadline.title}</Typography.Text>
          <Link to={paths.movement(r.entry.movement.id)}>
            <Typography.Text type="secondary">{[r.entry.movement.number, r.entry.movement.title].filter(Boolean).join(' — ')}</Typography.Text>
          </Link>
          {r.entry.recipient && (
            <Typography.Text type="secondary">
              {t.columns.recipient}: {r.entry.recipient}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { title: t.columns.unit, key: 'unit', width: 220, render: (_, r) => r.unit?.unit.name ?? <Typography.Text type="secondary">{t.noUnits}</Typography.Text> },
    {
      title: t.columns.status,
      key: 'status',
      width: 160,
      render: (_, r) => (r.unit?.byPlan ? <Tooltip title={t.byPlan}><span><DeadlineStatusTag status={r.status} /></span></Tooltip> : <DeadlineStatusTag status={r.status} />),
    },
    { title: t.columns.doneOn, key: 'doneOn', width: 130, render: (_, r) => (r.unit?.doneOn ? formatDate(r.unit.doneOn) : '—') },
  ];
  if (canMark) {
    columns.push({
      title: vi.common.actions,
      key: 'actions',
      width: 190,
      render: (_, r) => {
        if (!r.unit || !r.entry.dueOn) return null;
        if (r.unit.completionId !== null) {
          const id = r.unit.completionId;
          return (
            <Popconfirm
              title={t.undoConfirm}
              okText={t.undo}
              cancelText={vi.common.cancel}
              onConfirm={() =>
                undo.mutateAsync(id).then(
                  () => void message.success(t.undone),
                  (err: unknown) => void message.error(errorMessage(err)),
                )
              }
            >
              <Button size="small" data-testid="deadline-undo">
                {t.undo}
              </Button>
            </Popconfirm>
          );
        }
        if (r.unit.doneOn !== null) return null;
        return (
          <Button size="small" type="primary" ghost data-testid="deadline-mark-done" onClick={() => setMarking(r)}>
            {t.markDone}
          </Button>
        );
      },
    });
  }

  return (
    <>
      <Table<DeadlineRow>
        data-testid="deadlines-table"
        rowKey="key"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={loading}
        locale={{ emptyText: vi.common.empty }}
        pagination={{ pageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100], showTotal: (total) => vi.common.total(total) }}
        scroll={{ x: 900 }}
      />
      {marking && <MarkDoneDialog row={marking} today={today} onClose={() => setMarking(null)} />}
    </>
  );
}
