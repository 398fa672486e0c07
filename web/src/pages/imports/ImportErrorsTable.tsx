import { Table } from 'antd';
import { vi } from '../../../i18n/vi';
import { errorDetail, type RowErrorLike } from '../../lib/import-errors';

/** The row errors of a refused import: one table for every Excel import of the app. */
export function ImportErrorsTable({ errors, testId = 'import-errors', pageSize = 50 }: { errors: readonly RowErrorLike[]; testId?: string; pageSize?: number }) {
  return (
    <Table<RowErrorLike & { key: number }>
      data-testid={testId}
      aria-label={vi.imports.errorsTable}
      size="small"
      dataSource={errors.map((e, i) => ({ ...e, key: i }))}
      pagination={errors.length > pageSize ? { pageSize, showSizeChanger: false } : false}
      columns={[
        { title: vi.imports.row, dataIndex: 'row', width: 80, render: (r: number) => (r > 0 ? r : '—') },
        { title: vi.imports.column, dataIndex: 'column', width: 200, render: (c: string) => c || '—' },
        { title: vi.imports.error, key: 'message', render: (_, e) => errorDetail(e) },
      ]}
    />
  );
}
