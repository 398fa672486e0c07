import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Input, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { vi } from '../../../i18n/vi';
import { assessmentKeys, saveSelfScore, type AssessmentDto } from '../../api/appraisals';
import { errorMessage, isApiError } from '../../api/client';
import type { Criterion } from '../results/periods';
import { formatPoints } from './appraisal-view';

const t = vi.appraisals;

interface Props {
  movementId: number;
  unitId: number;
  /** Null for the unit's own self-score. */
  personId: number | null;
  period: string;
  criterion: Criterion;
  possible: number;
  assessment: AssessmentDto | null;
  editable: boolean;
}

/** A refusal in the server's words: the field messages before the overall one. */
export function refusal(err: unknown): string {
  if (isApiError(err) && err.fields) {
    const messages = Object.values(err.fields).filter((m) => !/cần tải lại/.test(m));
    if (messages.length > 0) return messages.join('; ');
  }
  return errorMessage(err);
}

/** A save refused because someone else saved first (revision check): the reader must reload. */
export const isStale = (err: unknown) => isApiError(err) && err.status === 409 && !!err.fields?.revision;

/** One criterion's self-score and note with its own Lưu (revision-checked, like a result). */
export function SelfScoreCell({ movementId, unitId, personId, period, criterion, possible, assessment, editable }: Props) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [points, setPoints] = useState<number | null>(assessment?.selfPoints ?? null);
  const [note, setNote] = useState(assessment?.selfNote ?? '');
  const [missing, setMissing] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      saveSelfScore({ movementId, unitId, personId, period, criterionKey: criterion.key, selfPoints: points!, note: note.trim() || null, ...(assessment ? { revision: assessment.revision } : {}) }),
    onSuccess: async () => {
      void message.success(t.saved);
      await qc.invalidateQueries({ queryKey: assessmentKeys.all });
    },
  });
  const err = save.error;

  if (!editable)
    return (
      <Space orientation="vertical" size={0}>
        <Typography.Text strong data-testid="self-points">
          {formatPoints(assessment?.selfPoints)}
        </Typography.Text>
        {assessment?.selfNote && <Typography.Text type="secondary">{assessment.selfNote}</Typography.Text>}
      </Space>
    );

  const submit = () => {
    if (points === null) {
      setMissing(true);
      return;
    }
    setMissing(false);
    save.mutate();
  };
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }} data-testid="self-score">
      <Space.Compact style={{ width: '100%' }}>
        <InputNumber
          aria-label={`${t.selfPoints} — ${criterion.indicator}`}
          data-testid="self-points-input"
          min={0}
          max={possible}
          step={1}
          decimalSeparator=","
          value={points}
          onChange={(v) => {
            setPoints(typeof v === 'number' ? v : null);
            setMissing(false);
            save.reset();
          }}
          style={{ width: 110 }}
        />
        <Input aria-label={t.note} placeholder={t.note} value={note} onChange={(e) => setNote(e.target.value)} maxLength={4000} data-testid="self-note" />
        <Button type="primary" onClick={submit} loading={save.isPending} data-testid="self-save">
          {vi.common.save}
        </Button>
      </Space.Compact>
      {missing && <Typography.Text type="danger">{t.pointsRequired}</Typography.Text>}
      {err && isStale(err) && (
        <Typography.Text type="danger" data-testid="self-error">
          {t.stale}{' '}
          <Button size="small" type="link" onClick={() => void qc.invalidateQueries({ queryKey: assessmentKeys.all }).then(() => save.reset())}>
            {t.reload}
          </Button>
        </Typography.Text>
      )}
      {err && !isStale(err) && (
        <Typography.Text type="danger" data-testid="self-error">
          {refusal(err)}
        </Typography.Text>
      )}
    </Space>
  );
}
