import { Table } from 'antd';
import { vi } from '../../../i18n/vi';
import type { ImportRowError } from '../../api/imports';
import { errorDetail } from '../../lib/import-errors';

export function ImportErrorsTable({ errors }: { errors: ImportRowError[] }) {
  return (
    <Table<ImportRowError & { key: number }>
      data-testid="import-errors"
      aria-label={vi.imports.errorsTable}
      size="small"
      dataSource={errors.map((e, i) => ({ ...e, key: i }))}
      pagination={errors.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      columns={[
        { title: vi.imports.row, dataIndex: 'row', width: 80, render: (r: number) => (r > 0 ? r : '—') },
        { title: vi.imports.column, dataIndex: 'column', width: 200, render: (c: string) => c || '—' },
        { title: vi.imports.error, key: 'message', render: (_, e) => errorDetail(e) },
      ]}
    />
  );
}
