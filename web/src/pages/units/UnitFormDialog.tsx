import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { unitKindLabels } from '../../../../src/modules/units/unit-kinds';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { createUnit, unitKeys, updateUnit, type CreateUnitBody, type UnitDetailResponse, type UnitDto } from '../../api/units';
import { fromIso, toIso } from '../../components/dates-form';
import { DateInput } from '../../components/DateInput';
import { applyFieldErrors } from '../../components/form-errors';
import { foldedSearch } from '../../components/select-filter';

interface Values {
  code: string;
  name: string;
  shortName?: string;
  kind: CreateUnitBody['kind'];
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
}

const kindOptions = Object.entries(unitKindLabels).map(([value, label]) => ({ value, label }));
const fieldNames = ['code', 'name', 'shortName', 'kind', 'validFrom', 'validTo'];

interface Props {
  mode: 'create' | 'edit';
  /** create: the parent of the new unit; edit: the unit itself. */
  unit: UnitDetailResponse;
  onClose: () => void;
  onSaved: (unit: UnitDto) => void;
}

export function UnitFormDialog({ mode, unit, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();

  useEffect(() => {
    if (mode === 'edit') {
      form.setFieldsValue({
        code: unit.code,
        name: unit.name,
        shortName: unit.shortName ?? undefined,
        kind: unit.kind as Values['kind'],
        validFrom: fromIso(unit.validFrom),
        validTo: fromIso(unit.validTo),
      });
    }
  }, [form, mode, unit]);

  const mutation = useMutation({
    mutationFn: (v: Values) => {
      const common = { code: v.code, name: v.name, shortName: v.shortName?.trim() || null, kind: v.kind, validFrom: toIso(v.validFrom) };
      return mode === 'create'
        ? createUnit({ ...common, parentId: unit.id })
        : updateUnit(unit.id, { ...common, validTo: toIso(v.validTo) });
    },
    onSuccess: (saved) => {
      void message.success(mode === 'create' ? vi.units.created : vi.units.updated);
      void queryClient.invalidateQueries({ queryKey: unitKeys.all });
      onSaved(saved);
    },
    onError: (err) => {
      if (!applyFieldErrors(form, err, fieldNames)) void message.error(errorMessage(err));
    },
  });

  return (
    <Modal
      open
      title={mode === 'create' ? vi.units.createTitle(unit.name) : vi.units.editTitle(unit.name)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={vi.common.save}
      cancelText={vi.common.cancel}
      confirmLoading={mutation.isPending}
      width={600}
    >
      <Form form={form} layout="vertical" onFinish={(v) => mutation.mutate(v)} requiredMark="optional">
        <Form.Item label={vi.units.name} name="name" rules={[{ required: true, whitespace: true, message: vi.common.required(vi.units.name) }]}>
          <Input maxLength={300} />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
          <Form.Item
            label={vi.units.code}
            name="code"
            rules={[
              { required: true, whitespace: true, message: vi.common.required(vi.units.code) },
              { pattern: /^\S+$/, message: vi.units.codeNoSpaces },
            ]}
          >
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item label={vi.units.shortName} name="shortName">
            <Input maxLength={100} />
          </Form.Item>
        </div>
        <Form.Item label={vi.units.kind} name="kind" rules={[{ required: true, message: vi.common.requiredSelect(vi.units.kind) }]}>
          <Select options={kindOptions} showSearch={foldedSearch} placeholder={vi.units.kind} />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
          <Form.Item label={vi.units.validFrom} name="validFrom">
            <DateInput style={{ width: '100%' }} />
          </Form.Item>
          {mode === 'edit' && (
            <Form.Item label={vi.units.validTo} name="validTo" extra={vi.units.validToHint}>
              <DateInput style={{ width: '100%' }} />
            </Form.Item>
          )}
        </div>
      </Form>
    </Modal>
  );
}
