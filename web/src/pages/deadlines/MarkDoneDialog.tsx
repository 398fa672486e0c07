import { App, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { useMarkDone } from '../../api/deadlines';
import { toIso } from '../../components/dates-form';
import { DateInput } from '../../components/DateInput';
import { applyFieldErrors } from '../../components/form-errors';
import { formatDate } from '../../lib/dates';
import type { DeadlineRow } from './deadline-rows';

interface Values {
  doneOn: Dayjs;
  note?: string;
}

const t = vi.deadlines;

/** Records that one unit met one occurrence; the day defaults to today and cannot be in the future. */
export function MarkDoneDialog({ row, today, onClose }: { row: DeadlineRow; today: string; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const mark = useMarkDone();
  const { entry, unit } = row;

  const submit = (v: Values) =>
    mark.mutate(
      { movementId: entry.movement.id, deadlineKey: entry.deadline.key, dueOn: entry.dueOn!, unitId: unit!.unit.id, doneOn: toIso(v.doneOn)!, note: v.note?.trim() || null },
      {
        onSuccess: () => {
          void message.success(t.marked);
          onClose();
        },
        onError: (err) => {
          if (!applyFieldErrors(form, err, ['doneOn', 'note'])) void message.error(errorMessage(err));
        },
      },
    );

  return (
    <Modal
      open
      title={t.dialogTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.markDone}
      cancelText={vi.common.cancel}
      confirmLoading={mark.isPending}
      okButtonProps={{ 'data-testid': 'deadline-mark-confirm' }}
    >
      <Typography.Paragraph>
        <Typography.Text strong>{entry.deadline.title}</Typography.Text> — {unit?.unit.name}
        <br />
        <Typography.Text type="secondary">
          {t.columns.dueOn}: {formatDate(entry.dueOn)}
        </Typography.Text>
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ doneOn: dayjs(today) }}>
        <Form.Item label={t.doneOn} name="doneOn" rules={[{ required: true, message: vi.common.requiredSelect(t.doneOn) }]}>
          <DateInput allowClear={false} disabledDate={(d) => d.format('YYYY-MM-DD') > today} />
        </Form.Item>
        <Form.Item label={t.note} name="note">
          <Input.TextArea rows={2} maxLength={2000} placeholder={t.notePlaceholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
