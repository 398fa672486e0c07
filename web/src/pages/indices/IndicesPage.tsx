import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, InputNumber, Popconfirm, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { indexCodes, indexLabels, indexRules } from '../../../../src/modules/indices/index-rules';
import { vi } from '../../../i18n/vi';
import { hasPermission, useMe } from '../../api/auth';
import { errorMessage } from '../../api/client';
import { deleteIndexScore, indexKeys, useIndexScores, type IndexCode, type IndexFilters, type IndexScoreDto } from '../../api/indices';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { IndexImport } from './IndexImport';
import { IndexScoreDialog } from './IndexScoreDialog';

const t = vi.indices;
const num = (n: number | null) => (n === null ? '—' : n.toLocaleString('vi-VN', { maximumFractionDigits: 2 }));

/** Chỉ số: PAR Index, SIPAS, PAPI, PCI, ICT Index and the local CCHC index per unit per year. */
export default function IndicesPage() {
  const me = useMe();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<IndexFilters>({});
  const [dialog, setDialog] = useState<{ editing: IndexScoreDto | null } | null>(null);
  const list = useIndexScores(filters);
  const mayWrite = hasPermission(me.data, 'indices.write');

  const remove = async (id: number) => {
    try {
      await deleteIndexScore(id);
      void message.success(t.deleted);
      await qc.invalidateQueries({ queryKey: indexKeys.all });
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  const columns: TableColumnsType<IndexScoreDto> = [
    { title: t.unit, key: 'unit', render: (_, s) => s.unit.name },
    { title: t.year, dataIndex: 'year', width: 80 },
    { title: t.index, key: 'index', width: 130, render: (_, s) => <span title={s.indexName}>{indexRules[s.index].short}</span> },
    { title: t.score, key: 'score', width: 90, align: 'right', render: (_, s) => num(s.score) },
    { title: t.rank, key: 'rank', width: 90, align: 'right', render: (_, s) => (s.rank !== null && s.rankOf !== null ? `${s.rank}/${s.rankOf}` : '—') },
    { title: t.band, key: 'band', width: 110, render: (_, s) => s.band ?? '—' },
    { title: t.source, key: 'source', render: (_, s) => s.source ?? '—' },
    {
      title: vi.common.actions,
      key: 'actions',
      width: 170,
      render: (_, s) =>
        s.editable && mayWrite ? (
          <Space size={4}>
            <Button size="small" icon={<EditOutlined />} onClick={() => setDialog({ editing: s })} data-testid="index-edit">
              {vi.common.edit}
            </Button>
            <Popconfirm title={t.deleteConfirm} okText={t.delete} cancelText={vi.common.cancel} onConfirm={() => remove(s.id)}>
              <Button size="small" danger icon={<DeleteOutlined />} data-testid="index-delete">
                {t.delete}
              </Button>
            </Popconfirm>
          </Space>
        ) : (
          !s.editable && <Typography.Text type="secondary">{t.readOnly}</Typography.Text>
        ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="indices-page">
      <div>
        <Typography.Title level={3}>{t.title}</Typography.Title>
        <Typography.Text type="secondary">{t.subtitle}</Typography.Text>
      </div>
      <Card size="small">
        <Flex gap={12} wrap justify="space-between">
          <Flex gap={12} wrap>
            <UnitTreeSelect aria-label={t.unit} placeholder={t.allUnits} allowClear value={filters.unitId ?? null} onChange={(unitId) => setFilters((f) => ({ ...f, unitId }))} style={{ width: 320 }} />
            <InputNumber
              aria-label={t.year}
              placeholder={t.allYears}
              min={2000}
              max={2100}
              value={filters.year ?? null}
              onChange={(y) => setFilters((f) => ({ ...f, year: typeof y === 'number' ? y : undefined }))}
              style={{ width: 140 }}
            />
            <Select<IndexCode>
              aria-label={t.index}
              placeholder={t.allIndices}
              allowClear
              value={filters.index}
              onChange={(index) => setFilters((f) => ({ ...f, index }))}
              options={indexCodes.map((c) => ({ value: c, label: indexRules[c].short, title: indexLabels[c] }))}
              style={{ width: 180 }}
            />
          </Flex>
          {mayWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ editing: null })} data-testid="index-add">
              {t.add}
            </Button>
          )}
        </Flex>
      </Card>
      <IndexImport filters={filters} mayWrite={mayWrite} />
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} />}
      <Table<IndexScoreDto>
        data-testid="indices-table"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        pagination={{ pageSize: 50, showSizeChanger: false, showTotal: vi.common.total }}
        scroll={{ x: 900 }}
      />
      <IndexScoreDialog open={dialog !== null} editing={dialog?.editing ?? null} onClose={() => setDialog(null)} />
    </Space>
  );
}
