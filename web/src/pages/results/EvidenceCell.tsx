import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { detachEvidence, evidenceUrl, resultKeys, uploadEvidence, type ResultDto } from '../../api/results';

const t = vi.results;
// What the server accepts (checked again there by content); the picker only narrows the choice.
const ACCEPT = '.pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods';

/** The evidence of one result: download links, upload (the server's 413/415 messages shown), detach. */
export function EvidenceCell({ result, mayEnter }: { result: ResultDto | null; mayEnter: boolean }) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: resultKeys.all });

  const send = async (file: File) => {
    if (!result) return;
    setBusy(true);
    setError(null);
    try {
      await uploadEvidence(result.id, file);
      void message.success(t.uploaded(file.name));
      await refresh();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const detach = async (fileId: number) => {
    try {
      await detachEvidence(result!.id, fileId);
      await refresh();
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  return (
    <Space orientation="vertical" size={4} data-testid="result-evidence">
      {(result?.evidence ?? []).map((e) => (
        <Space key={e.fileId} size={4} data-testid="result-evidence-item">
          <PaperClipOutlined />
          <Typography.Link href={evidenceUrl(e.fileId)} download={e.fileName}>
            {e.fileName}
          </Typography.Link>
          <Typography.Text type="secondary">({t.size(e.size)})</Typography.Text>
          {mayEnter && (
            <Popconfirm title={t.detachConfirm} okText={t.detach} cancelText={vi.common.cancel} onConfirm={() => detach(e.fileId)}>
              <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t.detach} />
            </Popconfirm>
          )}
        </Space>
      ))}
      {mayEnter &&
        (result ? (
          <Upload
            accept={ACCEPT}
            showUploadList={false}
            beforeUpload={(file) => {
              void send(file);
              return Upload.LIST_IGNORE;
            }}
          >
            <Button size="small" icon={<UploadOutlined />} loading={busy} data-testid="result-evidence-upload" title={t.uploadHint}>
              {t.upload}
            </Button>
          </Upload>
        ) : (
          <Typography.Text type="secondary">{t.saveFirst}</Typography.Text>
        ))}
      {error && (
        <Typography.Text type="danger" data-testid="result-evidence-error">
          {error}
        </Typography.Text>
      )}
    </Space>
  );
}
