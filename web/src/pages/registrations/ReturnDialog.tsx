import { Alert, Form, Input, Modal, type ButtonProps } from 'antd';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';

const t = vi.registrations;

interface Props {
  unitName: string;
  pending: boolean;
  error: unknown;
  onOk: (reason: string) => void;
  onClose: () => void;
}

/** The upper level returns a registration only with a reason the unit can act on. */
export function ReturnDialog({ unitName, pending, error, onOk, onClose }: Props) {
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open
      title={t.returnTitle(unitName)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.return}
      cancelText={vi.common.cancel}
      confirmLoading={pending}
      okButtonProps={{ danger: true, 'data-testid': 'registration-return-confirm' } as ButtonProps}
    >
      {error != null && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(error)} />}
      <Form form={form} layout="vertical" onFinish={(v) => onOk(v.reason.trim())}>
        <Form.Item
          label={t.reason}
          name="reason"
          rules={[{ required: true, whitespace: true, message: vi.common.required(t.reason) }, { max: 2000, message: 'Lý do tối đa 2000 ký tự' }]}
        >
          <Input.TextArea rows={4} placeholder={t.reasonPlaceholder} data-testid="registration-return-reason-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
