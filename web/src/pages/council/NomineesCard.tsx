import { Button, Card, Checkbox, Empty, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import { vi } from '../../../i18n/vi';
import { addItems, removeItem, useCandidates, type SessionDto } from '../../api/council';
import { useSessionChange } from './use-session-change';

const t = vi.council;
type Item = SessionDto['items'][number];

export function NomineesCard({ session: s }: { session: SessionDto }) {
  const editable = s.canManage && s.status === 'chuan_bi';
  const [picking, setPicking] = useState(false);
  const [picked, setPicked] = useState<number[]>([]);
  const candidates = useCandidates(s.id, picking);
  const add = useSessionChange(s.id, (ids: number[]) => addItems(s.id, ids), t.saved);
  const remove = useSessionChange(s.id, (nominationId: number) => removeItem(s.id, nominationId));
  return (
    <Card
      title={t.nominees}
      extra={
        editable && (
          <Button onClick={() => setPicking(true)}>
            {t.addNominees}
          </Button>
        )
      }
    >
      <Table<Item>
        rowKey="nominationId"
        size="small"
        pagination={false}
        dataSource={s.items}
        columns={[
          { title: 'TT', dataIndex: 'position', width: 50 },
          { title: t.nominee, dataIndex: 'nomineeName' },
          { title: t.nomineeUnit, render: (_, i) => i.unit.name },
          { title: t.award, dataIndex: 'catalogueCode' },
          ...(s.status === 'dang_bo_phieu' ? [{ title: t.voted, dataIndex: 'voted', width: 110 }] : []),
          ...(editable
            ? [{ title: '', width: 70, render: (_: unknown, i: Item) => <Button size="small" danger onClick={() => remove.mutate(i.nominationId)}>{t.remove}</Button> }]
            : []),
        ]}
      />
      <Modal
        open={picking}
        title={t.addNominees}
        okButtonProps={{ disabled: picked.length === 0 }}
        confirmLoading={add.isPending}
        onCancel={() => setPicking(false)}
        onOk={() => add.mutate(picked, { onSuccess: () => { setPicking(false); setPicked([]); } })}
      >
        {(candidates.data?.items.length ?? 0) === 0 && !candidates.isPending ? (
          <Empty description={t.noCandidates} />
        ) : (
          <Checkbox.Group value={picked} onChange={(v) => setPicked(v as number[])} style={{ display: 'grid', gap: 8 }}>
            {(candidates.data?.items ?? []).map((c) => (
              <Checkbox key={c.nominationId} value={c.nominationId}>
                {c.nomineeName} — {c.unit.name}
                <Typography.Text type="secondary"> ({t.batch}: {c.batch.title})</Typography.Text>
              </Checkbox>
            ))}
          </Checkbox.Group>
        )}
      </Modal>
    </Card>
  );
}
