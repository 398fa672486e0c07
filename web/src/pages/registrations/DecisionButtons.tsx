import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { approveRegistration, registrationKeys, returnRegistration, type RegistrationDto } from '../../api/registrations';
import { ReturnDialog } from './ReturnDialog';

const t = vi.registrations;

/** The upper level's two answers to a registration waiting for approval. */
export function DecisionButtons({ movementId, registrationId, unitName }: { movementId: number; registrationId: number; unitName: string }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [returning, setReturning] = useState(false);
  const done = (r: RegistrationDto, text: string) => {
    queryClient.setQueryData(registrationKeys.detail(r.id), r);
    void queryClient.invalidateQueries({ queryKey: registrationKeys.list(movementId) });
    void message.success(text);
  };
  const approve = useMutation({
    mutationFn: () => approveRegistration(registrationId),
    onSuccess: (r) => done(r, t.approved),
    onError: (err) => void message.error(errorMessage(err)),
  });
  const giveBack = useMutation({
    mutationFn: (reason: string) => returnRegistration(registrationId, reason),
    onSuccess: (r) => {
      setReturning(false);
      done(r, t.returned);
    },
  });
  return (
    <Space size={4}>
      <Popconfirm
        title={`${t.approve} — ${unitName}?`}
        okText={t.approve}
        cancelText={vi.common.cancel}
        onConfirm={() => approve.mutate()}
        okButtonProps={{ 'data-testid': 'registration-approve-confirm' } as never}
      >
        <Button size="small" type="primary" icon={<CheckOutlined />} loading={approve.isPending} data-testid="registration-approve">
          {t.approve}
        </Button>
      </Popconfirm>
      <Button size="small" danger icon={<RollbackOutlined />} onClick={() => setReturning(true)} data-testid="registration-return">
        {t.return}
      </Button>
      {returning && (
        <ReturnDialog
          unitName={unitName}
          pending={giveBack.isPending}
          error={giveBack.error}
          onOk={(reason) => giveBack.mutate(reason)}
          onClose={() => {
            giveBack.reset();
            setReturning(false);
          }}
        />
      )}
    </Space>
  );
}
