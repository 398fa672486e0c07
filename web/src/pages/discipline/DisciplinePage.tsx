import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { subjectKindLabels } from '../../../../src/modules/commendation-inputs/vocab';
import { vi } from '../../../i18n/vi';
import { hasPermission, useMe } from '../../api/auth';
import { InputsFilterBar } from '../initiatives/InputsFilterBar';
import { errorMessage } from '../../api/client';
import { deleteInput, inputKeys, useDiscipline, type DisciplineDto, type InputFilters } from '../../api/inputs';
import { formatDate } from '../../lib/dates';
import { InputsExcel } from '../initiatives/InputsExcel';
import { DisciplineDialog } from './DisciplineDialog';

const t = vi.inputs.discipline;
const c = vi.inputs.common;

function period(d: DisciplineDto): string {
  const end = d.effectiveTo ? formatDate(d.effectiveTo) : d.kind === 'pending' ? t.open : t.noEnd;
  return `${formatDate(d.effectiveFrom)} – ${end}`;
}

/** Kỷ luật: decisions with their period of effect, and matters pending that hold awards. */
export default function DisciplinePage() {
  const me = useMe();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<InputFilters>({});
  const [dialog, setDialog] = useState<{ editing: DisciplineDto | null } | null>(null);
  const list = useDiscipline(filters);
  const mayWrite = hasPermission(me.data, 'discipline.write');
  const mayBrowse = hasPermission(me.data, 'discipline.read');

  const remove = async (id: number) => {
    try {
      await deleteInput('discipline', id);
      void message.success(c.deleted);
      await qc.invalidateQueries({ queryKey: inputKeys.all('discipline') });
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  const columns: TableColumnsType<DisciplineDto> = [
    { title: c.subjectKind, key: 'kind', width: 90, render: (_, d) => subjectKindLabels[d.subject.kind] },
    { title: c.subject, key: 'subject', render: (_, d) => d.subject.person?.fullName ?? d.subject.unit.name },
    { title: c.unit, key: 'unit', render: (_, d) => d.subject.unit.name },
    { title: t.content, key: 'form', width: 210, render: (_, d) => (d.kind === 'pending' ? <Tag color="orange">{d.pendingKindName}</Tag> : <Tag color="red">{d.formName}</Tag>) },
    { title: c.decisionNumber, key: 'decision', width: 190, render: (_, d) => (d.decisionNumber || d.decisionDate ? `${d.decisionNumber ?? ''} ${d.decisionDate ? formatDate(d.decisionDate) : ''}`.trim() : '—') },
    {
      title: t.period,
      key: 'period',
      width: 240,
      render: (_, d) => (
        <Space orientation="vertical" size={0}>
          <span>{period(d)}</span>
          {d.periodOverrideReason && (
            <Typography.Text type="secondary" title={d.periodOverrideReason}>
              {t.overridden(d.ruleEffectTo ? formatDate(d.ruleEffectTo) : t.noEnd)}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { title: '', key: 'active', width: 120, render: (_, d) => (d.activeToday ? <Tag color="volcano">{d.kind === 'pending' ? t.activePending : t.active}</Tag> : <Tag>{t.ended}</Tag>) },
    {
      title: vi.common.actions,
      key: 'actions',
      width: 170,
      render: (_, d) =>
        d.editable && mayWrite ? (
          <Space size={4}>
            <Button size="small" icon={<EditOutlined />} onClick={() => setDialog({ editing: d })}>
              {vi.common.edit}
            </Button>
            <Popconfirm title={c.deleteConfirm} okText={c.delete} cancelText={vi.common.cancel} onConfirm={() => remove(d.id)}>
              <Button size="small" danger icon={<DeleteOutlined />}>
                {c.delete}
              </Button>
            </Popconfirm>
          </Space>
        ) : (
          <Typography.Text type="secondary">{c.readOnly}</Typography.Text>
        ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="discipline-page">
      <div>
        <Typography.Title level={3}>{t.title}</Typography.Title>
        <Typography.Text type="secondary">{t.subtitle}</Typography.Text>
      </div>
      {mayBrowse && (
        <InputsFilterBar filters={filters} setFilters={setFilters} onAdd={mayWrite ? () => setDialog({ editing: null }) : undefined} addLabel={t.add} addTestId="discipline-add" />
      )}
      <InputsExcel kind="discipline" filters={filters} mayImport={false} />
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} />}
      <Table<DisciplineDto>
        data-testid="discipline-table"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        pagination={{ pageSize: 50, showSizeChanger: false, showTotal: vi.common.total }}
        scroll={{ x: 1200 }}
      />
      <DisciplineDialog open={dialog !== null} editing={dialog?.editing ?? null} onClose={() => setDialog(null)} />
    </Space>
  );
}
