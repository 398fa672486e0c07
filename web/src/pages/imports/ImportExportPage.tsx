import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { downloadFile } from '../../api/download';
import { exportPath, type ImportKind } from '../../api/imports';
import { ImportPanel } from './ImportPanel';

function ExportButton({ kind, label }: { kind: ImportKind; label: string }) {
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  return (
    <Button
      icon={<FileExcelOutlined />}
      loading={busy}
      onClick={() => {
        setBusy(true);
        downloadFile(exportPath(kind), `${kind}.xlsx`)
          .catch((e: unknown) => message.error(errorMessage(e)))
          .finally(() => setBusy(false));
      }}
    >
      {label}
    </Button>
  );
}

export default function ImportExportPage() {
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {vi.imports.title}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card title={vi.imports.importTitle}>
            <ImportPanel />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={vi.imports.exportTitle}>
            <Typography.Paragraph type="secondary">{vi.imports.exportHint}</Typography.Paragraph>
            <Space orientation="vertical">
              <ExportButton kind="units" label={vi.imports.exportUnits} />
              <ExportButton kind="people" label={vi.imports.exportPeople} />
            </Space>
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
