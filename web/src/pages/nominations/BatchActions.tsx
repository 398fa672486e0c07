import { Alert, Button, Flex, Form, Input, Modal, Popconfirm } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { DateInput } from '../../components/DateInput';
import { downloadList, returnBatch, startNotice, submitBatch, useNominationMutation, type BatchDetailDto } from './api';

const t = vi.nominations;

/** Send (the proposer), return or publish (the considering unit), and the danh sách .docx. */
export function BatchActions({ batch }: { batch: BatchDetailDto }) {
  const [dialog, setDialog] = useState<'submit' | 'return' | 'notice' | null>(null);
  const submit = useNominationMutation((n: string | null) => submitBatch(batch.id, batch.version, n));
  const back = useNominationMutation((reason: string) => returnBatch(batch.id, batch.version, reason));
  const notice = useNominationMutation((v: { from?: Dayjs; to?: Dayjs }) => startNotice(batch.id, batch.version, v.from?.format('YYYY-MM-DD'), v.to?.format('YYYY-MM-DD')));
  const [form] = Form.useForm();
  const pending = submit.isPending || back.isPending || notice.isPending;
  const error = submit.error ?? back.error ?? notice.error;
  const close = () => {
    setDialog(null);
    form.resetFields();
  };
  const ok = (values: Record<string, unknown>) => {
    const done = { onSuccess: close };
    if (dialog === 'submit') submit.mutate(((values.submissionNumber as string | undefined) ?? '').trim() || null, done);
    if (dialog === 'return') back.mutate((values.reason as string).trim(), done);
    if (dialog === 'notice') notice.mutate(values as { from?: Dayjs; to?: Dayjs }, done);
  };

  return (
    <>
      <Flex gap={8} wrap>
        {batch.can.submit && (
          <Button type="primary" onClick={() => setDialog('submit')} data-testid="batch-submit">
            {t.submit}
          </Button>
        )}
        {batch.can.review && (
          <>
            <Button onClick={() => setDialog('return')} danger data-testid="batch-return">
              {t.return}
            </Button>
            {batch.status === 'da_gui' && (
              <Button onClick={() => setDialog('notice')} data-testid="batch-notice">
                {t.startNotice}
              </Button>
            )}
          </>
        )}
        <Button onClick={() => void downloadList(batch.id)}>{t.downloadList}</Button>
      </Flex>
      {error && !dialog && <Alert type="error" showIcon title={errorMessage(error)} />}
      {dialog && (
        <Modal open title={dialog === 'submit' ? t.submit : dialog === 'return' ? t.return : t.startNotice} onCancel={close} onOk={() => form.submit()} confirmLoading={pending} okButtonProps={{ 'data-testid': 'batch-confirm' } as never}>
          {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} data-testid="batch-error" />}
          <Form form={form} layout="vertical" onFinish={ok}>
            {dialog === 'submit' && (
              <Form.Item label={t.submissionNumber} name="submissionNumber">
                <Input placeholder="15/TTr-UBND" />
              </Form.Item>
            )}
            {dialog === 'return' && (
              <Form.Item label={t.returnReason} name="reason" rules={[{ required: true, whitespace: true, message: vi.common.required(t.returnReason) }]}>
                <Input.TextArea rows={3} />
              </Form.Item>
            )}
            {dialog === 'notice' && (
              <>
                <Form.Item label={t.noticeFrom} name="from">
                  <DateInput />
                </Form.Item>
                <Form.Item label={t.noticeTo} name="to">
                  <DateInput />
                </Form.Item>
              </>
            )}
          </Form>
        </Modal>
      )}
    </>
  );
}

export function WithdrawButton({ name, onConfirm, pending }: { name: string; onConfirm: () => void; pending: boolean }) {
  return (
    <Popconfirm title={t.withdrawConfirm(name)} onConfirm={onConfirm} okText={t.withdraw} cancelText={vi.common.cancel}>
      <Button size="small" danger loading={pending}>
        {t.withdraw}
      </Button>
    </Popconfirm>
  );
}
