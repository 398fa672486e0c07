import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Popconfirm, Radio, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { castBallot, councilKeys, type Choice, type SessionDto } from '../../api/council';

const t = vi.council;
type Item = SessionDto['items'][number];

/** The member's own secret ballot: one row per nominee, sent once; afterwards only "Đã bỏ phiếu". */
export function BallotCard({ session: s }: { session: SessionDto }) {
  const [choices, setChoices] = useState<Record<number, Choice>>({});
  const qc = useQueryClient();
  const { message } = App.useApp();
  const send = useMutation({
    mutationFn: () => castBallot(s.id, Object.entries(choices).map(([nominationId, choice]) => ({ nominationId: Number(nominationId), choice }))),
    onSuccess: () => {
      setChoices({});
      void qc.invalidateQueries({ queryKey: councilKeys.detail(s.id) });
      void message.success(t.ballotSent);
    },
    onError: (err) => void message.error(errorMessage(err)),
  });
  const voted = new Set(s.me.votedNominationIds);
  const recused = new Set(s.me.recusedNominationIds);
  const open = s.status === 'dang_bo_phieu' && s.me.mayVote;
  const cell = (i: Item) => {
    if (voted.has(i.nominationId)) return <Tag color="success">{t.alreadyVoted}</Tag>;
    if (recused.has(i.nominationId)) return <Tag>{t.recused}</Tag>;
    if (!open) return null;
    return (
      <Radio.Group
        aria-label={`${t.ballot}: ${i.nomineeName}`}
        value={choices[i.nominationId]}
        onChange={(e) => setChoices((c) => ({ ...c, [i.nominationId]: e.target.value as Choice }))}
        options={[
          { value: 'dong_y', label: t.agree },
          { value: 'khong_dong_y', label: t.disagree },
        ]}
      />
    );
  };
  return (
    <Card title={t.ballot} data-testid="council-ballot">
      {s.status === 'chuan_bi' && <Alert type="info" showIcon message={t.notOpen} />}
      {s.status === 'da_dong' && <Alert type="info" showIcon message={t.closedNote} />}
      {open && <Typography.Paragraph type="secondary">{t.ballotHint}</Typography.Paragraph>}
      <Table<Item>
        rowKey="nominationId"
        size="small"
        pagination={false}
        dataSource={s.items}
        columns={[
          { title: t.nominee, dataIndex: 'nomineeName' },
          { title: t.nomineeUnit, render: (_, i) => i.unit.name },
          { title: t.ballot, render: (_, i) => cell(i) },
        ]}
      />
      {open && (
        <Popconfirm title={t.ballotConfirm} onConfirm={() => send.mutate()} disabled={Object.keys(choices).length === 0}>
          <Button type="primary" style={{ marginTop: 12 }} loading={send.isPending} disabled={Object.keys(choices).length === 0}>
            {t.submitBallot}
          </Button>
        </Popconfirm>
      )}
    </Card>
  );
}
