import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Space, Upload } from 'antd';
import { useState } from 'react';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { downloadIndexExport, downloadIndexTemplate, importIndexScores, indexKeys, type IndexFilters, type IndexRowError } from '../../api/indices';
import { ImportErrorsTable } from '../imports/ImportErrorsTable';

const t = vi.indices;

/** Excel: the template, an import checked row by row (nothing written on any error), and the export of what is shown. */
export function IndexImport({ filters, mayWrite }: { filters: IndexFilters; mayWrite: boolean }) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ message: string; errors: IndexRowError[] } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const run = async (file: File) => {
    setBusy(true);
    setFailure(null);
    setDone(null);
    try {
      const outcome = await importIndexScores(file);
      if (outcome.ok) {
        const r = outcome.result;
        setDone(t.imported(r.total, r.created, r.updated, r.unchanged));
        await qc.invalidateQueries({ queryKey: indexKeys.all });
      } else setFailure({ message: outcome.message, errors: outcome.errors });
    } catch (err) {
      setFailure({ message: errorMessage(err), errors: [] });
    } finally {
      setBusy(false);
    }
  };

  const download = (fn: () => Promise<void>) => () => fn().catch((err: unknown) => void message.error(errorMessage(err)));

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button icon={<DownloadOutlined />} onClick={download(downloadIndexTemplate)} data-testid="indices-template">
          {t.template}
        </Button>
        {mayWrite && (
          <Upload accept=".xlsx" showUploadList={false} beforeUpload={(file) => (void run(file), Upload.LIST_IGNORE)}>
            <Button icon={<UploadOutlined />} loading={busy} data-testid="indices-import">
              {t.importFile}
            </Button>
          </Upload>
        )}
        <Button icon={<DownloadOutlined />} onClick={download(() => downloadIndexExport(filters))} data-testid="indices-export">
          {t.exportFile}
        </Button>
      </Space>
      {done && <Alert type="success" showIcon title={done} closable onClose={() => setDone(null)} data-testid="indices-import-done" />}
      {failure && (
        <Alert
          type="error"
          showIcon
          title={failure.message}
          data-testid="indices-import-error"
          description={
            failure.errors.length > 0 && (
              <ImportErrorsTable errors={failure.errors} testId="indices-import-errors" pageSize={20} />
            )
          }
        />
      )}
    </Space>
  );
}
