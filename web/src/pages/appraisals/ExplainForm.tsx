import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { vi } from '../../../i18n/vi';
import { assessmentKeys, explainAssessment, type AssessmentDto } from '../../api/appraisals';
import { formatDate } from '../../lib/dates';
import { refusal } from './SelfScoreCell';

const t = vi.appraisals;

/** A row returned for explanation: the appraiser's request, the deadline, and the unit's answer. */
export function ExplainForm({ assessment, mayAnswer }: { assessment: AssessmentDto; mayAnswer: boolean }) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const send = useMutation({
    mutationFn: () => explainAssessment(assessment.id, text.trim()),
    onSuccess: async () => {
      void message.success(t.explained);
      await qc.invalidateQueries({ queryKey: assessmentKeys.all });
    },
  });
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }} data-testid="explain-box">
      <Alert
        type="warning"
        showIcon
        title={`${t.explainRequest}: ${assessment.explainRequest ?? ''}`}
        description={assessment.explainBy ? t.explainBy(formatDate(assessment.explainBy)) : undefined}
        data-testid="explain-request"
      />
      {mayAnswer && (
        <>
          <Input.TextArea
            aria-label={t.explanation}
            placeholder={t.explanationPlaceholder}
            rows={2}
            maxLength={8000}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              send.reset();
            }}
            data-testid="explain-input"
          />
          <Button onClick={() => send.mutate()} disabled={!text.trim()} loading={send.isPending} data-testid="explain-send">
            {t.explain}
          </Button>
        </>
      )}
      {send.error && (
        <Typography.Text type="danger" data-testid="explain-error">
          {refusal(send.error)}
        </Typography.Text>
      )}
    </Space>
  );
}
