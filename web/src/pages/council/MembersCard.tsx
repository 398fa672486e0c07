import { Button, Card, Form, Input, Select, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { vi } from '../../../i18n/vi';
import { addMember, removeMember, setAttendance, type CouncilRole, type SessionDto } from '../../api/council';
import { usePeople } from '../../api/people';
import { useDebounced } from '../../components/useDebounced';
import { useSessionChange } from './use-session-change';

const t = vi.council;
type Member = SessionDto['members'][number];
const roleOptions: { value: CouncilRole; label: string }[] = [
  { value: 'chu_tich', label: 'Chủ tịch Hội đồng' },
  { value: 'pho_chu_tich', label: 'Phó Chủ tịch Hội đồng' },
  { value: 'thuong_truc', label: 'Ủy viên thường trực' },
  { value: 'thu_ky', label: 'Thư ký Hội đồng' },
  { value: 'uy_vien', label: 'Ủy viên' },
];

export function MembersCard({ session: s }: { session: SessionDto }) {
  const editable = s.canManage && s.status === 'chuan_bi';
  const [q, setQ] = useState('');
  const term = useDebounced(q, 300);
  const people = usePeople({ q: term || undefined, unitId: s.unit.id, limit: 50, offset: 0 });
  const [form] = Form.useForm<{ personId: number; role: CouncilRole; positionTitle?: string }>();
  const add = useSessionChange(s.id, (v: { personId: number; role: CouncilRole; positionTitle?: string }) => addMember(s.id, { ...v, positionTitle: v.positionTitle?.trim() || null }), t.saved);
  const remove = useSessionChange(s.id, (memberId: number) => removeMember(s.id, memberId));
  const mark = useSessionChange(s.id, (a: { memberId: number; present: boolean }) => setAttendance(s.id, [a]));

  return (
    <Card title={t.members}>
      <Table<Member>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={s.members}
        columns={[
          { title: t.person, dataIndex: 'fullName' },
          { title: vi.council.role, dataIndex: 'roleLabel' },
          { title: 'Chức vụ, đơn vị', render: (_, m) => [m.positionTitle, m.unit?.name].filter(Boolean).join(', ') },
          { title: t.account, render: (_, m) => (m.userId === null ? <Tag color="warning">{t.noAccount}</Tag> : m.canVoteOnline ? null : <Tag color="warning">{t.noVoteRight}</Tag>) },
          {
            title: t.present,
            render: (_, m) =>
              editable ? (
                <Switch aria-label={`${t.present}: ${m.fullName}`} checked={m.present === true} onChange={(present) => mark.mutate({ memberId: m.id, present })} checkedChildren={t.present} unCheckedChildren={m.present === null ? t.unmarked : t.absent} />
              ) : m.present === true ? (
                t.present
              ) : m.present === false ? (
                t.absent
              ) : (
                t.unmarked
              ),
          },
          ...(editable ? [{ title: '', width: 70, render: (_: unknown, m: Member) => <Button size="small" danger onClick={() => remove.mutate(m.id)}>{t.remove}</Button> }] : []),
        ]}
      />
      {editable && (
        <Form form={form} layout="inline" style={{ marginTop: 12 }} onFinish={(v) => add.mutate(v, { onSuccess: () => form.resetFields() })}>
          <Form.Item name="personId" rules={[{ required: true, message: 'Chưa chọn người' }]}>
            <Select
              aria-label={t.person}
              placeholder={t.person}
              showSearch
              filterOption={false}
              onSearch={setQ}
              style={{ width: 260 }}
              options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.fullName }))}
            />
          </Form.Item>
          <Form.Item name="role" initialValue="uy_vien">
            <Select aria-label={t.role} options={roleOptions} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="positionTitle">
            <Input placeholder={t.positionTitle} style={{ width: 260 }} />
          </Form.Item>
          <Space>
            <Button htmlType="submit" loading={add.isPending}>
              {t.addMember}
            </Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}
