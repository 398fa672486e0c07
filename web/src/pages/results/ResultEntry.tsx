import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { vi } from '../../../i18n/vi';
import { errorMessage, isApiError } from '../../api/client';
import { resultKeys, saveResult, type ResultDto } from '../../api/results';
import type { Criterion } from './periods';
import { draftOf, ValueInput, valueOf, type Draft } from './ValueInput';

const t = vi.results;

interface Props {
  movementId: number;
  unitId: number;
  /** Null for the unit's own result. */
  personId: number | null;
  period: string;
  criterion: Criterion;
  result: ResultDto | null;
  mayEnter: boolean;
}

/** The server's words for a refused value: the field messages (under the input) before the overall one. */
function refusal(err: unknown): string {
  if (isApiError(err) && err.fields) {
    const messages = Object.values(err.fields);
    if (messages.length > 0) return messages.join('; ');
  }
  return errorMessage(err);
}

/** One criterion's value and note with its own Lưu, so each row saves on its own (revision-checked). */
export function ResultEntry({ movementId, unitId, personId, period, criterion, result, mayEnter }: Props) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [draft, setDraft] = useState<Draft>(() => draftOf(result?.value));
  const [note, setNote] = useState(result?.note ?? '');
  const [missing, setMissing] = useState(false);
  const save = useMutation({
    mutationFn: () => {
      const value = valueOf(criterion.target, draft)!;
      return saveResult({ movementId, unitId, personId, period, criterionKey: criterion.key, value, note: note.trim() || null, ...(result ? { revision: result.revision } : {}) });
    },
    onSuccess: async () => {
      void message.success(t.saved);
      await qc.invalidateQueries({ queryKey: resultKeys.all });
    },
  });
  const err = save.error;
  const deadline = isApiError(err) && err.code === 'deadline_passed';

  const submit = () => {
    if (valueOf(criterion.target, draft) === null) {
      setMissing(true);
      return;
    }
    setMissing(false);
    save.mutate();
  };

  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }} data-testid="result-entry">
      <ValueInput target={criterion.target} draft={draft} onChange={(d) => { setDraft(d); setMissing(false); save.reset(); }} disabled={!mayEnter} label={criterion.indicator} />
      {missing && <Typography.Text type="danger">{t.valueRequired}</Typography.Text>}
      {err && !deadline && (
        <Typography.Text type="danger" data-testid="result-error">
          {refusal(err)}
        </Typography.Text>
      )}
      {deadline && <Alert type="warning" showIcon title={t.deadlinePassed} description={errorMessage(err)} data-testid="result-deadline" />}
      {mayEnter && (
        <Space.Compact style={{ width: '100%' }}>
          <Input aria-label={t.note} placeholder={t.note} value={note} onChange={(e) => setNote(e.target.value)} maxLength={4000} data-testid="result-note" />
          <Button type="primary" onClick={submit} loading={save.isPending} data-testid="result-save">
            {vi.common.save}
          </Button>
        </Space.Compact>
      )}
      {!mayEnter && result?.note && <Typography.Text type="secondary">{result.note}</Typography.Text>}
    </Space>
  );
}
