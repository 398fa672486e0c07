import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Checkbox, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useEffect } from 'react';
import { genderLabels, personCategoryLabels, type Gender } from '../../../../src/modules/people/person-fields';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { createPerson, peopleKeys, updatePerson, type PersonCategory, type PersonDetailResponse, type PersonDto } from '../../api/people';
import { unitKeys } from '../../api/units';
import { applyFieldErrors } from '../../components/form-errors';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';

interface Values {
  fullName: string;
  gender?: Gender | null;
  birthYear?: number | null;
  unitId?: number;
  position?: string;
  category: PersonCategory;
  isUnitHead?: boolean;
}

const categoryOptions = Object.entries(personCategoryLabels).map(([value, label]) => ({ value, label }));
const genderOptions = Object.entries(genderLabels).map(([value, label]) => ({ value, label }));
const fieldNames = ['fullName', 'gender', 'birthYear', 'unitId', 'position', 'category', 'isUnitHead'];

type Props = { onClose: () => void; onSaved: (p: PersonDto) => void } & (
  | { mode: 'create'; defaultUnitId?: number }
  | { mode: 'edit'; person: PersonDetailResponse }
);

export function PersonFormDialog(props: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const editing = props.mode === 'edit' ? props.person : null;

  useEffect(() => {
    if (editing) {
      form.setFieldsValue({
        fullName: editing.fullName,
        gender: editing.gender as Gender | null,
        birthYear: editing.birthYear,
        position: editing.position ?? undefined,
        category: editing.category as PersonCategory,
        isUnitHead: editing.isUnitHead,
      });
    }
  }, [form, editing]);

  const mutation = useMutation({
    mutationFn: (v: Values) => {
      const body = {
        fullName: v.fullName,
        gender: v.gender ?? null,
        birthYear: v.birthYear ?? null,
        position: v.position?.trim() || null,
        category: v.category,
        isUnitHead: v.isUnitHead ?? false,
      };
      return editing ? updatePerson(editing.id, body) : createPerson({ ...body, unitId: v.unitId! });
    },
    onSuccess: (saved) => {
      void message.success(editing ? vi.people.updated : vi.people.created);
      void queryClient.invalidateQueries({ queryKey: peopleKeys.all });
      void queryClient.invalidateQueries({ queryKey: unitKeys.all });
      props.onSaved(saved);
    },
    onError: (err) => {
      if (!applyFieldErrors(form, err, fieldNames)) void message.error(errorMessage(err));
    },
  });

  const thisYear = new Date().getFullYear();
  return (
    <Modal
      open
      title={editing ? vi.people.editTitle(editing.fullName) : vi.people.createTitle}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={vi.common.save}
      cancelText={vi.common.cancel}
      confirmLoading={mutation.isPending}
      width={600}
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark="optional"
        onFinish={(v) => mutation.mutate(v)}
        initialValues={props.mode === 'create' ? { unitId: props.defaultUnitId, isUnitHead: false } : undefined}
      >
        <Form.Item label={vi.people.fullName} name="fullName" rules={[{ required: true, whitespace: true, message: vi.common.required(vi.people.fullName) }]}>
          <Input maxLength={200} />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
          <Form.Item label={vi.people.gender} name="gender">
            <Radio.Group options={genderOptions} />
          </Form.Item>
          <Form.Item
            label={vi.people.birthYear}
            name="birthYear"
            rules={[{ type: 'number', min: 1900, max: thisYear, message: vi.people.birthYearInvalid }]}
          >
            <InputNumber min={1900} max={thisYear} style={{ width: '100%' }} />
          </Form.Item>
        </div>
        {props.mode === 'create' && (
          <Form.Item label={vi.people.unit} name="unitId" rules={[{ required: true, message: vi.common.requiredSelect(vi.people.unit) }]}>
            <UnitTreeSelect />
          </Form.Item>
        )}
        <Form.Item label={vi.people.position} name="position">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={vi.people.category} name="category" rules={[{ required: true, message: vi.common.requiredSelect(vi.people.category) }]}>
          <Select options={categoryOptions} />
        </Form.Item>
        <Form.Item name="isUnitHead" valuePropName="checked">
          <Checkbox>{vi.people.isUnitHead}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
