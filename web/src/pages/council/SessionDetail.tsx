import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Space, Spin, Tag, Typography } from 'antd';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { closeSession, downloadMinutes, openVoting, useSession } from '../../api/council';
import { formatDate } from '../../lib/dates';
import { BallotCard } from './BallotCard';
import { statusColor } from './CouncilPage';
import { MembersCard } from './MembersCard';
import { NomineesCard } from './NomineesCard';
import { RecusalsCard } from './RecusalsCard';
import { TallyCard } from './TallyCard';
import { useSessionChange } from './use-session-change';

const t = vi.council;
const pct = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

export function SessionDetail({ id, onBack }: { id: number; onBack: () => void }) {
  const session = useSession(id);
  const { message } = App.useApp();
  const open = useSessionChange(id, () => openVoting(id));
  const close = useSessionChange(id, () => closeSession(id));
  const s = session.data;
  const download = (part: 'meeting' | 'tally') => downloadMinutes(id, part).catch((err: unknown) => void message.error(errorMessage(err)));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
        {t.back}
      </Button>
      {session.isError && <Alert type="error" showIcon message={errorMessage(session.error)} />}
      {session.isPending && <Spin />}
      {s && (
        <>
          <Typography.Title level={3}>
            {s.title} <Tag color={statusColor[s.status]}>{s.statusLabel}</Tag>
          </Typography.Title>
          <Card>
            <Descriptions column={2} size="small">
              <Descriptions.Item label={t.unit}>{s.unit.name}</Descriptions.Item>
              <Descriptions.Item label={t.movement}>{s.movement.title}</Descriptions.Item>
              <Descriptions.Item label={t.meetingOn}>{formatDate(s.meetingOn)}</Descriptions.Item>
              <Descriptions.Item label={t.location}>{s.location ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t.threshold}>{pct(s.thresholdPercent)}</Descriptions.Item>
              <Descriptions.Item label={t.quorum}>{pct(s.quorumPercent)}</Descriptions.Item>
            </Descriptions>
            <Typography.Paragraph style={{ marginTop: 8 }} type={s.quorum.met ? 'success' : 'warning'}>
              {t.quorumLine(s.quorum.present, s.quorum.members, pct(s.quorum.percent), s.quorum.met, pct(s.quorumPercent))}
            </Typography.Paragraph>
            <Space wrap>
              {s.canManage && s.status === 'chuan_bi' && (
                <Popconfirm title={t.openConfirm} onConfirm={() => open.mutate(undefined)}>
                  <Button type="primary" loading={open.isPending}>
                    {t.openVoting}
                  </Button>
                </Popconfirm>
              )}
              {s.canManage && s.status === 'dang_bo_phieu' && (
                <Popconfirm title={t.closeConfirm} onConfirm={() => close.mutate(undefined)}>
                  <Button type="primary" danger loading={close.isPending}>
                    {t.close}
                  </Button>
                </Popconfirm>
              )}
              <Button icon={<DownloadOutlined />} onClick={() => void download('meeting')}>
                {t.meetingMinutes}
              </Button>
              {s.status === 'da_dong' && (
                <Button icon={<DownloadOutlined />} onClick={() => void download('tally')}>
                  {t.tallyMinutes}
                </Button>
              )}
            </Space>
          </Card>
          {s.me.memberId !== null && <BallotCard session={s} />}
          {s.tally && <TallyCard session={s} />}
          <NomineesCard session={s} />
          <MembersCard session={s} />
          <RecusalsCard session={s} />
        </>
      )}
    </Space>
  );
}
