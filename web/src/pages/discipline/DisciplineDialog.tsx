import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Checkbox, Form, Input, Modal, Radio, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { dmy, ruleEffectTo } from '../../../../src/modules/commendation-inputs/discipline-period';
import {
  disciplineFormLabels,
  disciplineKindLabels,
  disciplineKinds,
  pendingKindLabels,
  pendingKinds,
  personDisciplineForms,
  subjectKindLabels,
  subjectKinds,
  unitDisciplineForms,
  type DisciplineForm,
  type DisciplineKind,
  type PendingKind,
  type SubjectKind,
} from '../../../../src/modules/commendation-inputs/vocab';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { inputKeys, saveDiscipline, type DisciplineDto } from '../../api/inputs';
import { DateInput } from '../../components/DateInput';
import { fromIso, toIso } from '../../components/dates-form';
import { applyFieldErrors } from '../../components/form-errors';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { PersonPicker } from '../initiatives/PersonPicker';

const t = vi.inputs.discipline;
const c = vi.inputs.common;
const FIELDS = ['subjectKind', 'personId', 'unitId', 'recordKind', 'disciplineForm', 'pendingKind', 'decisionNumber', 'decisionDate', 'effectiveFrom', 'effectiveTo', 'overrideReason', 'note'] as const;

interface Values {
  subjectKind: SubjectKind;
  personId?: number | null;
  unitId?: number | null;
  recordKind: DisciplineKind;
  disciplineForm?: DisciplineForm | null;
  pendingKind?: PendingKind | null;
  decisionNumber?: string;
  decisionDate?: Dayjs | null;
  effectiveFrom?: Dayjs | null;
  effectiveTo?: Dayjs | null;
  override?: boolean;
  overrideReason?: string;
  note?: string;
}

const blank = (s: string | undefined) => s?.trim() || null;

