import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal, Radio, Select, Space } from 'antd';
import { useEffect, useMemo } from 'react';
import { ratingCodes, ratingLabels, subjectKindLabels, subjectKinds, type RatingCode, type SubjectKind } from '../../../../src/modules/commendation-inputs/vocab';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { inputKeys, saveRating, type RatingDto } from '../../api/inputs';
import { applyFieldErrors } from '../../components/form-errors';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { PersonPicker } from '../initiatives/PersonPicker';

const t = vi.inputs.ratings;
const c = vi.inputs.common;
const FIELDS = ['subjectKind', 'personId', 'unitId', 'year', 'rating', 'source'] as const;

interface Values {
  subjectKind: SubjectKind;
  personId?: number | null;
  unitId?: number | null;
  year: number;
  rating?: RatingCode;
  source?: string;
}

/** One person's or unit's rating for a year; saving the same subject and year replaces it. */
export function RatingDialog({ open, editing, onClose }: { open: boolean; editing: RatingDto | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const kind = Form.useWatch('subjectKind', form);
  const known = useMemo(() => new Map(editing?.subject.person ? [[editing.subject.person.id, `${editing.subject.person.fullName} — ${editing.subject.unit.name}`]] : []), [editing]);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (editing) {
      const s = editing.subject;
      form.setFieldsValue({ subjectKind: s.kind, personId: s.person?.id ?? null, unitId: s.person ? null : s.unit.id, year: editing.year, rating: editing.rating, source: editing.source ?? undefined });
    } else form.setFieldsValue({ subjectKind: 'person', year: new Date().getFullYear() - 1 });
  }, [open, editing, form]);

  const save = useMutation({
    mutationFn: (v: Values) =>
      saveRating({
        subjectKind: v.subjectKind,
        personId: v.subjectKind === 'person' ? (v.personId ?? null) : null,
        unitId: v.subjectKind === 'unit' ? (v.unitId ?? null) : null,
        year: v.year,
        rating: v.rating!,
        source: v.source?.trim() || null,
      }),
    onSuccess: async () => {
      void message.success(c.saved);
      await qc.invalidateQueries({ queryKey: inputKeys.all('ratings') });
      onClose();
    },
    onError: (err) => {
      if (!applyFieldErrors(form, err, FIELDS)) void message.error(errorMessage(err));
    },
  });

  return (
    <Modal
      open={open}
      title={editing ? t.editTitle : t.addTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={vi.common.save}
      cancelText={vi.common.cancel}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'rating-save' } as never}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} data-testid="rating-form">
        <Form.Item name="subjectKind" label={c.subjectKind}>
          <Radio.Group options={subjectKinds.map((k) => ({ value: k, label: subjectKindLabels[k] }))} disabled={editing !== null} />
        </Form.Item>
        {kind === 'unit' ? (
          <Form.Item name="unitId" label={c.unit} rules={[{ required: true, message: vi.common.requiredSelect(c.unit) }]}>
            <UnitTreeSelect aria-label={c.unit} />
          </Form.Item>
        ) : (
          <Form.Item name="personId" label={c.person} rules={[{ required: true, message: vi.common.requiredSelect(c.person) }]}>
            <PersonPicker known={known} />
          </Form.Item>
        )}
        <Space wrap>
          <Form.Item name="year" label={c.year} rules={[{ required: true, message: vi.common.required(c.year) }]}>
            <InputNumber aria-label={c.year} min={2000} max={2100} disabled={editing !== null} />
          </Form.Item>
          <Form.Item name="rating" label={t.rating} rules={[{ required: true, message: vi.common.requiredSelect(t.rating) }]}>
            <Select<RatingCode> aria-label={t.rating} style={{ width: 300 }} options={ratingCodes.map((r) => ({ value: r, label: ratingLabels[r] }))} />
          </Form.Item>
        </Space>
        <Form.Item name="source" label={t.source}>
          <Input aria-label={t.source} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
