import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { peopleKeys, transferPerson, type PersonDetailResponse } from '../../api/people';
import { unitKeys } from '../../api/units';
import { toIso } from '../../components/dates-form';
import { DateInput } from '../../components/DateInput';
import { applyFieldErrors } from '../../components/form-errors';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';

interface Values {
  toUnitId: number;
  effectiveDate: Dayjs;
  reason?: string;
}

export function TransferDialog({ person, onClose }: { person: PersonDetailResponse; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const current = useMemo(() => new Set([person.unitId]), [person.unitId]);
  const mutation = useMutation({
    mutationFn: (v: Values) =>
      transferPerson(person.id, { toUnitId: v.toUnitId, effectiveDate: toIso(v.effectiveDate)!, reason: v.reason?.trim() || undefined }),
    onSuccess: () => {
      void message.success(vi.people.transferred);
      void queryClient.invalidateQueries({ queryKey: peopleKeys.all });
      void queryClient.invalidateQueries({ queryKey: unitKeys.all });
      onClose();
    },
    onError: (err) => {
      if (!applyFieldErrors(form, err, ['toUnitId', 'effectiveDate', 'reason'])) void message.error(errorMessage(err));
    },
  });

  return (
    <Modal
      open
      title={vi.people.transferTitle(person.fullName)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={vi.people.transfer}
      cancelText={vi.common.cancel}
      confirmLoading={mutation.isPending}
    >
      <Form form={form} layout="vertical" onFinish={(v) => mutation.mutate(v)} initialValues={{ effectiveDate: dayjs() }}>
        <Form.Item label={vi.people.currentUnit}>
          <Input value={person.unitName} disabled />
        </Form.Item>
        <Form.Item label={vi.people.toUnit} name="toUnitId" rules={[{ required: true, message: vi.common.requiredSelect(vi.people.toUnit) }]}>
          <UnitTreeSelect disabledIds={current} />
        </Form.Item>
        <Form.Item label={vi.units.effectiveDate} name="effectiveDate" rules={[{ required: true, message: vi.common.requiredSelect(vi.units.effectiveDate) }]}>
          <DateInput />
        </Form.Item>
        <Form.Item label={vi.people.reason} name="reason">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
