import { Alert, Button, Empty, Flex, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { vi } from '../../../i18n/vi';
import { hasPermission, useMe } from '../../api/auth';
import { errorMessage } from '../../api/client';
import type { MovementDetail, PlanContent } from '../../api/movements';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { formatDate } from '../../lib/dates';
import { movementYears } from '../results/periods';
import { createBatch, useBatches, useNominationMutation } from './api';
import { BatchView } from './BatchView';

const t = vi.nominations;

function NewBatch({ detail, content, year, onCreated }: { detail: MovementDetail; content: PlanContent; year: number; onCreated: (id: number) => void }) {
  const [form] = Form.useForm<{ proposingUnitId: number; awardKey?: string; title?: string }>();
  const create = useNominationMutation((v: { proposingUnitId: number; awardKey?: string; title?: string }) =>
    createBatch({ movementId: detail.id, year, proposingUnitId: v.proposingUnitId, ...(v.awardKey ? { awardKey: v.awardKey } : {}), ...(v.title?.trim() ? { title: v.title.trim() } : {}) }),
  );
  return (
    <Form form={form} layout="inline" style={{ rowGap: 8 }} onFinish={(v) => create.mutate(v, { onSuccess: (b) => onCreated(b.id) })}>
      <Form.Item name="proposingUnitId" rules={[{ required: true, message: vi.common.requiredSelect(t.proposingUnit) }]} style={{ minWidth: 240 }}>
        <UnitTreeSelect aria-label={t.proposingUnit} placeholder={t.proposingUnit} />
      </Form.Item>
      <Form.Item name="awardKey" style={{ minWidth: 240 }}>
        <Select aria-label={t.awardOptional} placeholder={t.awardOptional} allowClear options={content.awards.map((a) => ({ value: a.key, label: a.name }))} />
      </Form.Item>
      <Form.Item name="title" style={{ minWidth: 240 }}>
        <Input placeholder={t.batchTitle} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="batch-create">
        {t.newBatch}
      </Button>
      {create.isError && <Alert type="error" showIcon title={errorMessage(create.error)} style={{ width: '100%', marginTop: 8 }} />}
    </Form>
  );
}

/**
 * Đề nghị khen thưởng: a unit's đợt đề nghị for a year with its nominees and achievement reports;
 * the unit it is sent to returns it or publishes it for comments.
 */
export function NominationsTab({ detail, content, active }: { detail: MovementDetail; content: PlanContent; active: boolean }) {
  const me = useMe();
  const years = movementYears(detail.yearFrom, detail.yearTo);
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(years.includes(thisYear) ? thisYear : years.at(-1)!);
  const batches = useBatches(detail.id, year, active);
  const [selected, setSelected] = useState<number | null>(null);
  const items = batches.data?.items ?? [];
  const current = selected !== null && items.some((b) => b.id === selected) ? selected : (items[0]?.id ?? null);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="nominations-tab">
      <Flex gap={12} wrap align="center">
        <Select aria-label={t.year} value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: String(y) }))} style={{ width: 100 }} />
        {hasPermission(me.data, 'nominations.submit') && detail.status !== 'draft' && <NewBatch detail={detail} content={content} year={year} onCreated={setSelected} />}
      </Flex>
      {batches.isError && <Alert type="error" showIcon title={errorMessage(batches.error)} />}
      <Typography.Title level={5}>{t.batches}</Typography.Title>
      {items.length === 0 ? (
        <Empty description={t.noBatches} />
      ) : (
        <List
          size="small"
          bordered
          dataSource={items}
          renderItem={(b) => (
            <List.Item onClick={() => setSelected(b.id)} style={{ cursor: 'pointer', background: b.id === current ? 'rgba(22,119,255,0.08)' : undefined }} data-testid={`batch-${b.id}`}>
              <Space wrap>
                <Typography.Text strong>{b.title}</Typography.Text>
                <Tag>{b.statusLabel}</Tag>
                <Typography.Text type="secondary">
                  {b.proposingUnit.name} → {b.addressedUnit.name} · {t.count(b.nominationCount)} · {t.dueOn}: {b.dueOn ? formatDate(b.dueOn) : t.noDue}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
      {current !== null && <BatchView batchId={current} />}
    </Space>
  );
}
