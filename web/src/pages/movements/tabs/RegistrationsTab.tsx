import { DownloadOutlined, EyeOutlined } from '@ant-design/icons';
import { App, Alert, Button, Card, Drawer, Flex, Space, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { registrationStatuses, registrationStatusLabels } from '../../../../../src/modules/registrations/registration-labels';
import { vi } from '../../../../i18n/vi';
import { hasPermission, useMe } from '../../../api/auth';
import { errorMessage } from '../../../api/client';
import type { MovementDetail } from '../../../api/movements';
import { downloadRegistrations, useRegistration, useRegistrations, type RegistrationListItemDto } from '../../../api/registrations';
import { formatDate } from '../../../lib/dates';
import { DecisionButtons } from '../../registrations/DecisionButtons';
import { OwnRegistration } from '../../registrations/OwnRegistration';
import { registrationStatusColors, RegistrationStatusTag } from '../../registrations/RegistrationStatusTag';
import { RegistrationView } from '../../registrations/RegistrationView';
import { titleLabel } from '../../registrations/titles';

const t = vi.registrations;

/** Đăng ký thi đua: every expected unit and its registration; the reader's own unit registers here. */
export function RegistrationsTab({ detail, active }: { detail: MovementDetail; active: boolean }) {
  const list = useRegistrations(detail.id, active);
  const me = useMe();
  const { message } = App.useApp();
  const [viewing, setViewing] = useState<RegistrationListItemDto | null>(null);
  const [exporting, setExporting] = useState(false);
  const data = list.data;
  const open = detail.status === 'issued' || detail.status === 'in_progress';
  // The units the reader registers for: those their roles are granted on (the server checks again).
  const mayRegister = hasPermission(me.data, 'registrations.submit');
  const own = mayRegister ? (data?.items ?? []).filter((i) => me.data?.roles.some((r) => r.unitId === i.unit.id)) : [];

  const exportList = async (format: 'xlsx' | 'docx') => {
    setExporting(true);
    try {
      await downloadRegistrations(detail.id, format);
    } catch (err) {
      void message.error(errorMessage(err) || t.exportError);
    } finally {
      setExporting(false);
    }
  };

  const columns: TableColumnsType<RegistrationListItemDto> = [
    { title: t.unit, key: 'unit', width: 220, render: (_, i) => i.unit.name },
    {
      title: t.status,
      key: 'status',
      render: (_, i) => (
        <Space orientation="vertical" size={2}>
          <RegistrationStatusTag status={i.status} />
          {i.status === 'tra_lai' && i.registration && <ReturnReason id={i.registration.id} />}
        </Space>
      ),
    },
    { title: t.collectiveTitle, key: 'collective', width: 180, render: (_, i) => titleLabel(i.registration?.collectiveTitle) },
    { title: t.individualCount, key: 'individuals', width: 100, align: 'right', render: (_, i) => i.registration?.individualCount ?? '—' },
    { title: t.submittedAt, key: 'submittedAt', width: 110, render: (_, i) => formatDate(i.registration?.submittedAt) },
    {
      title: vi.common.actions,
      key: 'actions',
      width: 210,
      render: (_, i) =>
        i.registration && (
          <Space size={4} wrap>
            <Button size="small" icon={<EyeOutlined />} onClick={() => setViewing(i)} data-testid="registration-view-open">
              {t.view}
            </Button>
            {data?.can.decide && i.status === 'cho_duyet' && <DecisionButtons movementId={detail.id} registrationId={i.registration.id} unitName={i.unit.name} />}
          </Space>
        ),
    },
  ];

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} />}
      {own.map((i) => (
        <OwnRegistration key={i.unit.id} movementId={detail.id} unit={i.unit} registrationId={i.registration?.id ?? null} open={open} />
      ))}
      <Card
        size="small"
        title={t.units}
        extra={
          <Space>
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportList('xlsx')} data-testid="registrations-export">
              {t.export}
            </Button>
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportList('docx')} data-testid="registrations-export-docx">
              {t.exportDocx}
            </Button>
          </Space>
        }
      >
        {data && (
          <Flex gap={8} wrap style={{ marginBottom: 12 }} data-testid="registrations-summary">
            <Typography.Text>{t.total(data.summary.total)}</Typography.Text>
            {registrationStatuses.map((s) => (
              <Tag key={s} color={registrationStatusColors[s]} data-testid={`registrations-count-${s}`}>
                {registrationStatusLabels[s]}: {data.summary[s]}
              </Tag>
            ))}
          </Flex>
        )}
        <Table<RegistrationListItemDto>
          data-testid="registrations-table"
          rowKey={(i) => i.unit.id}
          size="small"
          pagination={false}
          columns={columns}
          dataSource={data?.items ?? []}
          loading={list.isFetching}
          locale={{ emptyText: vi.common.empty }}
        />
      </Card>
      <Drawer open={viewing !== null} size={720} title={viewing && t.detailTitle(viewing.unit.name)} onClose={() => setViewing(null)} destroyOnHidden>
        {viewing?.registration && <RegistrationDetail id={viewing.registration.id} />}
      </Drawer>
    </Space>
  );
}

function RegistrationDetail({ id }: { id: number }) {
  const r = useRegistration(id);
  if (r.isPending) return <Spin />;
  if (r.isError) return <Alert type="error" showIcon title={errorMessage(r.error)} />;
  return <RegistrationView registration={r.data} />;
}

/** The list carries no reason; the registration it came back with is read (and cached) per row. */
function ReturnReason({ id }: { id: number }) {
  const r = useRegistration(id);
  return r.data?.returnReason ? (
    <Typography.Text type="danger" data-testid="registration-reason">
      {t.returnedWith(r.data.returnReason)}
    </Typography.Text>
  ) : null;
}
