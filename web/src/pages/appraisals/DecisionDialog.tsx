import { Alert, Form, Input, InputNumber, Modal, type ButtonProps } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { vi } from '../../../i18n/vi';
import type { AppraiseBody, AssessmentDto } from '../../api/appraisals';
import { errorMessage } from '../../api/client';
import { DateInput } from '../../components/DateInput';
import { formatPoints } from './appraisal-view';

const t = vi.appraisals;

interface Props {
  action: 'change' | 'return';
  assessment: AssessmentDto;
  pending: boolean;
  error: unknown;
  onOk: (body: AppraiseBody) => void;
  onClose: () => void;
}

interface Values {
  points?: number;
  reason: string;
  explainBy?: Dayjs;
}

const criterionName = (a: AssessmentDto) => (a.criterion ? `${a.criterion.label ? `${a.criterion.label} ` : ''}${a.criterion.indicator}` : a.criterionKey);

/** A changed score needs the new points and a reason; a return needs the request and a deadline (dd/mm/yyyy). */
export function DecisionDialog({ action, assessment, pending, error, onOk, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const change = action === 'change';
  const finish = (v: Values) =>
    onOk(change ? { action, points: v.points!, reason: v.reason.trim() } : { action, reason: v.reason.trim(), explainBy: v.explainBy!.format('YYYY-MM-DD') });
  return (
    <Modal
      open
      title={change ? t.changeTitle(criterionName(assessment)) : t.returnTitle(criterionName(assessment))}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={change ? t.change : t.return}
      cancelText={vi.common.cancel}
      confirmLoading={pending}
      okButtonProps={{ danger: !change, 'data-testid': 'decision-confirm' } as ButtonProps}
    >
      {error != null && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(error)} data-testid="decision-error" />}
      <Form form={form} layout="vertical" onFinish={finish} initialValues={change ? { points: assessment.selfPoints } : {}}>
        {change && (
          <Form.Item
            label={`${t.newPoints} (0–${formatPoints(assessment.possible)}; ${t.selfPoints.toLowerCase()} ${formatPoints(assessment.selfPoints)})`}
            name="points"
            rules={[{ required: true, message: vi.common.required(t.newPoints) }]}
          >
            <InputNumber min={0} max={assessment.possible} step={1} decimalSeparator="," style={{ width: 160 }} data-testid="decision-points" />
          </Form.Item>
        )}
        <Form.Item
          label={change ? t.changeReason : t.request}
          name="reason"
          rules={[{ required: true, whitespace: true, message: vi.common.required(change ? t.changeReason : t.request) }, { max: 4000, message: 'Tối đa 4000 ký tự' }]}
        >
          <Input.TextArea rows={3} data-testid="decision-reason" />
        </Form.Item>
        {!change && (
          <Form.Item label={t.deadline} name="explainBy" rules={[{ required: true, message: vi.common.requiredSelect(t.deadline) }]}>
            <DateInput disabledDate={(d) => d.isBefore(dayjs(), 'day')} data-testid="decision-deadline" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
