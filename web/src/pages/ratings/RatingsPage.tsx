import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { subjectKindLabels, type RatingCode } from '../../../../src/modules/commendation-inputs/vocab';
import { vi } from '../../../i18n/vi';
import { hasPermission, useMe } from '../../api/auth';
import { InputsFilterBar } from '../initiatives/InputsFilterBar';
import { errorMessage } from '../../api/client';
import { deleteInput, inputKeys, useRatings, type InputFilters, type RatingDto } from '../../api/inputs';
import { InputsExcel } from '../initiatives/InputsExcel';
import { RatingDialog } from './RatingDialog';

const t = vi.inputs.ratings;
const c = vi.inputs.common;
const colors: Record<RatingCode, string> = { HTXSNV: 'green', HTTNV: 'blue', HTNV: 'default', KHTNV: 'red' };

/** Xếp loại hằng năm: the yearly rating of people and units. */
export default function RatingsPage() {
  const me = useMe();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<InputFilters>({});
  const [dialog, setDialog] = useState<{ editing: RatingDto | null } | null>(null);
  const list = useRatings(filters);
  const mayWrite = hasPermission(me.data, 'ratings.write');

  const remove = async (id: number) => {
    try {
      await deleteInput('ratings', id);
      void message.success(c.deleted);
      await qc.invalidateQueries({ queryKey: inputKeys.all('ratings') });
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  const columns: TableColumnsType<RatingDto> = [
    { title: c.subjectKind, key: 'kind', width: 100, render: (_, r) => subjectKindLabels[r.subject.kind] },
    { title: c.subject, key: 'subject', render: (_, r) => r.subject.person?.fullName ?? r.subject.unit.name },
    { title: c.unit, key: 'unit', render: (_, r) => r.subject.unit.name },
    { title: c.year, dataIndex: 'year', width: 70 },
    { title: t.rating, key: 'rating', width: 270, render: (_, r) => <Tag color={colors[r.rating]}>{r.ratingName}</Tag> },
    { title: t.source, key: 'source', render: (_, r) => r.source ?? '—' },
    {
      title: vi.common.actions,
      key: 'actions',
      width: 170,
      render: (_, r) =>
        r.editable && mayWrite ? (
          <Space size={4}>
            <Button size="small" icon={<EditOutlined />} onClick={() => setDialog({ editing: r })}>
              {vi.common.edit}
            </Button>
            <Popconfirm title={c.deleteConfirm} okText={c.delete} cancelText={vi.common.cancel} onConfirm={() => remove(r.id)}>
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
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="ratings-page">
      <div>
        <Typography.Title level={3}>{t.title}</Typography.Title>
        <Typography.Text type="secondary">{t.subtitle}</Typography.Text>
      </div>
      <InputsFilterBar filters={filters} setFilters={setFilters} onAdd={mayWrite ? () => setDialog({ editing: null }) : undefined} addLabel={t.add} addTestId="rating-add" />
      <InputsExcel kind="ratings" filters={filters} mayImport={mayWrite} />
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} />}
      <Table<RatingDto>
        data-testid="ratings-table"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        pagination={{ pageSize: 50, showSizeChanger: false, showTotal: vi.common.total }}
        scroll={{ x: 900 }}
      />
      <RatingDialog open={dialog !== null} editing={dialog?.editing ?? null} onClose={() => setDialog(null)} />
    </Space>
  );
}
