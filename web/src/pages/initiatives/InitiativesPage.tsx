import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { vi } from '../../../i18n/vi';
import { hasPermission, useMe } from '../../api/auth';
import { InputsFilterBar } from './InputsFilterBar';
import { errorMessage } from '../../api/client';
import { deleteInput, inputKeys, useInitiatives, type InitiativeDto, type InputFilters } from '../../api/inputs';
import { formatDate } from '../../lib/dates';
import { InitiativeDialog } from './InitiativeDialog';
import { InputsExcel } from './InputsExcel';

const t = vi.inputs.initiatives;
const c = vi.inputs.common;
const pct = (n: number) => `${n.toLocaleString('vi-VN', { maximumFractionDigits: 2 })}%`;

/** Sáng kiến: the register of initiatives, their authors and their recognition. */
export default function InitiativesPage() {
  const me = useMe();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<InputFilters>({});
  const [dialog, setDialog] = useState<{ editing: InitiativeDto | null } | null>(null);
  const list = useInitiatives(filters);
  const mayWrite = hasPermission(me.data, 'initiatives.write');

  const remove = async (id: number) => {
    try {
      await deleteInput('initiatives', id);
      void message.success(c.deleted);
      await qc.invalidateQueries({ queryKey: inputKeys.all('initiatives') });
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  const columns: TableColumnsType<InitiativeDto> = [
    {
      title: t.name,
      key: 'title',
      render: (_, i) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{i.title}</Typography.Text>
          {i.summary && <Typography.Text type="secondary">{i.summary}</Typography.Text>}
        </Space>
      ),
    },
    { title: c.unit, key: 'unit', width: 200, render: (_, i) => i.unit.name },
    { title: c.year, dataIndex: 'year', width: 70 },
    { title: t.authors, key: 'authors', width: 240, render: (_, i) => i.authors.map((a) => <div key={a.personId}>{`${a.fullName} (${pct(a.share)})`}</div>) },
    {
      title: t.recognisedBy,
      key: 'recognition',
      width: 240,
      render: (_, i) =>
        i.recognitionLevel ? (
          <Space orientation="vertical" size={0}>
            <Tag color="green">{i.recognitionLevelName}</Tag>
            <span>{`${i.decisionNumber ?? ''} — ${formatDate(i.decisionDate)}`}</span>
            {i.councilName && <Typography.Text type="secondary">{i.councilName}</Typography.Text>}
          </Space>
        ) : (
          <Tag>{t.notRecognised}</Tag>
        ),
    },
    {
      title: vi.common.actions,
      key: 'actions',
      width: 170,
      render: (_, i) =>
        i.editable && mayWrite ? (
          <Space size={4}>
            <Button size="small" icon={<EditOutlined />} onClick={() => setDialog({ editing: i })} data-testid="initiative-edit">
              {vi.common.edit}
            </Button>
            <Popconfirm title={c.deleteConfirm} okText={c.delete} cancelText={vi.common.cancel} onConfirm={() => remove(i.id)}>
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
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="initiatives-page">
      <div>
        <Typography.Title level={3}>{t.title}</Typography.Title>
        <Typography.Text type="secondary">{t.subtitle}</Typography.Text>
      </div>
      <InputsFilterBar filters={filters} setFilters={setFilters} onAdd={mayWrite ? () => setDialog({ editing: null }) : undefined} addLabel={t.add} addTestId="initiative-add" />
      <InputsExcel kind="initiatives" filters={filters} mayImport={mayWrite} />
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} />}
      <Table<InitiativeDto>
        data-testid="initiatives-table"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        pagination={{ pageSize: 50, showSizeChanger: false, showTotal: vi.common.total }}
        scroll={{ x: 1000 }}
      />
      <InitiativeDialog open={dialog !== null} editing={dialog?.editing ?? null} onClose={() => setDialog(null)} />
    </Space>
  );
}
