import { Alert, Card, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { vi } from '../../../i18n/vi';
import { useAudit, type AuditEntryDto } from '../../api/audit';
import { errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/dates';
import { auditObjectName } from '../../lib/diff';
import { AuditDiff } from './AuditDiff';
import { AuditFilters, type AuditFilterValues } from './AuditFilters';

const columns: TableColumnsType<AuditEntryDto> = [
  { title: vi.audit.at, dataIndex: 'at', width: 150, render: (at: string) => formatDateTime(at) },
  { title: vi.audit.user, dataIndex: 'userName', width: 200, render: (n: string | null) => n ?? vi.audit.system },
  { title: vi.audit.action, dataIndex: 'actionLabel', width: 190 },
  {
    title: vi.audit.object,
    key: 'object',
    render: (_, e) => auditObjectName(e),
  },
  { title: vi.audit.unit, dataIndex: 'unitName', render: (n: string | null) => n ?? '—' },
];

export default function AuditPage() {
  const [filters, setFilters] = useState<AuditFilterValues>({});
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const audit = useAudit({ ...filters, limit: page.pageSize, offset: (page.current - 1) * page.pageSize });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {vi.audit.title}
      </Typography.Title>
      <Card size="small">
        <AuditFilters
          onChange={(f) => {
            setFilters(f);
            setPage((p) => ({ ...p, current: 1 }));
          }}
        />
      </Card>
      {audit.isError && <Alert type="error" showIcon title={errorMessage(audit.error)} />}
      <Table<AuditEntryDto>
        data-testid="audit-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={audit.data?.items}
        loading={audit.isFetching}
        locale={{ emptyText: vi.common.empty }}
        expandable={{
          expandedRowRender: (e) => <AuditDiff entry={e} />,
          rowExpandable: (e) => e.before !== null || e.after !== null,
        }}
        pagination={{
          current: page.current,
          pageSize: page.pageSize,
          total: audit.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => vi.common.total(total),
          onChange: (current, pageSize) => setPage({ current: pageSize === page.pageSize ? current : 1, pageSize }),
        }}
        scroll={{ x: 900 }}
      />
    </Space>
  );
}
