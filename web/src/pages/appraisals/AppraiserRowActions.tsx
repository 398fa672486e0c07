import { CheckOutlined, EditOutlined, RollbackOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { vi } from '../../../i18n/vi';
import { appraiseAssessment, assessmentKeys, type AppraiseBody, type AssessmentDto } from '../../api/appraisals';
import { errorMessage } from '../../api/client';
import { appraiserActions } from './appraisal-view';
import { DecisionDialog } from './DecisionDialog';

const t = vi.appraisals;
const done = { accept: t.accepted, change: t.changed, return: t.returned } as const;

/** Chấp nhận / Thay đổi điểm / Trả lại giải trình for one self-score. */
export function AppraiserRowActions({ a, locked }: { a: AssessmentDto; locked: boolean }) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<'change' | 'return' | null>(null);
  const decide = useMutation({
    mutationFn: (body: AppraiseBody) => appraiseAssessment(a.id, body),
    onSuccess: async (_, body) => {
      setDialog(null);
      void message.success(done[body.action]);
      await qc.invalidateQueries({ queryKey: assessmentKeys.all });
    },
    // The dialogs show their own error; a refused accept is told here.
    onError: (err, body) => {
      if (body.action === 'accept') void message.error(errorMessage(err));
    },
  });
  // The browser's calendar day; the server decides with Vietnam's and explains a refusal.
  const actions = appraiserActions(a, locked, dayjs().format('YYYY-MM-DD'));
  if (actions.length === 0) return null;
  // A dialog opens clean, without the error of an earlier refused decision.
  const open = (action: 'change' | 'return') => {
    decide.reset();
    setDialog(action);
  };
  return (
    <Space size={4} wrap>
      {actions.includes('accept') && (
        <Button size="small" type="primary" icon={<CheckOutlined />} loading={decide.isPending && decide.variables?.action === 'accept'} onClick={() => decide.mutate({ action: 'accept' })} data-testid="appraise-accept">
          {t.accept}
        </Button>
      )}
      <Button size="small" icon={<EditOutlined />} onClick={() => open('change')} data-testid="appraise-change">
        {t.change}
      </Button>
      {actions.includes('return') && (
        <Button size="small" danger icon={<RollbackOutlined />} onClick={() => open('return')} data-testid="appraise-return">
          {t.return}
        </Button>
      )}
      {dialog && (
        <DecisionDialog
          action={dialog}
          assessment={a}
          pending={decide.isPending}
          error={decide.error}
          onOk={(body) => decide.mutate(body)}
          onClose={() => {
            decide.reset();
            setDialog(null);
          }}
        />
      )}
    </Space>
  );
}
