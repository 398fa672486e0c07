import { Alert, Descriptions, Space, Table, Typography } from 'antd';
import { entrySubjectLabels } from '../../../../src/modules/registrations/registration-labels';
import { vi } from '../../../i18n/vi';
import type { RegistrationDto } from '../../api/registrations';
import { formatDateTime } from '../../lib/dates';
import { RegistrationStatusTag } from './RegistrationStatusTag';
import { titleLabel } from './titles';

const t = vi.registrations;
type Entry = RegistrationDto['entries'][number];

/** A registration as sent: status, reason when returned, commitments and the titles registered. */
export function RegistrationView({ registration: r }: { registration: RegistrationDto }) {
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="registration-view">
      <Space wrap>
        <RegistrationStatusTag status={r.status} />
        {r.submittedBy && r.submittedAt && <Typography.Text type="secondary">{t.submittedBy(r.submittedBy.fullName, formatDateTime(r.submittedAt))}</Typography.Text>}
        {r.decidedBy && r.decidedAt && <Typography.Text type="secondary">{t.decidedBy(r.decidedBy.fullName, formatDateTime(r.decidedAt))}</Typography.Text>}
      </Space>
      {r.status === 'tra_lai' && r.returnReason && <ReturnReasonAlert reason={r.returnReason} />}
      <Descriptions size="small" column={1} items={[{ key: 'c', label: t.commitments, children: r.commitments || '—' }]} />
      <Table<Entry>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={r.entries}
        locale={{ emptyText: t.noEntries }}
        columns={[
          { title: t.subject, key: 'subject', width: 110, render: (_, e) => entrySubjectLabels[e.subject] },
          { title: t.person, key: 'person', render: (_, e) => (e.person ? e.person.fullName : r.unit.name) },
          { title: t.title, key: 'title', render: (_, e) => titleLabel(e.targetTitle) },
          { title: t.commitment, key: 'commitment', render: (_, e) => e.commitment ?? '—' },
        ]}
      />
    </Space>
  );
}

export function ReturnReasonAlert({ reason }: { reason: string }) {
  return <Alert type="warning" showIcon title={t.returnedWith(reason)} data-testid="registration-return-reason" />;
}
