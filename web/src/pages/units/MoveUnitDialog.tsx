import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { moveUnit, unitKeys, useUnits, type UnitDetailResponse } from '../../api/units';
import { toIso } from '../../components/dates-form';
import { DateInput } from '../../components/DateInput';
import { applyFieldErrors } from '../../components/form-errors';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { subtreeIds } from '../../lib/tree';

interface Values {
  parentId: number;
  effectiveDate: Dayjs;
  note?: string;
}

interface Props {
  unit: UnitDetailResponse;
  onClose: () => void;
  onSaved: () => void;
}

export function MoveUnitDialog({ unit, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const units = useUnits({});
  // A unit cannot go under itself or its own descendants; its current parent would change nothing.
  const disabled = useMemo(() => {
    const ids = subtreeIds(units.data?.items ?? [], unit.id);
    if (unit.parentId !== null) ids.add(unit.parentId);
    return ids;
  }, [units.data, unit.id, unit.parentId]);

  const mutation = useMutation({
    mutationFn: (v: Values) =>
      moveUnit(unit.id, { parentId: v.parentId, effectiveDate: toIso(v.effectiveDate)!, note: v.note?.trim() || undefined }),
    onSuccess: () => {
      void message.success(vi.units.moved);
      void queryClient.invalidateQueries({ queryKey: unitKeys.all });
      onSaved();
    },
    onError: (err) => {
      if (!applyFieldErrors(form, err, ['parentId', 'effectiveDate', 'note'])) void message.error(errorMessage(err));
    },
  });

  const confirm = (v: Values) => {
    const parent = units.data?.items.find((u) => u.id === v.parentId)?.name ?? '';
    modal.confirm({
      title: vi.common.confirm,
      content: vi.units.moveConfirm(unit.name, parent),
      okText: vi.units.move,
      cancelText: vi.common.cancel,
      onOk: () => mutation.mutateAsync(v).catch(() => undefined),
    });
  };

  return (
    <Modal
      open
      title={vi.units.moveTitle(unit.name)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={vi.units.move}
      cancelText={vi.common.cancel}
      confirmLoading={mutation.isPending}
      width={600}
    >
      <Typography.Paragraph type="secondary">{vi.units.moveIntro}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={confirm} initialValues={{ effectiveDate: dayjs() }}>
        <Form.Item label={vi.units.newParent} name="parentId" rules={[{ required: true, message: vi.common.requiredSelect(vi.units.newParent) }]}>
          <UnitTreeSelect disabledIds={disabled} allowClear={false} />
        </Form.Item>
        <Form.Item label={vi.units.effectiveDate} name="effectiveDate" rules={[{ required: true, message: vi.common.requiredSelect(vi.units.effectiveDate) }]}>
          <DateInput />
        </Form.Item>
        <Form.Item label={vi.units.mergeNote} name="note">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
