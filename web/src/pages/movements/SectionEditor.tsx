import { EditOutlined, ReloadOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Space, Typography, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { vi } from '../../../i18n/vi';
import { errorMessage, isApiError } from '../../api/client';
import { fetchMovement, movementKeys, saveDraft, type MovementDetail, type PlanContent } from '../../api/movements';

const t = vi.movements;
export type PartKey = keyof PlanContent;

/** "content.criteria.0.target.value" → ['criteria', 0, 'target', 'value'] when it is one of `parts`. */
export function formPathOf(serverField: string, parts: readonly string[]): (string | number)[] | null {
  const segments = serverField.split('.');
  if (segments[0] === 'content') segments.shift();
  if (segments.length === 0 || !parts.includes(segments[0]!)) return null;
  return segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The parts of the plan a section edits, taken from the content so the form's paths are the plan's own. */
export function pickParts(content: PlanContent, parts: readonly PartKey[]): Record<string, unknown> {
  return Object.fromEntries(parts.map((p) => [p, structuredClone(content[p])]));
}

interface Props {
  /** Used for test ids: section-edit-<name>, section-form-<name>. */
  name: string;
  title?: ReactNode;
  detail: MovementDetail;
  /** True when the draft is what is shown and the user may edit it. */
  editable: boolean;
  parts: readonly PartKey[];
  view: ReactNode;
  children: (form: FormInstance) => ReactNode;
  /** Shapes the form's values back into the plan's parts (e.g. drops empty optional blocks). */
  finish?: (values: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * One part of the plan, shown read-only or edited in a form. Saving sends the whole draft with the
 * part replaced and the revision it was read at; when someone else saved in between (409), the
 * form keeps what the user typed and the newest draft can be fetched to save onto.
 */
export function SectionEditor({ name, title, detail, editable, parts, view, children, finish }: Props) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<{ message: string; conflict: boolean } | null>(null);

  const save = useMutation({
    mutationFn: () => {
      const draft = detail.draft;
      if (!draft) throw new Error('no draft');
      const raw = form.getFieldsValue(true) as Record<string, unknown>;
      const values = finish ? finish(raw) : raw;
      const content = { ...draft.content, ...Object.fromEntries(parts.map((p) => [p, values[p]])) } as PlanContent;
      return saveDraft(detail.id, { content, revision: draft.revision });
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(movementKeys.detail(detail.id), saved);
      void queryClient.invalidateQueries({ queryKey: ['movements', 'list'] });
      void message.success(t.actions.saved);
      setError(null);
      setEditing(false);
    },
    onError: (err) => {
      if (isApiError(err) && err.status === 409) {
        setError({ message: t.conflict, conflict: true });
        return;
      }
      if (isApiError(err) && err.fields) {
        const fields = Object.entries(err.fields)
          .map(([k, msg]) => ({ name: formPathOf(k, parts), errors: [msg] }))
          .filter((f): f is { name: (string | number)[]; errors: string[] } => f.name !== null);
        form.setFields(fields as never);
      }
      setError({ message: errorMessage(err), conflict: false });
    },
  });

  const reload = useMutation({
    mutationFn: () => fetchMovement(detail.id),
    onSuccess: (fresh) => {
      queryClient.setQueryData(movementKeys.detail(detail.id), fresh);
      setError(null);
      void message.info(t.conflictReloaded);
    },
    onError: (err) => void message.error(errorMessage(err)),
  });

  const start = () => {
    if (!detail.draft) return;
    form.resetFields();
    form.setFieldsValue(pickParts(detail.draft.content, parts));
    setError(null);
    setEditing(true);
  };

  return (
    <Card
      size="small"
      title={title}
      data-testid={`section-${name}`}
      extra={
        editable && !editing ? (
          <Button size="small" icon={<EditOutlined />} onClick={start} data-testid={`section-edit-${name}`}>
            {t.actions.edit}
          </Button>
        ) : null
      }
    >
      {!editing && view}
      {editing && (
        <Form form={form} layout="vertical" data-testid={`section-form-${name}`} onFinish={() => save.mutate()} scrollToFirstError>
          {error && (
            <Alert
              type={error.conflict ? 'warning' : 'error'}
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="save-error"
              title={error.conflict ? t.conflict : t.saveError}
              description={error.conflict ? undefined : <Typography.Text>{error.message}</Typography.Text>}
              action={
                error.conflict ? (
                  <Button size="small" icon={<ReloadOutlined />} loading={reload.isPending} onClick={() => reload.mutate()} data-testid="conflict-reload">
                    {t.conflictReload}
                  </Button>
                ) : undefined
              }
            />
          )}
          {children(form)}
          <Flex justify="end" style={{ position: 'sticky', bottom: 0, background: '#fff', paddingBlock: 8 }}>
            <Space>
              <Button onClick={() => setEditing(false)}>{t.actions.cancel}</Button>
              <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending} data-testid="save-draft">
                {t.actions.save}
              </Button>
            </Space>
          </Flex>
        </Form>
      )}
    </Card>
  );
}
