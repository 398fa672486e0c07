import { Table, Typography } from 'antd';
import { fieldLabels } from '../../../../src/http/field-labels';
import { vi } from '../../../i18n/vi';
import type { AuditEntryDto } from '../../api/audit';
import { diffAudit, type DiffRow } from '../../lib/diff';

const cell = (text: string, changed: boolean, tone: 'old' | 'new') => (
  <span
    style={{
      whiteSpace: 'pre-wrap',
      wordBreak: 'break-word',
      background: changed && text ? (tone === 'old' ? '#fdecec' : '#e8f5e9') : undefined,
      textDecoration: changed && tone === 'old' && text ? 'line-through' : undefined,
    }}
  >
    {text}
  </span>
);

/** Before/after of one audited change, field by field, changed fields highlighted. */
export function AuditDiff({ entry }: { entry: AuditEntryDto }) {
  const rows = diffAudit(entry.before, entry.after);
  if (rows.length === 0) return <Typography.Text type="secondary">{vi.audit.noChanges}</Typography.Text>;
  return (
    <Table<DiffRow>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      aria-label={vi.audit.diff}
      columns={[
        {
          title: vi.audit.field,
          dataIndex: 'key',
          width: 220,
          render: (k: string, r) => <span style={{ fontWeight: r.changed ? 600 : undefined }}>{fieldLabels[k] ?? k}</span>,
        },
        { title: vi.audit.before, dataIndex: 'before', render: (t: string, r) => cell(t, r.changed, 'old') },
        { title: vi.audit.after, dataIndex: 'after', render: (t: string, r) => cell(t, r.changed, 'new') },
      ]}
    />
  );
}
