import { TeamOutlined, TrophyOutlined, UserOutlined } from '@ant-design/icons';
import { Card, Space, Tag, Typography } from 'antd';
import { vi } from '../../../i18n/vi';
import { formatDate } from '../../lib/dates';
import type { HonourEntry } from './honour-api';

const t = vi.honour;

/** One awardee: who, where, what they achieved, and the decision that says so. */
export function HonourCard({ entry }: { entry: HonourEntry }) {
  const collective = entry.subjectKind === 'collective';
  return (
    <Card size="small" style={{ height: '100%' }} data-testid="honour-card">
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Space size={8} align="start">
          {collective ? <TeamOutlined aria-hidden /> : <UserOutlined aria-hidden />}
          <Typography.Text strong>{entry.name}</Typography.Text>
        </Space>
        <Space size={4} wrap>
          <Tag color={collective ? 'blue' : 'gold'}>{collective ? t.collective : t.individual}</Tag>
          <Tag>{t.yearOf(entry.year)}</Tag>
        </Space>
        {!collective && <Typography.Text type="secondary">{entry.unitName}</Typography.Text>}
        <Typography.Paragraph style={{ marginBottom: 0 }} ellipsis={{ rows: 4, expandable: true, symbol: t.more }}>
          {entry.achievement ?? t.noAchievement}
        </Typography.Paragraph>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <TrophyOutlined aria-hidden /> {t.decision(entry.decisionNumber, formatDate(entry.decidedOn))}
          {entry.grantorTitle ? ` — ${t.grantor(entry.grantorTitle)}` : ''}
        </Typography.Text>
        {entry.movementTitle && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {entry.movementTitle}
          </Typography.Text>
        )}
      </Space>
    </Card>
  );
}
