import { Space, Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import type { z } from 'zod';
import type { referenceSchema } from '../../../../../src/modules/movements/model/elements.schema';
import { vi } from '../../../../i18n/vi';
import { formatDate } from '../../../lib/dates';
import { paths } from '../../../paths';
import { ReferencesEditor } from '../editors/ReferencesEditor';
import { documentTypeLabels, labelOf } from '../labels';
import type { TabProps } from '../MovementDetailPage';
import { SectionEditor } from '../SectionEditor';

const t = vi.movements.basis;
type Reference = z.infer<typeof referenceSchema>;

export function BasisTab({ detail, content, editable }: TabProps) {
  const linked = new Map(detail.linkedReferences.map((r) => [r.key, r]));
  const columns: TableColumnsType<Reference> = [
    { title: t.relation, dataIndex: 'relation', width: 110, render: (v: keyof typeof vi.movements.labels.relations) => vi.movements.labels.relations[v] ?? v },
    { title: t.documentType, dataIndex: 'documentType', width: 130, render: (v: string) => labelOf(documentTypeLabels, v) },
    { title: t.number, dataIndex: 'number', width: 150, render: (v: string | null) => v ?? '—' },
    { title: t.issuedOn, dataIndex: 'issuedOn', width: 110, render: (v: string | null) => formatDate(v) },
    { title: t.issuer, dataIndex: 'issuer', width: 200, render: (v: string | null) => v ?? '—' },
    {
      title: t.docTitle,
      dataIndex: 'title',
      render: (v: string | null, r) => {
        const link = linked.get(r.key);
        return (
          <Space orientation="vertical" size={0}>
            <span>{v ?? '—'}</span>
            {link && (
              <Link to={paths.movement(link.movementId)} data-testid="linked-reference">
                {t.linked}: {link.title}
              </Link>
            )}
          </Space>
        );
      },
    },
  ];
  const view = (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={5}>{t.references}</Typography.Title>
      <Table<Reference> rowKey="key" size="small" pagination={false} columns={columns} dataSource={content.references} locale={{ emptyText: vi.movements.empty }} scroll={{ x: 900 }} />
      {content.preamble.length > 0 && <Typography.Title level={5}>{t.preamble}</Typography.Title>}
      {content.preamble.map((p, i) => (
        <Typography.Paragraph key={i} style={{ whiteSpace: 'pre-line' }}>
          {p}
        </Typography.Paragraph>
      ))}
    </Space>
  );
  return (
    <SectionEditor name="basis" detail={detail} editable={editable} parts={['references', 'preamble']} view={view}>
      {() => <ReferencesEditor />}
    </SectionEditor>
  );
}
