import { Alert, Card, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { vi } from '../../../../i18n/vi';
import { errorMessage } from '../../../api/client';
import { useDiff, type MovementDetail, type PlanChangeDto, type VersionDto } from '../../../api/movements';
import { formatDateTime } from '../../../lib/dates';

const t = vi.movements.versions;
const changeColors = { added: 'green', removed: 'red', changed: 'gold' } as const;
const rowColors = { added: '#f6ffed', removed: '#fff1f0', changed: '#fffbe6' } as const;

/** Lịch sử phiên bản: every version, and what changed between two of them. */
export function VersionsTab({ detail }: { detail: MovementDetail }) {
  const all = [...detail.versions, ...(detail.draft && !detail.versions.some((v) => v.versionNo === detail.draft!.versionNo) ? [detail.draft] : [])].sort(
    (a, b) => a.versionNo - b.versionNo,
  );
  const last = all[all.length - 1]?.versionNo ?? null;
  const [from, setFrom] = useState<number | null>(all.length > 1 ? all[all.length - 2]!.versionNo : null);
  const [to, setTo] = useState<number | null>(last);
  const diff = useDiff(detail.id, from, to);
  const options = all.map((v) => ({ value: v.versionNo, label: vi.movements.versionOption(v.versionNo, v.state === 'draft' ? vi.movements.stateDraft : vi.movements.stateIssued) }));

  const versionColumns: TableColumnsType<VersionDto> = [
    { title: t.no, dataIndex: 'versionNo', width: 90 },
    {
      title: t.state,
      dataIndex: 'state',
      width: 140,
      render: (s: string) => <Tag color={s === 'draft' ? 'default' : 'blue'}>{s === 'draft' ? vi.movements.stateDraft : vi.movements.stateIssued}</Tag>,
    },
    { title: t.changeNote, dataIndex: 'changeNote', render: (v: string | null) => v ?? '—' },
    { title: t.createdAt, dataIndex: 'createdAt', width: 160, render: (v: string) => formatDateTime(v) },
    { title: t.issuedAt, dataIndex: 'issuedAt', width: 160, render: (v: string | null) => formatDateTime(v) },
    { title: t.issuedBy, dataIndex: 'issuedBy', width: 180, render: (v: string | null) => v ?? '—' },
  ];
  const diffColumns: TableColumnsType<PlanChangeDto> = [
    { title: t.change, dataIndex: 'change', width: 90, render: (c: PlanChangeDto['change']) => <Tag color={changeColors[c]}>{t[c]}</Tag> },
    { title: t.label, dataIndex: 'label', width: 280 },
    { title: t.before, dataIndex: 'before', render: (v: string | null) => <Cell value={v} /> },
    { title: t.after, dataIndex: 'after', render: (v: string | null) => <Cell value={v} /> },
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Table<VersionDto> data-testid="versions-table" rowKey="versionNo" size="small" pagination={false} columns={versionColumns} dataSource={all} />
      <Card size="small" title={t.compare}>
        <Space wrap style={{ marginBottom: 12 }}>
          <Select aria-label={t.from} data-testid="diff-from" value={from} options={options} onChange={setFrom} style={{ width: 240 }} />
          <span>→</span>
          <Select aria-label={t.to} data-testid="diff-to" value={to} options={options} onChange={setTo} style={{ width: 240 }} />
        </Space>
        {(from === null || to === null || from === to) && <Typography.Paragraph type="secondary">{t.pickTwo}</Typography.Paragraph>}
        {diff.isError && <Alert type="error" showIcon title={errorMessage(diff.error)} />}
        {diff.data && (
          <Table<PlanChangeDto>
            data-testid="diff-table"
            rowKey={(c) => `${c.path}:${c.change}`}
            size="small"
            pagination={false}
            columns={diffColumns}
            dataSource={diff.data.changes}
            loading={diff.isFetching}
            locale={{ emptyText: t.noChanges }}
            onRow={(c) => ({ style: { background: rowColors[c.change] } })}
          />
        )}
      </Card>
    </Space>
  );
}

function Cell({ value }: { value: string | null }) {
  return value === null ? <Typography.Text type="secondary">—</Typography.Text> : <span style={{ whiteSpace: 'pre-line' }}>{value}</span>;
}
