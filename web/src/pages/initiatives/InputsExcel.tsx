import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Space, Upload } from 'antd';
import { useState } from 'react';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { downloadExport, downloadTemplate, importInputs, inputKeys, type InputFilters, type InputKind, type InputRowError } from '../../api/inputs';
import { ImportErrorsTable } from '../imports/ImportErrorsTable';

const t = vi.inputs.common;

/**
 * Excel for one kind of input: the template and an all-or-nothing import (initiatives, ratings) with
 * every row error listed, and the export of what the filters show.
 */
export function InputsExcel({ kind, filters, mayImport }: { kind: InputKind; filters: InputFilters; mayImport: boolean }) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ message: string; errors: InputRowError[] } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const importable = kind !== 'discipline';

  const run = async (file: File) => {
    if (kind === 'discipline') return;
    setBusy(true);
    setFailure(null);
    setDone(null);
    try {
      const outcome = await importInputs(kind, file);
      if (outcome.ok) {
        const r = outcome.result;
        setDone(t.imported(r.total, r.created, r.updated, r.unchanged));
        await qc.invalidateQueries({ queryKey: inputKeys.all(kind) });
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
        {importable && mayImport && (
          <Button icon={<DownloadOutlined />} onClick={download(() => downloadTemplate(kind))} data-testid={`${kind}-template`}>
            {t.template}
          </Button>
        )}
        {importable && mayImport && (
          <Upload accept=".xlsx" showUploadList={false} beforeUpload={(file) => (void run(file), Upload.LIST_IGNORE)}>
            <Button icon={<UploadOutlined />} loading={busy} data-testid={`${kind}-import`}>
              {t.importFile}
            </Button>
          </Upload>
        )}
        <Button icon={<DownloadOutlined />} onClick={download(() => downloadExport(kind, filters))} data-testid={`${kind}-export`}>
          {t.exportFile}
        </Button>
      </Space>
      {done && <Alert type="success" showIcon title={done} closable onClose={() => setDone(null)} data-testid={`${kind}-import-done`} />}
      {failure && (
        <Alert
          type="error"
          showIcon
          title={failure.message}
          data-testid={`${kind}-import-error`}
          description={
            failure.errors.length > 0 && (
              <ImportErrorsTable errors={failure.errors} testId={`${kind}-import-errors`} pageSize={20} />
            )
          }
        />
      )}
    </Space>
  );
}
