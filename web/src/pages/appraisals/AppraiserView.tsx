import { LockOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState, type Key } from 'react';
import { vi } from '../../../i18n/vi';
import { assessmentKeys, lockAppraisal, useAssessments, type UnitAssessments } from '../../api/appraisals';
import { errorMessage } from '../../api/client';
import { assessmentStatuses, formatGap, formatPoints, inPlanOrder, statusCounts, unitGap } from './appraisal-view';
import { assessmentStatusColors } from './AssessmentStatusTag';
import { ExportButton } from './ExportButton';
import { UnitItems } from './UnitItems';

const t = vi.appraisals;

interface Props {
  movementId: number;
  period: string;
  periodLabel: string;
  /** The plan's criterion keys, in its order. */
  criterionKeys: readonly string[];
  /** False once the movement is closed: nothing is decided any more. */
  open: boolean;
  /** appraisals.decide: the decision buttons and the lock; without it the table is read-only. */
  mayDecide: boolean;
  active: boolean;
}

/** Thẩm định: every unit's self vs appraised totals, the rows to decide, and the period's lock. */
export function AppraiserView({ movementId, period, periodLabel, criterionKeys, open, mayDecide, active }: Props) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const list = useAssessments(movementId, period, null, active);
  const locked = list.data?.locked ?? false;
  const units = list.data?.units ?? [];
  const [expanded, setExpanded] = useState<readonly Key[] | null>(null);
  // A few units open by default; a huyện's sixteen xã start folded.
  const expandedKeys = expanded ?? (units.length <= 3 ? units.map((u) => u.unit.id) : []);
  const lock = useMutation({
    mutationFn: () => lockAppraisal(movementId, period),
    onSuccess: async (r) => {
      void message.success(t.lockedDone(r.locked));
      await qc.invalidateQueries({ queryKey: assessmentKeys.all });
    },
  });

  const columns: TableColumnsType<UnitAssessments> = [
    { title: t.unit, key: 'unit', render: (_, u) => <Typography.Text strong>{u.unit.name}</Typography.Text> },
    { title: t.selfTotal, key: 'self', width: 130, align: 'right', render: (_, u) => formatPoints(u.selfTotal) },
    { title: t.appraisedTotal, key: 'appraised', width: 140, align: 'right', render: (_, u) => formatPoints(u.appraisedTotal) },
    {
      title: t.gap,
      key: 'gap',
      width: 110,
      align: 'right',
      render: (_, u) => {
        const gap = unitGap(u.items);
        return (
          <Typography.Text type={gap !== null && gap > 0 ? 'danger' : undefined} strong={gap !== null && gap > 0} title={t.gapHint} data-testid="unit-gap">
            {formatGap(gap)}
          </Typography.Text>
        );
      },
    },
    { title: t.maxTotal, key: 'max', width: 110, align: 'right', render: (_, u) => formatPoints(u.maxTotal) },
    {
      title: t.counts,
      key: 'counts',
      width: 300,
      render: (_, u) => {
        const counts = statusCounts(u.items);
        return (
          <Flex gap={4} wrap data-testid="unit-counts">
            {assessmentStatuses
              .filter((s) => counts[s] > 0)
              .map((s) => (
                <Tag key={s} color={assessmentStatusColors[s]}>
                  {u.items.find((a) => a.status === s)!.statusLabel}: {counts[s]}
                </Tag>
              ))}
          </Flex>
        );
      },
    },
  ];


  return (
    <Card
      size="small"
      title={`${t.appraiserTitle} — ${periodLabel}`}
      data-testid="appraiser-view"
      extra={
        <Space>
          {units.length > 0 && <ExportButton movementId={movementId} period={period} unitId={null} />}
          {open && mayDecide && !locked && units.length > 0 && (
            <Popconfirm title={t.lockTitle(periodLabel)} description={t.lockText} okText={t.lock} cancelText={vi.common.cancel} onConfirm={() => lock.mutate()} okButtonProps={{ danger: true, 'data-testid': 'appraisal-lock-confirm' } as never}>
              <Button danger icon={<LockOutlined />} loading={lock.isPending} data-testid="appraisal-lock">
                {t.lock}
              </Button>
            </Popconfirm>
          )}
        </Space>
      }
    >
      <Space orientation="vertical" size="small" style={{ width: '100%' }}>
        {locked && <Alert type="success" showIcon title={t.locked} description={t.lockedHint} data-testid="appraisal-locked" />}
        {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} />}
        {lock.isError && <Alert type="error" showIcon closable title={errorMessage(lock.error)} data-testid="appraisal-lock-error" onClose={() => lock.reset()} />}
        <Table<UnitAssessments>
          data-testid="appraiser-units"
          rowKey={(u) => u.unit.id}
          size="small"
          columns={columns}
          dataSource={units}
          loading={list.isFetching && !list.data}
          pagination={units.length > 50 ? { pageSize: 50 } : false}
          locale={{ emptyText: t.appraiserEmpty }}
          scroll={{ x: 1000 }}
          expandable={{
            expandedRowKeys: expandedKeys,
            onExpandedRowsChange: (keys) => setExpanded(keys),
            expandedRowRender: (u) => (
              <UnitItems movementId={movementId} period={period} unitId={u.unit.id} items={inPlanOrder(u.items, criterionKeys)} decide={open && mayDecide} locked={locked} />
            ),
          }}
        />
      </Space>
    </Card>
  );
}
