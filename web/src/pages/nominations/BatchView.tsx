import { Alert, Button, Descriptions, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { formatDate } from '../../lib/dates';
import { useBatch, useNominationMutation, withdrawNomination, type BatchDetailDto, type NominationDto } from './api';
import { AddNominee } from './AddNominee';
import { BatchActions, WithdrawButton } from './BatchActions';
import { CommentsPanel } from './CommentsPanel';
import { EligibleTag } from './EligibilityTrace';
import { NominationEditor } from './NominationEditor';

const t = vi.nominations;

function Duplicates({ batch }: { batch: BatchDetailDto }) {
  if (batch.duplicates.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="batch-duplicates"
      title={t.duplicates}
      description={batch.duplicates.map((d) => (
        <div key={`${d.a.id}-${d.b.id}`}>{t.duplicatePair(d.a.name, d.b.name, (d.similarity * 100).toFixed(0))}</div>
      ))}
    />
  );
}

/** One đợt đề nghị: its state, nominees with their eligibility, actions, duplicates and comments. */
export function BatchView({ batchId }: { batchId: number }) {
  const batch = useBatch(batchId);
  const [open, setOpen] = useState<number | null>(null);
  const withdraw = useNominationMutation((n: NominationDto) => withdrawNomination(n.id, n.version));
  if (batch.isPending) return <Spin />;
  if (batch.isError) return <Alert type="error" showIcon title={errorMessage(batch.error)} />;
  const b = batch.data;
  const editing = b.nominations.find((n) => n.id === open) ?? null;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="nomination-batch">
      <Descriptions size="small" column={{ xs: 1, md: 2 }} title={b.title}>
        <Descriptions.Item label={t.status}>
          <Tag>{b.statusLabel}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t.dueOn}>{b.dueOn ? formatDate(b.dueOn) : t.noDue}</Descriptions.Item>
        <Descriptions.Item label={t.proposingUnit}>{b.proposingUnit.name}</Descriptions.Item>
        <Descriptions.Item label={t.addressedUnit}>{b.addressedUnit.name}</Descriptions.Item>
        {b.submissionNumber && <Descriptions.Item label={t.submissionNumber}>{b.submissionNumber}</Descriptions.Item>}
      </Descriptions>
      {b.status === 'tra_lai' && b.returnReason && <Alert type="warning" showIcon title={t.returned(b.returnReason)} />}
      <BatchActions batch={b} />
      <Duplicates batch={b} />
      {b.can.edit && <AddNominee batch={b} />}
      {withdraw.isError && <Alert type="error" showIcon title={errorMessage(withdraw.error)} />}
      <Table<NominationDto>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={b.nominations}
        rowClassName={(n) => (n.status === 'rut' ? 'ant-table-row-disabled' : '')}
        columns={[
          { title: t.nominee, render: (_, n) => <Typography.Text delete={n.status === 'rut'}>{n.nomineeName}</Typography.Text> },
          { title: t.subject, render: (_, n) => (n.subjectKind === 'individual' ? t.individual : t.collective) },
          { title: t.award, dataIndex: 'awardName' },
          { title: t.eligible, render: (_, n) => <EligibleTag eligible={n.eligible} evaluated={n.eligibility !== null} overridden={!!n.overrideReason} /> },
          { title: t.status, dataIndex: 'statusLabel' },
          {
            title: '',
            render: (_, n) => (
              <Space>
                <Button size="small" onClick={() => setOpen(n.id)} data-testid={`nomination-open-${n.id}`}>
                  {t.edit}
                </Button>
                {b.can.edit && n.status === 'de_nghi' && <WithdrawButton name={n.nomineeName} pending={withdraw.isPending} onConfirm={() => withdraw.mutate(n)} />}
              </Space>
            ),
          },
        ]}
      />
      <CommentsPanel batch={b} />
      {editing && <NominationEditor key={`${editing.id}-${editing.version}`} nomination={editing} editable={b.can.edit && editing.status === 'de_nghi'} onClose={() => setOpen(null)} />}
    </Space>
  );
}
