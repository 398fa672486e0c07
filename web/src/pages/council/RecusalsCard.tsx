import { Button, Card, Form, Input, List, Select, Tag } from 'antd';
import { vi } from '../../../i18n/vi';
import { addRecusal, type SessionDto } from '../../api/council';
import { useSessionChange } from './use-session-change';

const t = vi.council;
interface Values {
  memberId: number;
  nominationId: number;
  reason: string;
}

/** Automatic recusals (own person or unit) and those recorded with a reason. */
export function RecusalsCard({ session: s }: { session: SessionDto }) {
  const editable = s.canManage && s.status === 'chuan_bi';
  const [form] = Form.useForm<Values>();
  const add = useSessionChange(s.id, (v: Values) => addRecusal(s.id, v), t.saved);
  const member = new Map(s.members.map((m) => [m.id, m.fullName]));
  const nominee = new Map(s.items.map((i) => [i.nominationId, i.nomineeName]));
  return (
    <Card title={t.recusals}>
      <List
        size="small"
        dataSource={s.recusals}
        locale={{ emptyText: '—' }}
        renderItem={(r) => (
          <List.Item>
            {member.get(r.memberId)} — {nominee.get(r.nominationId)}: {r.reason.replace(/^Tự động: /, '')} {r.automatic && <Tag>{t.automatic}</Tag>}
          </List.Item>
        )}
      />
      {editable && (
        <Form form={form} layout="inline" style={{ marginTop: 12 }} onFinish={(v) => add.mutate(v, { onSuccess: () => form.resetFields() })}>
          <Form.Item name="memberId" rules={[{ required: true, message: 'Chưa chọn thành viên' }]}>
            <Select aria-label={t.members} placeholder={t.members} style={{ width: 220 }} options={s.members.map((m) => ({ value: m.id, label: m.fullName }))} />
          </Form.Item>
          <Form.Item name="nominationId" rules={[{ required: true, message: 'Chưa chọn người được đề nghị' }]}>
            <Select aria-label={t.nominee} placeholder={t.nominee} style={{ width: 220 }} options={s.items.map((i) => ({ value: i.nominationId, label: i.nomineeName }))} />
          </Form.Item>
          <Form.Item name="reason" rules={[{ required: true, whitespace: true, message: 'Chưa nhập lý do' }]}>
            <Input placeholder={t.reason} style={{ width: 260 }} />
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending}>
            {t.addRecusal}
          </Button>
        </Form>
      )}
    </Card>
  );
}
