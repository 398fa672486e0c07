import { Alert, Table, Tag, Typography } from 'antd';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { formatDate } from '../../lib/dates';
import { useInbox, type InboxResponse } from './api';

const t = vi.decisions;
type Row = InboxResponse['items'][number];

/** Dossiers addressed to the user's units, soonest due first; overdue ones flagged. */
export function InboxTab() {
  const inbox = useInbox();
  if (inbox.isError) return <Alert type="error" showIcon message={errorMessage(inbox.error)} />;
  return (
    <Table<Row>
      rowKey="batchId"
      data-testid="decisions-inbox"
      loading={inbox.isPending}
      dataSource={inbox.data?.items ?? []}
      locale={{ emptyText: t.inboxEmpty }}
      pagination={false}
      columns={[
        { title: t.batch, render: (_, r) => <Typography.Text>{r.title}</Typography.Text> },
        { title: t.proposingUnit, render: (_, r) => r.proposingUnit.name },
        { title: t.addressedUnit, render: (_, r) => r.addressedUnit.name },
        { title: t.submission, render: (_, r) => r.submissionNumber ?? '—', width: 130 },
        { title: t.submittedOn, render: (_, r) => formatDate(r.submittedOn), width: 110 },
        { title: t.dueOn, render: (_, r) => formatDate(r.dueOn), width: 110 },
        { title: t.nominations, dataIndex: 'nominationCount', width: 100, align: 'right' },
        {
          title: t.status,
          width: 180,
          render: (_, r) => (
            <>
              {r.overdue ? <Tag color="error">{t.overdue}</Tag> : <Tag color="success">{t.onTime}</Tag>}
              {r.forwardedFromBatchId !== null && <Tag>{t.forwarded}</Tag>}
            </>
          ),
        },
      ]}
    />
  );
}
