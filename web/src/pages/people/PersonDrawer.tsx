import { EditOutlined, StopOutlined, SwapOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Drawer, Empty, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { deactivatePerson, peopleKeys, usePerson, type PersonDetailResponse } from '../../api/people';
import { unitKeys } from '../../api/units';
import { formatDate } from '../../lib/dates';
import { PersonFormDialog } from './PersonFormDialog';
import { TransferDialog } from './TransferDialog';

function Transfers({ person }: { person: PersonDetailResponse }) {
  if (person.transfers.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={vi.people.noTransfers} />;
  return (
    <Timeline
      items={[...person.transfers].reverse().map((t) => ({
        key: t.id,
        content: (
          <>
            <Typography.Text type="secondary">{formatDate(t.effectiveDate)}</Typography.Text>
            <div>{t.fromUnitName ? vi.people.transferLine(t.fromUnitName, t.toUnitName) : vi.people.joined(t.toUnitName)}</div>
            {t.reason && <Typography.Text type="secondary">{t.reason}</Typography.Text>}
          </>
        ),
      }))}
    />
  );
}

export function PersonDrawer({ personId, onClose }: { personId: number | null; onClose: () => void }) {
  const detail = usePerson(personId);
  const [dialog, setDialog] = useState<'edit' | 'transfer' | null>(null);
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const deactivate = useMutation({
    mutationFn: deactivatePerson,
    onSuccess: () => {
      void message.success(vi.people.deactivated);
      void queryClient.invalidateQueries({ queryKey: peopleKeys.all });
      void queryClient.invalidateQueries({ queryKey: unitKeys.all });
      onClose();
    },
    onError: (err) => void message.error(errorMessage(err)),
  });
  const person = detail.data;

  const actions = person?.canWrite && person.active && (
    <Space wrap>
      <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
        {vi.common.edit}
      </Button>
      <Button icon={<SwapOutlined />} onClick={() => setDialog('transfer')}>
        {vi.people.transfer}
      </Button>
      <Button
        danger
        icon={<StopOutlined />}
        loading={deactivate.isPending}
        onClick={() =>
          modal.confirm({
            title: vi.people.deactivate,
            content: vi.people.deactivateConfirm(person.fullName),
            okText: vi.people.deactivate,
            okButtonProps: { danger: true },
            cancelText: vi.common.cancel,
            onOk: () => deactivate.mutateAsync(person.id).catch(() => undefined),
          })
        }
      >
        {vi.people.deactivate}
      </Button>
    </Space>
  );

  return (
    <Drawer open={personId !== null} onClose={onClose} size={560} title={person?.fullName ?? vi.people.detailTitle} destroyOnHidden>
      {detail.isPending && <Skeleton active />}
      {detail.isError && <Alert type="error" showIcon title={errorMessage(detail.error)} />}
      {person && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          {actions}
          <Descriptions
            bordered
            size="small"
            column={1}
            items={[
              { key: 'name', label: vi.people.fullName, children: person.fullName },
              { key: 'gender', label: vi.people.gender, children: person.genderLabel ?? '—' },
              { key: 'birth', label: vi.people.birthYear, children: person.birthYear ?? '—' },
              { key: 'position', label: vi.people.position, children: person.position ?? '—' },
              { key: 'category', label: vi.people.category, children: person.categoryLabel },
              { key: 'head', label: vi.people.isUnitHead, children: person.isUnitHead ? vi.common.yes : vi.common.no },
              { key: 'unit', label: vi.people.unit, children: person.unitPath.map((u) => u.name).join(' › ') || person.unitName },
              {
                key: 'status',
                label: vi.people.status,
                children: person.active ? <Tag color="green">{vi.people.active}</Tag> : <Tag>{vi.people.inactive}</Tag>,
              },
            ]}
          />
          <div>
            <Typography.Title level={5}>{vi.people.transfers}</Typography.Title>
            <Transfers person={person} />
          </div>
        </Space>
      )}
      {person && dialog === 'edit' && (
        <PersonFormDialog mode="edit" person={person} onClose={() => setDialog(null)} onSaved={() => setDialog(null)} />
      )}
      {person && dialog === 'transfer' && <TransferDialog person={person} onClose={() => setDialog(null)} />}
    </Drawer>
  );
}
