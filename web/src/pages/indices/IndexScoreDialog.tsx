import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useEffect } from 'react';
import { indexCodes, indexLabels, indexRules } from '../../../../src/modules/indices/index-rules';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { indexKeys, saveIndexScore, type IndexCode, type IndexScoreDto, type IndexScoreInput } from '../../api/indices';
import { applyFieldErrors } from '../../components/form-errors';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';

const t = vi.indices;
const FIELDS = ['unitId', 'year', 'index', 'score', 'rank', 'rankOf', 'band', 'source'] as const;

type Values = Omit<IndexScoreInput, 'unitId'> & { unitId?: number };

/** Thêm / sửa one unit's result on one index for one year; saving the same unit, year and index replaces it. */
export function IndexScoreDialog({ open, editing, onClose }: { open: boolean; editing: IndexScoreDto | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const index = Form.useWatch('index', form) as IndexCode | undefined;
  const bands = index ? indexRules[index].bands : null;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (editing) {
      const { unit, year, index: code, score, rank, rankOf, band, source } = editing;
      form.setFieldsValue({ unitId: unit.id, year, index: code, score, rank, rankOf, band, source });
    } else form.setFieldsValue({ year: new Date().getFullYear() - 1 });
  }, [open, editing, form]);

  const save = useMutation({
    mutationFn: (v: Values) =>
      saveIndexScore({ unitId: v.unitId!, year: v.year, index: v.index, score: v.score ?? null, rank: v.rank ?? null, rankOf: v.rankOf ?? null, band: v.band ?? null, source: v.source?.trim() || null }),
    onSuccess: async () => {
      void message.success(t.saved);
      await qc.invalidateQueries({ queryKey: indexKeys.all });
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
      okButtonProps={{ loading: save.isPending, 'data-testid': 'index-save' } as never}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} data-testid="index-form">
        <Form.Item name="unitId" label={t.unit} rules={[{ required: true, message: vi.common.requiredSelect(t.unit) }]}>
          <UnitTreeSelect aria-label={t.unit} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="year" label={t.year} rules={[{ required: true, message: vi.common.required(t.year) }]}>
            <InputNumber aria-label={t.year} min={2000} max={2100} data-testid="index-year" />
          </Form.Item>
          <Form.Item name="index" label={t.index} rules={[{ required: true, message: vi.common.requiredSelect(t.index) }]}>
            <Select
              aria-label={t.index}
              data-testid="index-code"
              style={{ width: 300 }}
              options={indexCodes.map((c) => ({ value: c, label: `${indexRules[c].short} — ${indexLabels[c]}` }))}
              onChange={() => form.setFieldValue('band', null)}
            />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="score" label={t.score}>
            <InputNumber aria-label={t.score} decimalSeparator="," data-testid="index-score" />
          </Form.Item>
          <Form.Item name="rank" label={t.rank}>
            <InputNumber aria-label={t.rank} data-testid="index-rank" />
          </Form.Item>
          <Form.Item name="rankOf" label={t.rankOf}>
            <InputNumber aria-label={t.rankOf} data-testid="index-rank-of" />
          </Form.Item>
        </Space>
        <Form.Item name="band" label={t.band}>
          <Select
            aria-label={t.band}
            data-testid="index-band"
            allowClear
            disabled={!bands}
            placeholder={index && !bands ? t.noBands : undefined}
            options={(bands ?? []).map((b) => ({ value: b, label: b }))}
          />
        </Form.Item>
        <Form.Item name="source" label={t.source}>
          <Input aria-label={t.source} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
