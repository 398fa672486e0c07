import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { vi } from '../../../i18n/vi';
import { downloadAssessments } from '../../api/appraisals';
import { errorMessage } from '../../api/client';

/** The table as the reader sees it, in Excel (one unit, or every unit the reader may see). */
export function ExportButton({ movementId, period, unitId }: { movementId: number; period: string; unitId: number | null }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await downloadAssessments(movementId, period, unitId);
    } catch (err) {
      void message.error(errorMessage(err) || vi.appraisals.exportError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()} data-testid="appraisals-export">
      {vi.appraisals.export}
    </Button>
  );
}
