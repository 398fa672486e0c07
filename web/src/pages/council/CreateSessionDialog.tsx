import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { councilKeys, createSession } from '../../api/council';
import { useMovements } from '../../api/movements';
import { DateInput } from '../../components/DateInput';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';

const t = vi.council;
interface Values {
  unitId: number;
  movementId: number;
  title: string;
  meetingOn: Dayjs;
  location?: string;
  thresholdPercent?: number | null;
  quorumPercent?: number | null;
}

export function CreateSessionDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (id: number) => void }) {
  const [form] = Form.useForm<Values>();
  const movements = useMovements({ limit: 200, offset: 0 });
  const qc = useQueryClient();
  const create = useMutation({
    mutationFn: (v: Values) =>
      createSession({
        unitId: v.unitId,
        movementId: v.movementId,
        title: v.title,
        meetingOn: v.meetingOn.format('YYYY-MM-DD'),
        location: v.location?.trim() || null,
        ...(v.thresholdPercent ? { thresholdPercent: v.thresholdPercent } : {}),
        ...(v.quorumPercent ? { quorumPercent: v.quorumPercent } : {}),
      }),
    onSuccess: (s) => {
      void qc.invalidateQueries({ queryKey: councilKeys.all });
      onClose();
      onCreated(s.id);
    },
  });
  return (
    <Modal open title={t.newSession} okText={t.newSession} onCancel={onClose} onOk={() => form.submit()} confirmLoading={create.isPending} destroyOnHidden>
      {create.isError && <Alert type="error" showIcon message={errorMessage(create.error)} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={(v) => create.mutate(v)}>
        <Form.Item name="unitId" label={t.unit} rules={[{ required: true, message: `Chưa chọn ${t.unit.toLowerCase()}` }]}>
          <UnitTreeSelect aria-label={t.unit} />
        </Form.Item>
        <Form.Item name="movementId" label={t.movement} rules={[{ required: true, message: 'Chưa chọn phong trào' }]}>
          <Select
            aria-label={t.movement}
            showSearch
            optionFilterProp="label"
            loading={movements.isPending}
            options={(movements.data?.items ?? []).filter((m) => m.status !== 'draft').map((m) => ({ value: m.id, label: m.title }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t.sessionTitle} rules={[{ required: true, whitespace: true, message: 'Chưa nhập tên phiên họp' }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="meetingOn" label={t.meetingOn} rules={[{ required: true, message: 'Chưa chọn ngày họp' }]}>
          <DateInput aria-label={t.meetingOn} />
        </Form.Item>
        <Form.Item name="location" label={t.location}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="thresholdPercent" label={t.threshold} extra={t.defaultsHint}>
          <InputNumber min={1} max={100} step={0.01} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="quorumPercent" label={t.quorum}>
          <InputNumber min={1} max={100} step={0.01} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
