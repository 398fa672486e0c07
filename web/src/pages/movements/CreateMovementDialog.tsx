import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal, type ButtonProps } from 'antd';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { createMovement, movementKeys, type PlanContentInput } from '../../api/movements';
import { useUnits } from '../../api/units';
import { applyFieldErrors } from '../../components/form-errors';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';

const t = vi.movements;

interface Values {
  ownerUnitId?: number;
  title: string;
  year: number;
}

/**
 * The smallest plan the server accepts (what blankPlan builds on the server); the schema fills in
 * every other part's defaults, so the web needs no copy of them.
 */
export function newPlanContent(issuerName: string, title: string, year: number): PlanContentInput {
  return {
    header: { issuerName, signer: { title: 'CHỦ TỊCH' } },
    title,
    period: { start: { kind: 'on_issue' }, end: `${year}-12-31` },
    subjects: {},
    standards: {},
    cascade: {},
  };
}

export function CreateMovementDialog(props: { defaultUnitId?: number; onClose: () => void; onCreated: (id: number) => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const units = useUnits({});

  const mutation = useMutation({
    mutationFn: (v: Values) => {
      const unit = units.data?.items.find((u) => u.id === v.ownerUnitId);
      const issuerName = (unit?.name ?? '').toLocaleUpperCase('vi');
      return createMovement({ ownerUnitId: v.ownerUnitId!, content: newPlanContent(issuerName, v.title.trim(), v.year) });
    },
    onSuccess: (created) => {
      void message.success(t.created);
      void queryClient.invalidateQueries({ queryKey: movementKeys.all });
      props.onCreated(created.id);
    },
    onError: (err) => {
      const known = applyFieldErrors(form, err, ['ownerUnitId']);
      if (!known) void message.error(errorMessage(err));
    },
  });

  return (
    <Modal
      open
      title={t.createTitle}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t.create}
      cancelText={vi.common.cancel}
      confirmLoading={mutation.isPending}
      okButtonProps={{ 'data-testid': 'create-movement-submit' } as ButtonProps}
      width={640}
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ ownerUnitId: props.defaultUnitId, year: new Date().getFullYear() }}
        onFinish={(v) => mutation.mutate(v)}
      >
        <Form.Item label={t.owner} name="ownerUnitId" rules={[{ required: true, message: vi.common.requiredSelect(t.owner) }]}>
          <UnitTreeSelect />
        </Form.Item>
        <Form.Item label={t.planTitle} name="title" rules={[{ required: true, whitespace: true, message: vi.common.required(t.planTitle) }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} placeholder={t.planTitlePlaceholder} />
        </Form.Item>
        <Form.Item label={t.planYear} name="year" rules={[{ required: true, message: vi.common.required(t.planYear) }]}>
          <InputNumber min={2000} max={2100} style={{ width: 140 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
