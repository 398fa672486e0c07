import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Alert, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { unitKindLabels, type UnitKind } from '../../../../src/modules/units/unit-kinds';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { mergeUnits, unitKeys, useUnits, type MergeUnitsBody, type UnitDetailResponse } from '../../api/units';
import { toIso } from '../../components/dates-form';
import { DateInput } from '../../components/DateInput';
import { applyFieldErrors } from '../../components/form-errors';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { foldedSearch } from '../../components/select-filter';

interface Values {
  sourceIds: number[];
  targetMode: 'existing' | 'new';
  targetId?: number;
  newCode?: string;
  newName?: string;
  newKind?: UnitKind;
  newParentId?: number;
  effectiveDate: Dayjs;
  note?: string;
}

const kindOptions = Object.entries(unitKindLabels).map(([value, label]) => ({ value, label }));

interface Props {
  unit: UnitDetailResponse;
  onClose: () => void;
  onSaved: (targetId: number) => void;
}

function toBody(v: Values): MergeUnitsBody {
  const target: MergeUnitsBody['target'] =
    v.targetMode === 'existing'
      ? { unitId: v.targetId! }
      : { code: v.newCode!.trim(), name: v.newName!.trim(), kind: v.newKind!, parentId: v.newParentId ?? null };
  return { sourceIds: v.sourceIds, target, effectiveDate: toIso(v.effectiveDate)!, note: v.note?.trim() || undefined };
}

export function MergeUnitsDialog({ unit, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const units = useUnits({});
  const mode = Form.useWatch('targetMode', form) ?? 'existing';
  const watchedSources = Form.useWatch('sourceIds', form);
  const sourceSet = useMemo(() => new Set(watchedSources ?? []), [watchedSources]);

  const mutation = useMutation({
    mutationFn: (v: Values) => mergeUnits(toBody(v)),
    onSuccess: (result) => {
      void message.success(vi.units.mergedDetail(result.mergedUnitIds.length, result.movedUnitCount, result.movedPeopleCount));
      void queryClient.invalidateQueries({ queryKey: unitKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['people'] });
      onSaved(result.target.id);
    },
    onError: (err) => {
      const mapped = applyFieldErrors(form, err, ['sourceIds', 'effectiveDate', 'note']);
      if (!mapped) void message.error(errorMessage(err));
    },
  });

  const confirm = (v: Values) => {
    const target = v.targetMode === 'existing' ? (units.data?.items.find((u) => u.id === v.targetId)?.name ?? '') : (v.newName ?? '');
    modal.confirm({
      title: vi.units.mergeTitle,
      content: vi.units.mergeConfirm(v.sourceIds.length, target),
      okText: vi.units.merge,
      okButtonProps: { danger: true },
      cancelText: vi.common.cancel,
      onOk: () => mutation.mutateAsync(v).catch(() => undefined),
    });
  };

  const required = (label: string) => [{ required: true, message: vi.common.required(label) }];
  return (
    <Modal
      open
      title={vi.units.mergeTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={vi.units.merge}
      cancelText={vi.common.cancel}
      confirmLoading={mutation.isPending}
      width={680}
    >
      <Alert type="warning" showIcon title={vi.units.mergeIntro} style={{ marginBottom: 16 }} />
      <Form
        form={form}
        layout="vertical"
        onFinish={confirm}
        initialValues={{ sourceIds: [unit.id], targetMode: 'existing', effectiveDate: dayjs(), newParentId: unit.parentId ?? undefined }}
      >
        <Form.Item
          label={vi.units.mergeSources}
          name="sourceIds"
          rules={[{ required: true, type: 'array', min: 1, message: vi.common.requiredSelect(vi.units.mergeSources) }]}
        >
          <UnitTreeSelect multiple />
        </Form.Item>
        <Form.Item label={vi.units.targetMode} name="targetMode">
          <Radio.Group
            options={[
              { value: 'existing', label: vi.units.targetExisting },
              { value: 'new', label: vi.units.targetNew },
            ]}
          />
        </Form.Item>
        {mode === 'existing' ? (
          <Form.Item
            label={vi.units.mergeTarget}
            name="targetId"
            dependencies={['sourceIds']}
            rules={[
              { required: true, message: vi.common.requiredSelect(vi.units.mergeTarget) },
              ({ getFieldValue }) => ({
                validator: (_, value: number | undefined) =>
                  value && (getFieldValue('sourceIds') as number[]).includes(value)
                    ? Promise.reject(new Error(vi.units.mergeSelfError))
                    : Promise.resolve(),
              }),
            ]}
          >
            <UnitTreeSelect disabledIds={sourceSet} />
          </Form.Item>
        ) : (
          <>
            <Form.Item label={vi.units.name} name="newName" rules={required(vi.units.name)}>
              <Input maxLength={300} />
            </Form.Item>
            <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
              <Form.Item label={vi.units.code} name="newCode" rules={required(vi.units.code)}>
                <Input maxLength={50} />
              </Form.Item>
              <Form.Item label={vi.units.kind} name="newKind" rules={[{ required: true, message: vi.common.requiredSelect(vi.units.kind) }]}>
                <Select options={kindOptions} showSearch={foldedSearch} />
              </Form.Item>
            </div>
            <Form.Item label={vi.units.parent} name="newParentId">
              <UnitTreeSelect disabledIds={sourceSet} />
            </Form.Item>
          </>
        )}
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
