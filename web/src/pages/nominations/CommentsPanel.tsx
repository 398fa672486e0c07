import { Alert, Button, Form, Input, List, Select, Typography } from 'antd';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { formatDate, formatDateTime } from '../../lib/dates';
import { addComment, useComments, useNominationMutation, type BatchDetailDto } from './api';

const t = vi.nominations;

/** Comments received while the list is publicly noticed (công khai); the form shows only within the period. */
export function CommentsPanel({ batch }: { batch: BatchDetailDto }) {
  const comments = useComments(batch.id, batch.noticeFrom !== null);
  const [form] = Form.useForm<{ body: string; nominationId?: number }>();
  const send = useNominationMutation((v: { body: string; nominationId?: number }) => addComment(batch.id, v.body.trim(), v.nominationId ?? null));
  if (batch.noticeFrom === null) return null;
  const names = new Map(batch.nominations.map((n) => [n.id, n.nomineeName]));
  return (
    <div>
      <Typography.Title level={5}>{t.comments}</Typography.Title>
      <Typography.Text type="secondary">{t.notice(formatDate(batch.noticeFrom), formatDate(batch.noticeTo))}</Typography.Text>
      {comments.isError && <Alert type="error" showIcon title={errorMessage(comments.error)} />}
      <List
        size="small"
        locale={{ emptyText: t.noComments }}
        dataSource={comments.data?.items ?? []}
        renderItem={(c) => (
          <List.Item>
            <List.Item.Meta
              title={`${c.authorName} — ${formatDateTime(c.createdAt)}${c.nominationId ? ` — ${names.get(c.nominationId) ?? ''}` : ''}`}
              description={c.body}
            />
          </List.Item>
        )}
      />
      {batch.can.comment ? (
        <Form form={form} layout="vertical" onFinish={(v) => send.mutate(v, { onSuccess: () => form.resetFields() })}>
          <Form.Item label={t.commentAbout} name="nominationId">
            <Select allowClear options={batch.nominations.filter((n) => n.status !== 'rut').map((n) => ({ value: n.id, label: n.nomineeName }))} />
          </Form.Item>
          <Form.Item label={t.commentBody} name="body" rules={[{ required: true, whitespace: true, message: vi.common.required(t.commentBody) }]}>
            <Input.TextArea rows={2} data-testid="comment-body" />
          </Form.Item>
          {send.isError && <Alert type="error" showIcon title={errorMessage(send.error)} style={{ marginBottom: 8 }} />}
          <Button htmlType="submit" loading={send.isPending} data-testid="comment-send">
            {t.send}
          </Button>
        </Form>
      ) : (
        <Alert type="info" showIcon title={t.commentsClosed} />
      )}
    </div>
  );
}