/** A discipline decision (its period from the form's rule unless overridden with a reason) or a pending matter. */
export function DisciplineDialog({ open, editing, onClose }: { open: boolean; editing: DisciplineDto | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const subjectKind = Form.useWatch('subjectKind', form);
  const recordKind = Form.useWatch('recordKind', form);
  const chosenForm = Form.useWatch('disciplineForm', form);
  const decisionDate = Form.useWatch('decisionDate', form);
  const effectiveFrom = Form.useWatch('effectiveFrom', form);
  const override = Form.useWatch('override', form);
  const known = useMemo(() => new Map(editing?.subject.person ? [[editing.subject.person.id, `${editing.subject.person.fullName} — ${editing.subject.unit.name}`]] : []), [editing]);
  const forms: readonly DisciplineForm[] = subjectKind === 'unit' ? unitDisciplineForms : personDisciplineForms;
  const from = toIso(effectiveFrom) ?? toIso(decisionDate);
  const ruleEnd = chosenForm && from ? ruleEffectTo(chosenForm, from) : undefined;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (editing) {
      const s = editing.subject;
      form.setFieldsValue({
        subjectKind: s.kind,
        personId: s.person?.id ?? null,
        unitId: s.person ? null : s.unit.id,
        recordKind: editing.kind,
        disciplineForm: editing.form,
        pendingKind: editing.pendingKind,
        decisionNumber: editing.decisionNumber ?? undefined,
        decisionDate: fromIso(editing.decisionDate),
        effectiveFrom: fromIso(editing.effectiveFrom),
        effectiveTo: fromIso(editing.effectiveTo),
        override: editing.periodOverrideReason !== null,
        overrideReason: editing.periodOverrideReason ?? undefined,
        note: editing.note ?? undefined,
      });
    } else form.setFieldsValue({ subjectKind: 'person', recordKind: 'decision' });
  }, [open, editing, form]);

  const save = useMutation({
    mutationFn: (v: Values) => {
      const decision = v.recordKind === 'decision';
      return saveDiscipline(editing?.id ?? null, {
        subjectKind: v.subjectKind,
        personId: v.subjectKind === 'person' ? (v.personId ?? null) : null,
        unitId: v.subjectKind === 'unit' ? (v.unitId ?? null) : null,
        recordKind: v.recordKind,
        disciplineForm: decision ? (v.disciplineForm ?? null) : null,
        pendingKind: decision ? null : (v.pendingKind ?? null),
        decisionNumber: blank(v.decisionNumber),
        decisionDate: toIso(v.decisionDate),
        effectiveFrom: toIso(v.effectiveFrom),
        ...(!decision || v.override ? { effectiveTo: toIso(v.effectiveTo) } : {}),
        overrideReason: decision && v.override ? blank(v.overrideReason) : null,
        note: blank(v.note),
      });
    },
    onSuccess: async () => {
      void message.success(c.saved);
      await qc.invalidateQueries({ queryKey: inputKeys.all('discipline') });
      onClose();
    },
    onError: (err) => {
      if (!applyFieldErrors(form, err, FIELDS)) void message.error(errorMessage(err));
    },
  });

  return (
    <Modal
      open={open}
      width={680}
      title={editing ? t.editTitle : t.addTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={vi.common.save}
      cancelText={vi.common.cancel}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'discipline-save' } as never}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} data-testid="discipline-form">
        <Space wrap size="large">
          <Form.Item name="subjectKind" label={c.subjectKind}>
            <Radio.Group options={subjectKinds.map((k) => ({ value: k, label: subjectKindLabels[k] }))} onChange={() => form.setFieldValue('disciplineForm', null)} />
          </Form.Item>
          <Form.Item name="recordKind" label={t.recordKind}>
            <Radio.Group options={disciplineKinds.map((k) => ({ value: k, label: disciplineKindLabels[k] }))} />
          </Form.Item>
        </Space>
        {subjectKind === 'unit' ? (
          <Form.Item name="unitId" label={c.unit} rules={[{ required: true, message: vi.common.requiredSelect(c.unit) }]}>
            <UnitTreeSelect aria-label={c.unit} />
          </Form.Item>
        ) : (
          <Form.Item name="personId" label={c.person} rules={[{ required: true, message: vi.common.requiredSelect(c.person) }]}>
            <PersonPicker known={known} />
          </Form.Item>
        )}
        {recordKind === 'pending' ? (
          <>
            <Form.Item name="pendingKind" label={t.pendingKind} rules={[{ required: true, message: vi.common.requiredSelect(t.pendingKind) }]}>
              <Select<PendingKind> aria-label={t.pendingKind} options={pendingKinds.map((k) => ({ value: k, label: pendingKindLabels[k] }))} />
            </Form.Item>
            <Space wrap>
              <Form.Item name="effectiveFrom" label={t.pendingFrom} rules={[{ required: true, message: vi.common.required(t.pendingFrom) }]}>
                <DateInput aria-label={t.pendingFrom} />
              </Form.Item>
              <Form.Item name="effectiveTo" label={t.pendingTo}>
                <DateInput aria-label={t.pendingTo} />
              </Form.Item>
            </Space>
          </>
        ) : (
          <>
            <Space wrap align="start">
              <Form.Item name="disciplineForm" label={t.form} rules={[{ required: true, message: vi.common.requiredSelect(t.form) }]}>
                <Select<DisciplineForm> aria-label={t.form} style={{ width: 200 }} options={forms.map((f) => ({ value: f, label: disciplineFormLabels[f] }))} />
              </Form.Item>
              <Form.Item name="decisionNumber" label={c.decisionNumber}>
                <Input aria-label={c.decisionNumber} maxLength={100} style={{ width: 180 }} />
              </Form.Item>
              <Form.Item name="decisionDate" label={c.decisionDate} rules={[{ required: true, message: vi.common.required(c.decisionDate) }]}>
                <DateInput aria-label={c.decisionDate} />
              </Form.Item>
              <Form.Item name="effectiveFrom" label={t.effectiveFrom} tooltip={t.fromHelp}>
                <DateInput aria-label={t.effectiveFrom} />
              </Form.Item>
            </Space>
            {ruleEnd !== undefined && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={ruleEnd === null ? t.ruleNoEnd : t.ruleEnd(dmy(ruleEnd))} data-testid="discipline-rule-end" />}
            <Form.Item name="override" valuePropName="checked">
              <Checkbox>{t.changePeriod}</Checkbox>
            </Form.Item>
            {override && (
              <Space wrap align="start">
                <Form.Item name="effectiveTo" label={t.effectiveTo}>
                  <DateInput aria-label={t.effectiveTo} />
                </Form.Item>
                <Form.Item name="overrideReason" label={t.overrideReason} rules={[{ required: true, message: vi.common.required(t.overrideReason) }]}>
                  <Input aria-label={t.overrideReason} maxLength={1000} style={{ width: 380 }} />
                </Form.Item>
              </Space>
            )}
          </>
        )}
        <Form.Item name="note" label={c.note}>
          <Input.TextArea aria-label={c.note} rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
