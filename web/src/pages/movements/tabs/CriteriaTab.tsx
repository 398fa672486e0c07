import { Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { z } from 'zod';
import type { criterionSchema } from '../../../../../src/modules/movements/model/elements.schema';
import { formatTarget } from '../../../../../src/modules/movements/model/target-format';
import { vi } from '../../../../i18n/vi';
import { CriteriaEditor } from '../editors/CriteriaEditor';
import { labelOf, reformAreaLabels, subjectScopeLabels } from '../labels';
import type { TabProps } from '../MovementDetailPage';
import { SectionEditor } from '../SectionEditor';

const t = vi.movements.criteria;
export type Criterion = z.infer<typeof criterionSchema>;

const num = (n: number | null) => (n === null ? null : n.toLocaleString('vi-VN'));

export function CriteriaTable({ criteria }: { criteria: Criterion[] }) {
  const columns: TableColumnsType<Criterion> = [
    { title: t.label, dataIndex: 'label', width: 70, render: (v: string | null) => v ?? '' },
    {
      title: t.indicator,
      dataIndex: 'indicator',
      width: 320,
      render: (indicator: string, c) => (
        <Space orientation="vertical" size={2}>
          <Tooltip title={c.text}>
            <Typography.Text strong>{indicator}</Typography.Text>
          </Tooltip>
          {c.inheritedFrom && <Tag color="cyan">{t.inherited}</Tag>}
        </Space>
      ),
    },
    { title: t.target, dataIndex: 'target', width: 200, render: (_, c) => <span data-testid="criterion-target">{formatTarget(c.target)}</span> },
    { title: t.appliesTo, dataIndex: 'appliesTo', width: 150, render: (v: string) => labelOf(subjectScopeLabels, v) },
    { title: t.reformArea, dataIndex: 'reformArea', width: 200, render: (v: string | null) => labelOf(reformAreaLabels, v) },
    {
      title: t.evidence,
      key: 'evidence',
      width: 180,
      render: (_, c) => (c.evidenceRequired ? <Tooltip title={c.evidenceNote}>{c.evidenceNote ?? t.evidenceRequired}</Tooltip> : vi.common.no),
    },
    { title: t.weightShort, key: 'weight', width: 120, render: (_, c) => [num(c.weight), num(c.maxPoints)].filter(Boolean).join(' / ') || '—' },
  ];
  return (
    <Table<Criterion>
      data-testid="criteria-table"
      rowKey="key"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={criteria}
      locale={{ emptyText: vi.movements.empty }}
      expandable={{ expandedRowRender: (c) => <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-line' }}>{c.text}</Typography.Paragraph> }}
      scroll={{ x: 1300 }}
    />
  );
}

export function CriteriaTab({ detail, content, editable }: TabProps) {
  return (
    <SectionEditor
      name="criteria"
      detail={detail}
      editable={editable}
      parts={['criteriaIntro', 'criteria']}
      view={
        <Space orientation="vertical" style={{ width: '100%' }}>
          {content.criteriaIntro && <Typography.Paragraph style={{ whiteSpace: 'pre-line' }}>{content.criteriaIntro}</Typography.Paragraph>}
          <CriteriaTable criteria={content.criteria} />
        </Space>
      }
    >
      {() => <CriteriaEditor />}
    </SectionEditor>
  );
}
