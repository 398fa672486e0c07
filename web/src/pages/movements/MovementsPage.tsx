import { FileTextOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Input, InputNumber, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { vi } from '../../../i18n/vi';
import { hasPermission, useMe } from '../../api/auth';
import { errorMessage } from '../../api/client';
import { useMovements, type MovementStatus, type MovementSummaryDto } from '../../api/movements';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useDebounced } from '../../components/useDebounced';
import { formatDate } from '../../lib/dates';
import { paths } from '../../paths';
import { CreateMovementDialog } from './CreateMovementDialog';
import { labelOf, levelOptions, movementLevelLabels, statusOptions } from './labels';
import { StatusTag } from './StatusTag';

const t = vi.movements;
type Level = (typeof levelOptions)[number]['value'];

const years = (m: MovementSummaryDto) =>
  m.yearFrom === null ? '—' : m.yearTo === null || m.yearTo === m.yearFrom ? String(m.yearFrom) : `${m.yearFrom}–${m.yearTo}`;

export default function MovementsPage() {
  const me = useMe().data;
  const navigate = useNavigate();
  const canWrite = hasPermission(me, 'movements.write');
  const [query, setQuery] = useState('');
  const [level, setLevel] = useState<Level | undefined>();
  const [year, setYear] = useState<number | null>(null);
  const [status, setStatus] = useState<MovementStatus | undefined>();
  const [unitId, setUnitId] = useState<number | undefined>();
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const q = useDebounced(query.trim());
  const firstPage = () => setPage((p) => ({ ...p, current: 1 }));

  const list = useMovements({
    q: q || undefined,
    level,
    year: year ?? undefined,
    status,
    unitId,
    limit: page.pageSize,
    offset: (page.current - 1) * page.pageSize,
  });

  const columns: TableColumnsType<MovementSummaryDto> = [
    { title: t.number, dataIndex: 'number', width: 150, render: (n: string | null) => n ?? <Typography.Text type="secondary">{t.noNumber}</Typography.Text> },
    {
      title: t.summary,
      dataIndex: 'title',
      render: (title: string, m) => (
        <Space size={4} wrap>
          <Link to={paths.movement(m.id)}>{title}</Link>
          {m.hasDraft && m.status !== 'draft' && <Tag>{t.hasDraft}</Tag>}
        </Space>
      ),
    },
    { title: t.owner, dataIndex: ['owner', 'name'], width: 240 },
    { title: t.level, dataIndex: 'level', width: 130, render: (l: string) => labelOf(movementLevelLabels, l) },
    { title: t.year, key: 'year', width: 100, render: (_, m) => years(m) },
    { title: t.status, dataIndex: 'status', width: 140, render: (s: MovementStatus) => <StatusTag status={s} /> },
    { title: t.issuedOn, dataIndex: 'issuedOn', width: 130, render: (d: string | null) => formatDate(d) },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t.title}
        </Typography.Title>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-movement">
            {t.create}
          </Button>
        )}
        {canWrite && (
          <Button icon={<FileTextOutlined />} onClick={() => void navigate(paths.planImport)} data-testid="plan-import-open">
            {vi.planImport.menuButton}
          </Button>
        )}
      </Space>
      <Card size="small">
        <Space wrap size="middle" style={{ width: '100%' }}>
          <Input
            data-testid="movements-search"
            aria-label={t.searchLabel}
            placeholder={t.searchPlaceholder}
            prefix={<SearchOutlined />}
            allowClear
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              firstPage();
            }}
            style={{ width: 340 }}
          />
          <Select
            aria-label={t.levelFilter}
            placeholder={t.levelFilter}
            allowClear
            options={levelOptions}
            value={level}
            onChange={(v: Level | undefined) => {
              setLevel(v);
              firstPage();
            }}
            style={{ width: 170 }}
          />
          <InputNumber
            aria-label={t.yearFilter}
            placeholder={t.yearFilter}
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => {
              setYear(typeof v === 'number' ? v : null);
              firstPage();
            }}
            style={{ width: 110 }}
          />
          <Select
            aria-label={t.statusFilter}
            placeholder={t.statusFilter}
            allowClear
            options={statusOptions}
            value={status}
            onChange={(v: MovementStatus | undefined) => {
              setStatus(v);
              firstPage();
            }}
            style={{ width: 170 }}
          />
          <UnitTreeSelect
            aria-label={t.unitFilter}
            placeholder={t.unitFilter}
            value={unitId}
            onChange={(id) => {
              setUnitId(id);
              firstPage();
            }}
            style={{ width: 300 }}
          />
        </Space>
      </Card>
      {list.isError && <Typography.Text type="danger">{errorMessage(list.error)}</Typography.Text>}
      <Table<MovementSummaryDto>
        data-testid="movements-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        locale={{ emptyText: vi.common.empty }}
        pagination={{
          current: page.current,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => vi.common.total(total),
          onChange: (current, pageSize) => setPage({ current: pageSize === page.pageSize ? current : 1, pageSize }),
        }}
        scroll={{ x: 1100 }}
      />
      {creating && (
        <CreateMovementDialog
          defaultUnitId={unitId}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            void navigate(paths.movement(id));
          }}
        />
      )}
    </Space>
  );
}
