import { Table, Typography } from 'antd';
import { fieldLabels } from '../../../../src/http/field-labels';
import { genderLabels, personCategoryLabels } from '../../../../src/modules/people/person-fields';
import { unitKindLabels } from '../../../../src/modules/units/unit-kinds';
import { vi } from '../../../i18n/vi';
import type { AuditEntryDto } from '../../api/audit';
import { diffAudit, type DiffRow } from '../../lib/diff';

const codeLabels: Record<string, Record<string, string>> = {
  kind: { ...unitKindLabels, ...vi.audit.importKinds },
  category: personCategoryLabels,
  gender: genderLabels,
};

const valueText = (key: string, value: unknown) => (typeof value === 'string' ? codeLabels[key]?.[value] : undefined);
const fieldName = (key: string) => fieldLabels[key] ?? vi.audit.fieldNames[key] ?? key;

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
  const rows = diffAudit(entry.before, entry.after, valueText);
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
          width: 260,
          render: (k: string, r) => <span style={{ fontWeight: r.changed ? 600 : undefined }}>{fieldName(k)}</span>,
        },
        { title: vi.audit.before, dataIndex: 'before', render: (t: string, r) => cell(t, r.changed, 'old') },
        { title: vi.audit.after, dataIndex: 'after', render: (t: string, r) => cell(t, r.changed, 'new') },
      ]}
    />
  );
}
