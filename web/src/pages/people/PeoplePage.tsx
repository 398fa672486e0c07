import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Input, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { personCategoryLabels } from '../../../../src/modules/people/person-fields';
import { vi } from '../../../i18n/vi';
import { hasPermission, useMe } from '../../api/auth';
import { errorMessage } from '../../api/client';
import { usePeople, type PersonCategory, type PersonDto } from '../../api/people';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useDebounced } from '../../components/useDebounced';
import { PersonDrawer } from './PersonDrawer';
import { PersonFormDialog } from './PersonFormDialog';

const categoryOptions = Object.entries(personCategoryLabels).map(([value, label]) => ({ value, label }));

function useUnitFilter(): [number | undefined, (id: number | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get('donVi'));
  const unitId = Number.isInteger(raw) && raw > 0 ? raw : undefined;
  return [unitId, (id) => setParams(id ? { donVi: String(id) } : {})];
}

export default function PeoplePage() {
  const me = useMe().data;
  const canWrite = hasPermission(me, 'people.write');
  const [unitId, setUnitId] = useUnitFilter();
  const [query, setQuery] = useState('');
  const [includeSubunits, setIncludeSubunits] = useState(true);
  const [category, setCategory] = useState<PersonCategory | undefined>();
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const [openId, setOpenId] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const q = useDebounced(query.trim());

  const people = usePeople({
    q: q || undefined,
    unitId,
    includeSubunits: unitId ? includeSubunits : undefined,
    category,
    limit: page.pageSize,
    offset: (page.current - 1) * page.pageSize,
  });
  const firstPage = () => setPage((p) => ({ ...p, current: 1 }));

  const columns: TableColumnsType<PersonDto> = [
    {
      title: vi.people.fullName,
      dataIndex: 'fullName',
      width: 260,
      render: (name: string, p) => (
        <Space size={4}>
          <Typography.Link onClick={() => setOpenId(p.id)}>{name}</Typography.Link>
          {p.isUnitHead && <Tag color="gold">{vi.people.head}</Tag>}
        </Space>
      ),
    },
    { title: vi.people.gender, dataIndex: 'genderLabel', width: 100, render: (v: string | null) => v ?? '—' },
    { title: vi.people.birthYear, dataIndex: 'birthYear', width: 100, render: (v: number | null) => v ?? '—' },
    { title: vi.people.position, dataIndex: 'position', render: (v: string | null) => v ?? '—' },
    { title: vi.people.category, dataIndex: 'categoryLabel', width: 190 },
    { title: vi.people.unit, dataIndex: 'unitName' },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {vi.people.title}
        </Typography.Title>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {vi.people.create}
          </Button>
        )}
      </Space>
      <Card size="small">
        <Space wrap size="middle" style={{ width: '100%' }}>
          <Input
            data-testid="people-search"
            aria-label={vi.people.searchLabel}
            placeholder={vi.people.searchPlaceholder}
            prefix={<SearchOutlined />}
            allowClear
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              firstPage();
            }}
            style={{ width: 280 }}
          />
          <UnitTreeSelect
            aria-label={vi.people.unitFilter}
            placeholder={vi.people.unitFilter}
            value={unitId}
            onChange={(id) => {
              setUnitId(id);
              firstPage();
            }}
            style={{ width: 300 }}
          />
          <Checkbox
            checked={includeSubunits}
            disabled={!unitId}
            onChange={(e) => {
              setIncludeSubunits(e.target.checked);
              firstPage();
            }}
          >
            {vi.units.includeSubunits}
          </Checkbox>
          <Select
            aria-label={vi.people.categoryFilter}
            placeholder={vi.people.allCategories}
            allowClear
            options={categoryOptions}
            value={category}
            onChange={(v: PersonCategory | undefined) => {
              setCategory(v);
              firstPage();
            }}
            style={{ width: 240 }}
          />
        </Space>
      </Card>
      {people.isError && <Typography.Text type="danger">{errorMessage(people.error)}</Typography.Text>}
      <Table<PersonDto>
        data-testid="people-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={people.data?.items}
        loading={people.isFetching}
        locale={{ emptyText: vi.common.empty }}
        pagination={{
          current: page.current,
          pageSize: page.pageSize,
          total: people.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => vi.common.total(total),
          onChange: (current, pageSize) => setPage({ current: pageSize === page.pageSize ? current : 1, pageSize }),
        }}
        scroll={{ x: 1100 }}
      />
      <PersonDrawer personId={openId} onClose={() => setOpenId(null)} />
      {creating && (
        <PersonFormDialog
          mode="create"
          defaultUnitId={unitId}
          onClose={() => setCreating(false)}
          onSaved={(p) => {
            setCreating(false);
            setOpenId(p.id);
          }}
        />
      )}
    </Space>
  );
}
