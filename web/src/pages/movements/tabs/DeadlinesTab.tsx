import { Table, Typography, type TableColumnsType } from 'antd';
import type { z } from 'zod';
import type { deadlineSchema, DueRule } from '../../../../../src/modules/movements/model/elements.schema';
import { vi } from '../../../../i18n/vi';
import { formatDate } from '../../../lib/dates';
import { DeadlinesEditor } from '../editors/DeadlinesEditor';
import { CodeTags } from '../ItemsView';
import { labelOf, unitKindLabels } from '../labels';
import type { TabProps } from '../MovementDetailPage';
import { SectionEditor } from '../SectionEditor';

const t = vi.movements.deadlines;
const l = vi.movements.labels;
type Deadline = z.infer<typeof deadlineSchema>;
const two = (n: number) => String(n).padStart(2, '0');

/** "Chậm nhất ngày 25/11 hằng năm", "Trước ngày 15/12/2024", "Trong Quý I/2022". */
export function dueText(due: DueRule, strict: 'before' | 'by'): string {
  const lead = l.strict[strict];
  switch (due.kind) {
    case 'date':
      return `${lead} ${formatDate(due.date)}`;
    case 'yearly':
      return `${lead} ${two(due.day)}/${two(due.month)} hằng năm`;
    case 'quarter':
      return `Trong Quý ${['I', 'II', 'III', 'IV'][due.quarter - 1]}/${due.year}`;
    case 'announced_later':
      return l.dueKinds.announced_later;
  }
}

export function DeadlinesTab({ detail, content, editable }: TabProps) {
  const columns: TableColumnsType<Deadline> = [
    { title: t.title, dataIndex: 'title', render: (v: string, d) => (d.text ? <span title={d.text}>{v}</span> : v) },
    { title: t.kind, dataIndex: 'kind', width: 170, render: (v: string) => labelOf(l.deadlineKinds, v) },
    { title: t.due, key: 'due', width: 220, render: (_, d) => <Typography.Text strong>{dueText(d.due, d.strict)}</Typography.Text> },
    {
      title: t.responsible,
      key: 'responsible',
      width: 280,
      render: (_, d) => (
        <>
          <div>{d.responsible.text}</div>
          <CodeTags codes={d.responsible.unitKinds} labels={unitKindLabels} />
        </>
      ),
    },
    { title: t.recipient, dataIndex: 'recipient', width: 180, render: (v: string | null) => v ?? '—' },
  ];
  const view = (
    <Table<Deadline>
      data-testid="deadlines-table"
      rowKey="key"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={content.deadlines}
      locale={{ emptyText: vi.movements.empty }}
      scroll={{ x: 1000 }}
    />
  );
  return (
    <SectionEditor name="deadlines" detail={detail} editable={editable} parts={['deadlines']} view={view}>
      {() => <DeadlinesEditor />}
    </SectionEditor>
  );
}
