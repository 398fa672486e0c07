import { Card, Table, Tag, Typography } from 'antd';
import { vi } from '../../../i18n/vi';
import type { SessionDto } from '../../api/council';

const t = vi.council;
type Row = NonNullable<SessionDto['tally']>['nominees'][number];

/** Counts only: the API never returns a ballot. */
export function TallyCard({ session: s }: { session: SessionDto }) {
  const tally = s.tally!;
  return (
    <Card title={t.tally} data-testid="council-tally">
      <Typography.Paragraph>{t.ballots(tally.issued, tally.returned, tally.valid)}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t.base}</Typography.Paragraph>
      <Table<Row>
        rowKey="nominationId"
        size="small"
        pagination={false}
        dataSource={tally.nominees}
        columns={[
          { title: t.nominee, dataIndex: 'nomineeName' },
          { title: t.agree, dataIndex: 'agree', align: 'center' },
          { title: t.disagree, dataIndex: 'disagree', align: 'center' },
          { title: t.notVoted, dataIndex: 'notVoted', align: 'center' },
          { title: t.recused, dataIndex: 'recused', align: 'center' },
          { title: t.percent, align: 'center', render: (_, n) => `${n.percent.toLocaleString('vi-VN', { maximumFractionDigits: 2 })}% (${n.agree}/${n.eligible})` },
          { title: t.result, render: (_, n) => <Tag color={n.passed ? 'success' : 'error'}>{n.resultLabel}</Tag> },
        ]}
      />
    </Card>
  );
}
