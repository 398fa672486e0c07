import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import { vi } from '../../i18n/vi';
import { changePassword } from '../api/auth';
import { errorMessage } from '../api/client';
import { applyFieldErrors } from './form-errors';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const mutation = useMutation({
    mutationFn: (v: Values) => changePassword({ currentPassword: v.currentPassword, newPassword: v.newPassword }),
    onSuccess: () => {
      void message.success(vi.account.passwordChanged);
      form.resetFields();
      onClose();
    },
    onError: (err) => {
      if (!applyFieldErrors(form, err, ['currentPassword', 'newPassword'])) void message.error(errorMessage(err));
    },
  });

  return (
    <Modal
      title={vi.account.changePassword}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={vi.common.save}
      cancelText={vi.common.cancel}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={(v) => mutation.mutate(v)} requiredMark={false}>
        <Form.Item
          label={vi.account.currentPassword}
          name="currentPassword"
          rules={[{ required: true, message: vi.common.required(vi.account.currentPassword) }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label={vi.account.newPassword}
          name="newPassword"
          extra={vi.account.passwordHint}
          rules={[
            { required: true, message: vi.common.required(vi.account.newPassword) },
            { min: 10, message: vi.account.passwordTooShort },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={vi.account.confirmPassword}
          name="confirm"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: vi.common.required(vi.account.confirmPassword) },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(vi.account.passwordMismatch)),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
