import { App, Alert, Button, Form, Input, Modal, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { DateInput } from '../../components/DateInput';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { decisionKeys, draftDecision, forwardNominations, useCandidates, type CandidateList } from './api';

const t = vi.decisions;
type Row = CandidateList['items'][number];
const money = new Intl.NumberFormat('vi-VN');

/** Agreed nominations at a unit: those it may grant go into a draft decision, the others up. */
export function AgreedTab({ onDrafted }: { onDrafted: (id: number) => void }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [unitId, setUnitId] = useState<number | undefined>();
  const [selected, setSelected] = useState<number[]>([]);
  const [mode, setMode] = useState<'draft' | 'forward' | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm();
  const list = useCandidates(unitId);
  const rows = list.data?.items ?? [];
  const chosen = rows.filter((r) => selected.includes(r.nominationId));
  const canDraft = chosen.length > 0 && chosen.every((r) => r.canGrant);
  const canForward = chosen.length > 0 && chosen.every((r) => !r.canGrant && r.forwardTo);

  async function submit() {
    const v = await form.validateFields();
    setBusy(true);
    try {
      if (mode === 'draft') {
        const d = await draftDecision({ unitId: unitId!, nominationIds: selected, submissionNumber: v.submissionNumber, submissionDate: v.submissionDate.format('YYYY-MM-DD'), title: v.title || null, moneySource: v.moneySource || null });
        onDrafted(d.id);
      } else {
        const r = await forwardNominations({ unitId: unitId!, nominationIds: selected, submissionNumber: v.submissionNumber || null });
        message.success(t.forwardDone(r.batches.length));
      }
      setMode(null);
      setSelected([]);
      await qc.invalidateQueries({ queryKey: decisionKeys.all });
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="decisions-agreed">
      <Space wrap>
        <div style={{ width: 360 }}>
          <UnitTreeSelect aria-label={t.unit} placeholder={t.pickUnit} value={unitId} onChange={(v) => { setUnitId(v); setSelected([]); }} />
        </div>
        <Button type="primary" disabled={!canDraft} onClick={() => setMode('draft')}>
          {t.draftSelected(chosen.length)}
        </Button>
        <Button disabled={!canForward} onClick={() => setMode('forward')}>
          {t.forwardSelected(chosen.length)}
        </Button>
      </Space>
      {list.isError && <Alert type="error" showIcon message={errorMessage(list.error)} />}
      <Table<Row>
        rowKey="nominationId"
        loading={list.isFetching}
        dataSource={rows}
        locale={{ emptyText: t.agreedEmpty }}
        pagination={false}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]) }}
        columns={[
          { title: t.nominee, render: (_, r) => `${r.nomineeName}${r.subjectKind === 'collective' ? ` (${t.collective})` : ''}` },
          { title: t.unit, render: (_, r) => r.unit.name },
          { title: t.award, dataIndex: 'awardName' },
          { title: t.batch, dataIndex: 'batchTitle' },
          {
            title: t.authority,
            render: (_, r) =>
              r.canGrant ? <Tag color="success">{t.canGrant}</Tag> : r.forwardTo ? <Tag color="warning">{t.forwardTo(r.forwardTo.grantorTitle)}</Tag> : <Tag color="error">{t.noAuthority}</Tag>,
          },
          { title: t.prize, align: 'right', render: (_, r) => (r.canGrant ? money.format(r.prizeAmount) : '—') },
        ]}
      />
      <Modal open={mode !== null} title={mode === 'draft' ? t.draftTitle : t.forwardTitle} onOk={submit} confirmLoading={busy} onCancel={() => setMode(null)} okText={t.save} cancelText={t.cancel} destroyOnHidden>
        {mode === 'forward' && <Alert type="info" showIcon message={t.forwardIntro} style={{ marginBottom: 16 }} />}
        {/* The form mounts with the modal (destroyOnHidden), so its initial values apply on every opening. */}
        <Form form={form} layout="vertical" initialValues={{ submissionDate: dayjs() }}>
          <Form.Item name="submissionNumber" label={t.submissionNumber} rules={mode === 'draft' ? [{ required: true, message: t.required(t.submissionNumber.toLowerCase()) }] : []}>
            <Input maxLength={50} placeholder="45/TTr-UBND" />
          </Form.Item>
          {mode === 'draft' && (
            <>
              <Form.Item name="submissionDate" label={t.submissionDate} rules={[{ required: true, message: t.required(t.submissionDate.toLowerCase()) }]}>
                <DateInput style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name="title" label={t.decisionTitle}>
                <Input maxLength={500} placeholder="Về việc khen thưởng …" />
              </Form.Item>
              <Form.Item name="moneySource" label={t.moneySource}>
                <Input.TextArea maxLength={1000} rows={2} />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </Space>
  );
}
