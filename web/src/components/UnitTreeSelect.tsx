import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { searchKey } from '../../../src/lib/text';
import { vi } from '../../i18n/vi';
import { useUnits, type UnitDto } from '../api/units';
import { buildForest, type TreeNode } from '../lib/tree';

interface Option {
  value: number;
  title: string;
  key: number;
  disabled?: boolean;
  search: string;
  children: Option[];
}

function toOptions(nodes: TreeNode<UnitDto>[], disabled?: ReadonlySet<number>): Option[] {
  return nodes.map((n) => ({
    value: n.id,
    key: n.id,
    title: n.name,
    disabled: disabled?.has(n.id),
    search: searchKey(`${n.name} ${n.code}`),
    children: toOptions(n.children, disabled),
  }));
}

type Props = {
  /** Units that cannot be chosen (e.g. a unit's own subtree when moving it). */
  disabledIds?: ReadonlySet<number>;
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
  style?: React.CSSProperties;
  'aria-label'?: string;
} & (
  | { multiple?: false; value?: number | null; onChange?: (value: number | undefined) => void }
  | { multiple: true; value?: number[]; onChange?: (value: number[]) => void }
);

/** Picks units from the user's scope (active units today), searchable without diacritics. */
export function UnitTreeSelect(props: Props) {
  const units = useUnits({});
  const options = useMemo(() => toOptions(buildForest(units.data?.items ?? []), props.disabledIds), [units.data, props.disabledIds]);
  const topLevel = useMemo(() => options.map((o) => o.value), [options]);

  return (
    <TreeSelect<number | number[] | undefined, Option>
      id={props.id}
      aria-label={props['aria-label']}
      style={{ width: '100%', ...props.style }}
      treeData={options}
      value={props.value ?? undefined}
      onChange={(v) => (props.onChange as ((x: unknown) => void) | undefined)?.(v ?? (props.multiple ? [] : undefined))}
      multiple={props.multiple}
      loading={units.isPending}
      placeholder={props.placeholder ?? vi.units.pickUnit}
      allowClear={props.allowClear ?? true}
      showSearch={{ filterTreeNode: (input, node) => (node as Option).search.includes(searchKey(input)) }}
      treeDefaultExpandedKeys={topLevel}
      treeLine
      listHeight={360}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 360 } } }}
      notFoundContent={vi.units.noMatch}
    />
  );
}
