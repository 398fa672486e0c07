import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Modal, Space, Table, Tag, Tree, Typography, type TableColumnsType, type ButtonProps } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { vi } from '../../../../i18n/vi';
import { errorMessage } from '../../../api/client';
import { createChildPlan, movementKeys, useCascade, type CascadeNodeDto, type CascadeUnitDto, type MovementDetail } from '../../../api/movements';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { formatDate } from '../../../lib/dates';
import { paths } from '../../../paths';
import { StatusTag } from '../StatusTag';
import { planStateLabels, timelinessLabels } from '../../../../../src/modules/movements/cascade/cascade-labels';

const t = vi.movements.cascade;
const timelinessColors = { on_time: 'green', late: 'orange', overdue: 'red', pending: 'default' } as const;

type TreeItem = { key: number; title: React.ReactNode; children: TreeItem[] };
/** The API lists the plans below in tree order with their parent; the Tree wants them nested. */
const toTree = (nodes: CascadeNodeDto[], parentId: number): TreeItem[] =>
  nodes.filter((n) => n.parentMovementId === parentId).map((n) => ({
    key: n.id,
    title: (
      <Space size={6}>
        <Link to={paths.movement(n.id)}>{n.number ? `${n.number} — ` : ''}{n.title}</Link>
        <Typography.Text type="secondary">{n.owner.name}</Typography.Text>
        <StatusTag status={n.status} />
      </Space>
    ),
    children: toTree(nodes, n.id),
  }));

/** Phân cấp: the plans made under this one, and which expected units have (not) issued theirs. */
export function CascadeTab({ detail, active }: { detail: MovementDetail; active: boolean }) {
  const cascade = useCascade(detail.id, active);
  const [creating, setCreating] = useState(false);
  const columns: TableColumnsType<CascadeUnitDto> = [
    { title: t.unit, key: 'unit', render: (_, u) => u.unit.name },
    {
      title: t.plan,
      key: 'plan',
      render: (_, u) => (u.plan.movementId ? <Link to={paths.movement(u.plan.movementId)}>{planStateLabels[u.plan.state]}</Link> : planStateLabels.none),
    },
    {
      title: t.state,
      key: 'state',
      width: 260,
      render: (_, u) => (
        <Space size={4}>
          <Tag color={timelinessColors[u.timeliness]}>{timelinessLabels[u.timeliness]}</Tag>
          {u.late && (
            <Tag color="red" data-testid="late-tag">
              {t.late}
            </Tag>
          )}
        </Space>
      ),
    },
    { title: t.due, key: 'due', width: 130, render: (_, u) => formatDate(u.dueOn) },
    { title: vi.movements.issuedOn, key: 'issuedOn', width: 130, render: (_, u) => formatDate(u.plan.issuedOn) },
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      {detail.can.cascade && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-child-plan">
          {t.createChild}
        </Button>
      )}
      {detail.status === 'draft' && <Alert type="info" showIcon title={t.notIssued} />}
      {cascade.isError && <Alert type="error" showIcon title={errorMessage(cascade.error)} />}
      <Card size="small" title={t.children} loading={cascade.isPending && active}>
        {cascade.data && cascade.data.tree.length > 0 ? (
          <Tree treeData={toTree(cascade.data.tree, detail.id)} defaultExpandAll selectable={false} data-testid="cascade-tree" />
        ) : (
          <Typography.Text type="secondary">{t.noChildren}</Typography.Text>
        )}
      </Card>
      <Card
        size="small"
        title={t.units}
        extra={
          cascade.data && (
            <Typography.Text data-testid="cascade-summary">
              {t.summary(cascade.data.summary.issued, cascade.data.summary.expected, cascade.data.summary.late)}
              {cascade.data.deadline && ` · ${t.due}: ${formatDate(cascade.data.deadline.dueOn)} (${cascade.data.deadline.title})`}
            </Typography.Text>
          )
        }
      >
        <Table<CascadeUnitDto>
          data-testid="cascade-table"
          rowKey={(u) => u.unit.id}
          size="small"
          pagination={false}
          columns={columns}
          dataSource={cascade.data?.units ?? []}
          loading={cascade.isFetching}
          locale={{ emptyText: vi.common.empty }}
        />
      </Card>
      {creating && <CreateChildDialog detail={detail} onClose={() => setCreating(false)} />}
    </Space>
  );
}

function CreateChildDialog({ detail, onClose }: { detail: MovementDetail; onClose: () => void }) {
  const [form] = Form.useForm<{ ownerUnitId?: number }>();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (unitId: number) => createChildPlan(detail.id, unitId),
    onSuccess: (child) => {
      void message.success(t.childCreated);
      void queryClient.invalidateQueries({ queryKey: movementKeys.all });
      onClose();
      void navigate(paths.movement(child.id));
    },
  });
  return (
    <Modal
      open
      title={t.createChild}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.createChild}
      cancelText={vi.common.cancel}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'create-child-submit' } as ButtonProps}
    >
      {create.isError && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(create.error)} data-testid="create-child-error" />}
      <Form form={form} layout="vertical" onFinish={(v) => create.mutate(v.ownerUnitId!)}>
        <Form.Item label={t.childUnit} name="ownerUnitId" rules={[{ required: true, message: vi.common.requiredSelect(t.childUnit) }]}>
          <UnitTreeSelect disabledIds={new Set([detail.owner.id])} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
