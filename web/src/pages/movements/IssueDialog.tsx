import { useMutation } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Typography, type ButtonProps } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { issueMovement, type MovementDetail } from '../../api/movements';
import { DateInput } from '../../components/DateInput';
import { toIso } from '../../components/dates-form';
import { applyFieldErrors } from '../../components/form-errors';

const t = vi.movements;

interface IssueValues {
  number: string;
  issuedOn: Dayjs;
  changeNote?: string;
}

/** Ban hành: number and date of the document; the draft becomes the version in force. */
export function IssueDialog({ detail, onClose, onIssued }: { detail: MovementDetail; onClose: () => void; onIssued: (d: MovementDetail) => void }) {
  const [form] = Form.useForm<IssueValues>();
  const { message } = App.useApp();
  const draft = detail.draft!;
  const issue = useMutation({
    mutationFn: (v: IssueValues) =>
      issueMovement(detail.id, { number: v.number.trim(), issuedOn: toIso(v.issuedOn)!, changeNote: v.changeNote?.trim() || null, revision: draft.revision }),
    onSuccess: (d) => {
      void message.success(t.actions.issued);
      onIssued(d);
      onClose();
    },
    onError: (err) => {
      applyFieldErrors(form, err, ['number', 'issuedOn', 'changeNote']);
    },
  });
  return (
    <Modal
      open
      title={t.actions.issueTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.actions.issue}
      cancelText={vi.common.cancel}
      confirmLoading={issue.isPending}
      okButtonProps={{ 'data-testid': 'issue-submit' } as ButtonProps}
    >
      <Typography.Paragraph type="secondary">{t.actions.issueIntro}</Typography.Paragraph>
      {issue.isError && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(issue.error)} data-testid="issue-error" />}
      <Form
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ number: draft.content.header.number ?? '', issuedOn: draft.content.header.issuedOn ? dayjs(draft.content.header.issuedOn) : dayjs() }}
        onFinish={(v) => issue.mutate(v)}
      >
        <Form.Item label={t.number} name="number" rules={[{ required: true, whitespace: true, message: vi.common.required(t.number) }]}>
          <Input placeholder="135/KH-UBND" maxLength={100} />
        </Form.Item>
        <Form.Item label={t.issuedOn} name="issuedOn" rules={[{ required: true, message: vi.common.requiredSelect(t.issuedOn) }]}>
          <DateInput style={{ width: 200 }} />
        </Form.Item>
        {detail.status !== 'draft' && (
          <Form.Item label={t.actions.changeNote} name="changeNote" initialValue={draft.changeNote ?? ''}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** Sửa đổi: starts a new draft from the version in force, with a note saying why. */
export function AmendDialog(props: { pending: boolean; error: unknown; onClose: () => void; onSubmit: (note: string | null) => void }) {
  const [form] = Form.useForm<{ changeNote?: string }>();
  return (
    <Modal
      open
      title={t.actions.amendTitle}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t.actions.amend}
      cancelText={vi.common.cancel}
      confirmLoading={props.pending}
      okButtonProps={{ 'data-testid': 'amend-submit' } as ButtonProps}
    >
      {props.error != null && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(props.error)} />}
      <Form form={form} layout="vertical" onFinish={(v) => props.onSubmit(v.changeNote?.trim() || null)}>
        <Form.Item label={t.actions.changeNote} name="changeNote">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
