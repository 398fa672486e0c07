import { CopyOutlined, DeleteOutlined, DownloadOutlined, EditOutlined, SendOutlined, SwapOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Dropdown, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import {
  changeStatus,
  createMovement,
  discardDraft,
  documentUrl,
  movementKeys,
  startAmendment,
  type MovementDetail,
  type MovementStatus,
  type PlanContent,
} from '../../api/movements';
import { paths } from '../../paths';
import { copyAsNewPlan } from './copy-plan';
import { AmendDialog, IssueDialog } from './IssueDialog';
import { movementStatusLabels } from './labels';

const t = vi.movements.actions;

/** Lifecycle buttons (issue, amend, discard, status) and the document downloads of the version shown. */
export function MovementActions({ detail, versionNo, content }: { detail: MovementDetail; versionNo: number; content: PlanContent | null }) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'issue' | 'amend' | null>(null);
  const setDetail = (d: MovementDetail) => {
    queryClient.setQueryData(movementKeys.detail(detail.id), d);
    void queryClient.invalidateQueries({ queryKey: ['movements', 'list'] });
  };

  const amend = useMutation({
    mutationFn: (note: string | null) => startAmendment(detail.id, note),
    onSuccess: (d) => {
      setDetail(d);
      setDialog(null);
      void message.success(t.amended);
    },
  });
  const discard = useMutation({
    mutationFn: () => discardDraft(detail.id),
    onSuccess: () => {
      void message.success(t.discarded);
      void queryClient.invalidateQueries({ queryKey: movementKeys.all });
      // A movement never issued has nothing left once its only draft goes.
      if (detail.status === 'draft') void navigate(paths.movements);
    },
    onError: (err) => void message.error(errorMessage(err)),
  });
  const copy = useMutation({
    mutationFn: (c: PlanContent) => createMovement({ ownerUnitId: detail.owner.id, content: copyAsNewPlan(c) }),
    onSuccess: (d) => {
      void message.success(t.copied);
      void queryClient.invalidateQueries({ queryKey: ['movements', 'list'] });
      void navigate(paths.movement(d.id));
    },
    onError: (err) => void message.error(errorMessage(err)),
  });
  const status = useMutation({
    mutationFn: (s: MovementStatus) => changeStatus(detail.id, s),
    onSuccess: (d) => {
      setDetail(d);
      void message.success(t.statusChanged);
    },
    onError: (err) => void message.error(errorMessage(err)),
  });

  const draft = detail.draft;
  return (
    <Space wrap>
      {draft && detail.can.issue && (
        <Button type="primary" icon={<SendOutlined />} onClick={() => setDialog('issue')} data-testid="issue-button">
          {t.issue}
        </Button>
      )}
      {!draft && detail.can.edit && detail.status !== 'draft' && (
        <Button icon={<EditOutlined />} onClick={() => setDialog('amend')} data-testid="amend-button">
          {t.amend}
        </Button>
      )}
      {draft && detail.can.edit && (
        <Button
          danger
          icon={<DeleteOutlined />}
          loading={discard.isPending}
          data-testid="discard-draft"
          onClick={() =>
            modal.confirm({ title: t.discard, content: t.discardConfirm, okText: t.discard, okButtonProps: { danger: true }, cancelText: vi.common.cancel, onOk: () => discard.mutateAsync() })
          }
        >
          {t.discard}
        </Button>
      )}
      {content && detail.can.copy && (
        <Button
          icon={<CopyOutlined />}
          loading={copy.isPending}
          data-testid="copy-plan"
          onClick={() => modal.confirm({ title: t.copy, content: t.copyConfirm, okText: t.copy, cancelText: vi.common.cancel, onOk: () => copy.mutateAsync(content) })}
        >
          {t.copy}
        </Button>
      )}
      {detail.allowedStatuses.length > 0 && (
        <Dropdown
          menu={{
            items: detail.allowedStatuses.map((s) => ({ key: s, label: movementStatusLabels[s] })),
            onClick: ({ key }) =>
              modal.confirm({
                title: t.status,
                content: t.statusConfirm(movementStatusLabels[key as MovementStatus]),
                okText: vi.common.confirm,
                cancelText: vi.common.cancel,
                onOk: () => status.mutateAsync(key as MovementStatus),
              }),
          }}
        >
          <Button icon={<SwapOutlined />} data-testid="status-button">
            {t.status}
          </Button>
        </Dropdown>
      )}
      {(
        <Button icon={<DownloadOutlined />} href={documentUrl(detail.id, versionNo, 'plan')} data-testid="download-plan-docx">
          {t.downloadPlan}
        </Button>
      )}
      {content?.decision && (
        <Button icon={<DownloadOutlined />} href={documentUrl(detail.id, versionNo, 'decision')} data-testid="download-decision-docx">
          {t.downloadDecision}
        </Button>
      )}
      {dialog === 'issue' && draft && <IssueDialog detail={detail} onClose={() => setDialog(null)} onIssued={setDetail} />}
      {dialog === 'amend' && (
        <AmendDialog pending={amend.isPending} error={amend.error} onClose={() => setDialog(null)} onSubmit={(note) => amend.mutate(note)} />
      )}
    </Space>
  );
}
