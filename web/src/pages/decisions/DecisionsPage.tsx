import { Alert, Table, Tabs, Tag, Typography, Space } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { formatDate } from '../../lib/dates';
import { AgreedTab } from './AgreedTab';
import { DecisionDetail } from './DecisionDetail';
import { InboxTab } from './InboxTab';
import { useDecisions, type DecisionList } from './api';

const t = vi.decisions;
const money = new Intl.NumberFormat('vi-VN');
type Row = DecisionList['items'][number];

function DecisionsTab({ open }: { open: (id: number) => void }) {
  const list = useDecisions();
  if (list.isError) return <Alert type="error" showIcon message={errorMessage(list.error)} />;
  return (
    <Table<Row>
      rowKey="id"
      loading={list.isPending}
      dataSource={list.data?.items ?? []}
      locale={{ emptyText: t.decisionsEmpty }}
      pagination={false}
      columns={[
        { title: t.number, render: (_, d) => <Typography.Link onClick={() => open(d.id)}>{d.number ?? `(${d.statusLabel.toLowerCase()})`}</Typography.Link>, width: 150 },
        { title: t.signedOn, render: (_, d) => formatDate(d.signedOn), width: 110 },
        { title: t.grantor, dataIndex: 'grantorTitle' },
        { title: t.submission, render: (_, d) => d.submissionNumber ?? '—', width: 130 },
        { title: t.awardees, dataIndex: 'awardeeCount', align: 'right', width: 110 },
        { title: t.total, render: (_, d) => money.format(d.totalAmount), align: 'right', width: 150 },
        { title: t.status, render: (_, d) => <Tag color={d.status === 'da_ban_hanh' ? 'success' : 'default'}>{d.statusLabel}</Tag>, width: 120 },
      ]}
    />
  );
}

/** «Quyết định khen thưởng»: ?tab=inbox|agreed|decisions, ?qd=<id> opens a decision. */
export default function DecisionsPage() {
  const [params, setParams] = useSearchParams();
  const selected = Number(params.get('qd') ?? 0);
  const tab = params.get('tab') ?? 'inbox';
  if (selected > 0) return <DecisionDetail id={selected} onBack={() => setParams({ tab: 'decisions' })} />;
  const open = (id: number) => setParams({ qd: String(id) });
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="decisions-page">
      <Typography.Title level={3}>{t.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k })}
        items={[
          { key: 'inbox', label: t.tabs.inbox, children: <InboxTab /> },
          { key: 'agreed', label: t.tabs.agreed, children: <AgreedTab onDrafted={open} /> },
          { key: 'decisions', label: t.tabs.decisions, children: <DecisionsTab open={open} /> },
        ]}
      />
    </Space>
  );
}
