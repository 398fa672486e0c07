import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { recognitionLevelLabels, recognitionLevels, type RecognitionLevel } from '../../../../src/modules/commendation-inputs/vocab';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { inputKeys, saveInitiative, type InitiativeDto } from '../../api/inputs';
import { DateInput } from '../../components/DateInput';
import { fromIso, toIso } from '../../components/dates-form';
import { applyFieldErrors } from '../../components/form-errors';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { PersonPicker } from './PersonPicker';

const t = vi.inputs.initiatives;
const c = vi.inputs.common;
const FIELDS = ['unitId', 'title', 'summary', 'year', 'recognitionLevel', 'councilName', 'decisionNumber', 'decisionDate'] as const;
// Errors about the authors (shares, someone unknown) come as a message: the list has no single field.

interface Values {
  unitId?: number;
  title: string;
  summary?: string;
  year: number;
  recognitionLevel?: RecognitionLevel | null;
  councilName?: string;
  decisionNumber?: string;
  decisionDate?: Dayjs | null;
  authors: { personId?: number | null; share?: number | null }[];
}

const blank = (s: string | undefined) => s?.trim() || null;

export function InitiativeDialog({ open, editing, onClose }: { open: boolean; editing: InitiativeDto | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const level = Form.useWatch('recognitionLevel', form);
  const known = useMemo(() => new Map((editing?.authors ?? []).map((a) => [a.personId, `${a.fullName} — ${a.unitName}`])), [editing]);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (editing) {
      form.setFieldsValue({
        unitId: editing.unit.id,
        title: editing.title,
        summary: editing.summary ?? undefined,
        year: editing.year,
        recognitionLevel: editing.recognitionLevel,
        councilName: editing.councilName ?? undefined,
        decisionNumber: editing.decisionNumber ?? undefined,
        decisionDate: fromIso(editing.decisionDate),
        authors: editing.authors.map((a) => ({ personId: a.personId, share: a.share })),
      });
    } else form.setFieldsValue({ year: new Date().getFullYear(), recognitionLevel: 'co_so', authors: [{ personId: null, share: 100 }] });
  }, [open, editing, form]);

  const save = useMutation({
    mutationFn: (v: Values) =>
      saveInitiative(editing?.id ?? null, {
        unitId: v.unitId!,
        title: v.title,
        summary: blank(v.summary),
        year: v.year,
        recognitionLevel: v.recognitionLevel ?? null,
        councilName: v.recognitionLevel ? blank(v.councilName) : null,
        decisionNumber: v.recognitionLevel ? blank(v.decisionNumber) : null,
        decisionDate: v.recognitionLevel ? toIso(v.decisionDate) : null,
        authors: v.authors.map((a) => ({ personId: a.personId!, share: a.share ?? 0 })),
      }),
    onSuccess: async () => {
      void message.success(c.saved);
      await qc.invalidateQueries({ queryKey: inputKeys.all('initiatives') });
      onClose();
    },
    onError: (err) => {
      if (!applyFieldErrors(form, err, FIELDS)) void message.error(errorMessage(err));
    },
  });

  return (
    <Modal
      open={open}
      width={720}
      title={editing ? t.editTitle : t.addTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={vi.common.save}
      cancelText={vi.common.cancel}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'initiative-save' } as never}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} data-testid="initiative-form">
        <Form.Item name="title" label={t.name} rules={[{ required: true, message: vi.common.required(t.name) }]}>
          <Input aria-label={t.name} maxLength={500} />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="unitId" label={c.unit} rules={[{ required: true, message: vi.common.requiredSelect(c.unit) }]}>
            <UnitTreeSelect aria-label={c.unit} style={{ width: 380 }} />
          </Form.Item>
          <Form.Item name="year" label={c.year} tooltip={t.yearHelp} rules={[{ required: true, message: vi.common.required(c.year) }]}>
            <InputNumber aria-label={c.year} min={2000} max={2100} />
          </Form.Item>
        </Space>
        <Form.Item name="summary" label={t.summary}>
          <Input.TextArea aria-label={t.summary} rows={2} maxLength={4000} />
        </Form.Item>
        <Form.Item label={t.authors} required>
          <Form.List name="authors">
            {(fields, { add, remove }) => (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {fields.map((f) => (
                  <Space key={f.key} align="start" style={{ width: '100%' }}>
                    <Form.Item name={[f.name, 'personId']} rules={[{ required: true, message: vi.common.requiredSelect(c.person) }]} style={{ width: 440, marginBottom: 0 }}>
                      <PersonPicker known={known} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'share']} rules={[{ required: true, message: vi.common.required(t.share) }]} style={{ marginBottom: 0 }}>
                      <InputNumber aria-label={t.share} min={0.01} max={100} decimalSeparator="," addonAfter="%" style={{ width: 130 }} />
                    </Form.Item>
                    {fields.length > 1 && <Button aria-label={c.delete} icon={<DeleteOutlined />} onClick={() => remove(f.name)} />}
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ personId: null, share: null })}>
                  {t.addAuthor}
                </Button>
              </Space>
            )}
          </Form.List>
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="recognitionLevel" label={t.level}>
            <Select<RecognitionLevel | null>
              aria-label={t.level}
              style={{ width: 220 }}
              options={[{ value: null, label: t.notRecognised }, ...recognitionLevels.map((l) => ({ value: l, label: recognitionLevelLabels[l] }))]}
            />
          </Form.Item>
          <Form.Item name="decisionNumber" label={c.decisionNumber} rules={level ? [{ required: true, message: vi.common.required(c.decisionNumber) }] : []}>
            <Input aria-label={c.decisionNumber} disabled={!level} maxLength={100} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="decisionDate" label={c.decisionDate} rules={level ? [{ required: true, message: vi.common.required(c.decisionDate) }] : []}>
            <DateInput aria-label={c.decisionDate} disabled={!level} />
          </Form.Item>
        </Space>
        <Form.Item name="councilName" label={t.council}>
          <Input aria-label={t.council} disabled={!level} maxLength={300} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
