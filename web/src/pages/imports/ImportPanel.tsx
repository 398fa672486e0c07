import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Progress, Radio, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { vi } from '../../../i18n/vi';
import { errorMessage, isApiError } from '../../api/client';
import { downloadFile } from '../../api/download';
import {
  fieldsAsRowErrors,
  runImport,
  templatePath,
  type ImportKind,
  type ImportProgress,
  type ImportResult,
  type ImportRowError,
} from '../../api/imports';
import { progressPercent } from '../../lib/import-errors';
import { ImportErrorsTable } from './ImportErrorsTable';

type State =
  | { step: 'idle' }
  | { step: 'running'; file: string; progress: ImportProgress | null }
  | { step: 'done'; file: string; result: ImportResult }
  | { step: 'failed'; file: string; message: string; errors: ImportRowError[] };

const kindLabel = (k: ImportKind) => (k === 'units' ? vi.imports.kindUnits : vi.imports.kindPeople);

export function ImportPanel() {
  const [kind, setKind] = useState<ImportKind>('units');
  const [state, setState] = useState<State>({ step: 'idle' });
  const { message } = App.useApp();
  const queryClient = useQueryClient();

  const start = (file: File) => {
    if (!file.name.toLowerCase().endsWith('.xlsx')) {
      void message.error(vi.imports.notXlsx);
      return;
    }
    setState({ step: 'running', file: file.name, progress: null });
    // Lines arrive every few rows; re-render only when the phase or the shown percent changes.
    let shown = '';
    const onProgress = (progress: ImportProgress) => {
      const key = `${progress.phase}:${progressPercent(progress.processed, progress.total)}`;
      if (key === shown) return;
      shown = key;
      setState({ step: 'running', file: file.name, progress });
    };
    runImport(kind, file, onProgress)
      .then((result) => {
        setState({ step: 'done', file: file.name, result });
        if (result.status === 'succeeded') void queryClient.invalidateQueries();
      })
      .catch((err: unknown) =>
        setState({ step: 'failed', file: file.name, message: errorMessage(err), errors: isApiError(err) ? fieldsAsRowErrors(err.fields) : [] }),
      );
  };

  const running = state.step === 'running';
  const progress = running ? state.progress : null;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {vi.imports.steps}
      </Typography.Paragraph>
      <Space wrap>
        <Radio.Group
          aria-label={vi.imports.kind}
          // The end-to-end tests pick the kind by clicking these button labels.
          optionType="button"
          buttonStyle="solid"
          value={kind}
          disabled={running}
          onChange={(e) => {
            setKind(e.target.value as ImportKind);
            setState({ step: 'idle' });
          }}
          options={[
            { value: 'units', label: vi.imports.kindUnits },
            { value: 'people', label: vi.imports.kindPeople },
          ]}
        />
        <Button
          icon={<DownloadOutlined />}
          onClick={() => downloadFile(templatePath(kind), `mau-${kind}.xlsx`).catch((e: unknown) => message.error(errorMessage(e)))}
        >
          {vi.imports.template(kindLabel(kind))}
        </Button>
      </Space>
      <div data-testid="import-upload">
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple={false}
          showUploadList={false}
          disabled={running}
          beforeUpload={(file) => {
            start(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{vi.imports.upload}</p>
          <p className="ant-upload-hint">{vi.imports.uploadHint}</p>
        </Upload.Dragger>
      </div>
      {running && (
        <div data-testid="import-progress" role="status" aria-live="polite">
          <Typography.Text>{vi.imports.running(state.file)}</Typography.Text>
          <Progress percent={progress ? progressPercent(progress.processed, progress.total) : 0} status="active" />
          {progress && (
            <Typography.Text type="secondary">
              {(vi.imports.phase[progress.phase] ?? progress.phase) + ' — ' + vi.imports.progress(progress.processed, progress.total)}
            </Typography.Text>
          )}
        </div>
      )}
      {state.step === 'failed' && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Alert type="error" showIcon title={vi.imports.failed} description={state.message} />
          {state.errors.length > 0 && <ImportErrorsTable errors={state.errors} />}
        </Space>
      )}
      {state.step === 'done' && <ImportOutcome result={state.result} />}
    </Space>
  );
}

function ImportOutcome({ result }: { result: ImportResult }) {
  if (result.status === 'rejected') {
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert
          type="error"
          showIcon
          title={vi.imports.failed}
          description={vi.imports.failedDetail(result.errorCount, result.errors.length)}
        />
        <ImportErrorsTable errors={result.errors} />
      </Space>
    );
  }
  return (
    <Alert
      type="success"
      showIcon
      title={vi.imports.success}
      description={vi.imports.successDetail(result.created, result.updated, result.unchanged)}
    />
  );
}
