import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Space, Tooltip, Upload } from 'antd';
import { useState } from 'react';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { downloadResultsExport, downloadResultsTemplate, importResults, resultKeys, type ResultRowError } from '../../api/results';
import { ImportErrorsTable } from '../imports/ImportErrorsTable';

const t = vi.results;

/** Excel for the results tab: the period's template for the reader's units, an all-or-nothing import, the export. */
export function ResultsExcel({ movementId, period, mayEnter }: { movementId: number; period: string; mayEnter: boolean }) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ message: string; errors: ResultRowError[] } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const run = async (file: File) => {
    setBusy(true);
    setFailure(null);
    setDone(null);
    try {
      const outcome = await importResults(movementId, file);
      if (outcome.ok) {
        const r = outcome.result;
        setDone(t.excelImported(r.total, r.created, r.updated, r.unchanged));
        await qc.invalidateQueries({ queryKey: resultKeys.all });
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
        {mayEnter && (
          <Tooltip title={t.excelHint}>
            <Button icon={<DownloadOutlined />} onClick={download(() => downloadResultsTemplate(movementId, period, null))} data-testid="results-template">
              {t.excelTemplate}
            </Button>
          </Tooltip>
        )}
        {mayEnter && (
          <Upload accept=".xlsx" showUploadList={false} beforeUpload={(file) => (void run(file), Upload.LIST_IGNORE)}>
            <Button icon={<UploadOutlined />} loading={busy} data-testid="results-import">
              {t.excelImport}
            </Button>
          </Upload>
        )}
        <Button icon={<DownloadOutlined />} onClick={download(() => downloadResultsExport(movementId))} data-testid="results-export">
          {t.excelExport}
        </Button>
      </Space>
      {done && <Alert type="success" showIcon title={done} closable onClose={() => setDone(null)} data-testid="results-import-done" />}
      {failure && (
        <Alert
          type="error"
          showIcon
          title={failure.message}
          data-testid="results-import-error"
          description={
            failure.errors.length > 0 && (
              <ImportErrorsTable errors={failure.errors} testId="results-import-errors" pageSize={20} />
            )
          }
        />
      )}
    </Space>
  );
}
