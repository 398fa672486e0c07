import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { vi } from '../../../i18n/vi';
import { hasPermission, useMe } from '../../api/auth';
import { errorMessage } from '../../api/client';
import { useSessions, type SessionSummaryDto } from '../../api/council';
import { formatDate } from '../../lib/dates';
import { CreateSessionDialog } from './CreateSessionDialog';
import { SessionDetail } from './SessionDetail';

const t = vi.council;
export const statusColor: Record<string, string> = { chuan_bi: 'default', dang_bo_phieu: 'processing', da_dong: 'success' };

/** Sessions of the councils the user runs or sits on; ?phien=<id> opens one. */
export default function CouncilPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const list = useSessions();
  const selected = Number(params.get('phien') ?? 0);
  const show = (id: number | null) => setParams(id === null ? {} : { phien: String(id) });

  if (selected > 0) return <SessionDetail id={selected} onBack={() => show(null)} />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="council-page">
      <Typography.Title level={3}>{t.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      {list.isError && <Alert type="error" showIcon message={errorMessage(list.error)} />}
      <Card
        extra={
          hasPermission(me.data, 'council.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t.newSession}
            </Button>
          )
        }
      >
        <Table<SessionSummaryDto>
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: t.empty }}
          pagination={false}
          columns={[
            { title: t.meetingOn, dataIndex: 'meetingOn', render: (d: string) => formatDate(d), width: 120 },
            { title: t.sessionTitle, dataIndex: 'title', render: (v: string, s) => <Typography.Link onClick={() => show(s.id)}>{v}</Typography.Link> },
            { title: t.unit, render: (_, s) => s.unit.name },
            { title: t.movement, render: (_, s) => s.movement.title },
            { title: t.nominees, render: (_, s) => `${t.itemCount(s.itemCount)}, ${t.memberCount(s.memberCount)}` },
            { title: t.status, render: (_, s) => <Tag color={statusColor[s.status]}>{s.statusLabel}</Tag>, width: 140 },
          ]}
        />
      </Card>
      {creating && <CreateSessionDialog onClose={() => setCreating(false)} onCreated={(id) => show(id)} />}
    </Space>
  );
}
