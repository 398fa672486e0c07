import { SearchOutlined } from '@ant-design/icons';
import { Alert, DatePicker, Empty, Input, Space, Spin, Switch, Tag, Tree, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { searchKey } from '../../../../src/lib/text';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { useUnits, type UnitDto } from '../../api/units';
import { DATE_FORMAT, formatDate } from '../../lib/dates';
import { buildForest, searchTree, type TreeNode } from '../../lib/tree';
import { colors } from '../../theme';

interface Props {
  selectedId: number | null;
  onSelect: (id: number) => void;
  asOf: Dayjs | null;
  onAsOfChange: (d: Dayjs | null) => void;
}

interface DataNode {
  key: number;
  title: React.ReactNode;
  children: DataNode[];
}

function UnitTitle({ unit, match }: { unit: UnitDto; match: boolean }) {
  return (
    <span style={{ color: unit.active ? undefined : '#9ca3af' }}>
      <span style={{ fontWeight: match ? 600 : undefined, color: match ? colors.primary : undefined }}>{unit.name}</span>
      {!unit.active && unit.validTo && (
        <Tag style={{ marginInlineStart: 6, color: '#6b7280' }}>{vi.units.ended(formatDate(unit.validTo))}</Tag>
      )}
    </span>
  );
}

function toData(nodes: TreeNode<UnitDto>[], visible: Set<number> | null, matches: Set<number>): DataNode[] {
  return nodes
    .filter((n) => !visible || visible.has(n.id))
    .map((n) => ({ key: n.id, title: <UnitTitle unit={n} match={matches.has(n.id)} />, children: toData(n.children, visible, matches) }));
}

export function UnitTreePanel({ selectedId, onSelect, asOf, onAsOfChange }: Props) {
  const [query, setQuery] = useState('');
  const [showInactive, setShowInactive] = useState(false);
  const params = asOf ? { asOf: asOf.format('YYYY-MM-DD') } : { includeInactive: showInactive };
  const units = useUnits(params);
  const items = useMemo(() => units.data?.items ?? [], [units.data]);

  const folded = useMemo(() => new Map(items.map((u) => [u.id, searchKey(`${u.name} ${u.code}`)])), [items]);
  const found = useMemo(() => searchTree(items, query, (u) => folded.get(u.id) ?? ''), [items, folded, query]);
  const treeData = useMemo(
    () => toData(buildForest(items), found?.visible ?? null, found?.matches ?? new Set()),
    [items, found],
  );

  // Opened by default: the roots of the user's scope, so the first level below them is visible.
  const [expanded, setExpanded] = useState<number[]>([]);
  useEffect(() => {
    if (found) setExpanded([...found.expand]);
    else setExpanded(buildForest(items).map((n) => n.id));
  }, [found, items]);

  const height = Math.max(360, window.innerHeight - 330);

  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Input
        allowClear
        prefix={<SearchOutlined />}
        placeholder={vi.units.searchPlaceholder}
        aria-label={vi.units.searchPlaceholder}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <Space wrap>
        <DatePicker
          value={asOf}
          onChange={onAsOfChange}
          format={DATE_FORMAT}
          placeholder={vi.units.asOf}
          aria-label={vi.units.asOf}
          allowClear
          disabledDate={(d) => d.isAfter(new Date(), 'day')}
        />
        <Space size={6}>
          <Switch size="small" checked={asOf ? false : showInactive} disabled={!!asOf} onChange={setShowInactive} id="show-inactive" />
          <label htmlFor="show-inactive">{vi.units.showInactive}</label>
        </Space>
      </Space>
      {asOf && <Alert type="info" showIcon title={vi.units.asOfNotice(asOf.format(DATE_FORMAT))} />}
      {units.isError && <Alert type="error" showIcon title={errorMessage(units.error)} />}
      <Spin spinning={units.isFetching && !units.isPending}>
        {units.isPending ? (
          <Spin style={{ display: 'block', padding: 24 }} />
        ) : treeData.length === 0 ? (
          <Empty description={vi.units.noMatch} />
        ) : (
          <div data-testid="unit-tree">
            <Tree<DataNode>
              aria-label={vi.units.tree}
              treeData={treeData}
              showLine
              blockNode
              height={height}
              expandedKeys={expanded}
              onExpand={(keys) => setExpanded(keys as number[])}
              selectedKeys={selectedId ? [selectedId] : []}
              onSelect={(keys) => {
                const id = keys[0];
                if (typeof id === 'number') onSelect(id);
              }}
            />
          </div>
        )}
      </Spin>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {vi.common.total(found ? found.matches.size : items.length)}
      </Typography.Text>
    </Space>
  );
}
