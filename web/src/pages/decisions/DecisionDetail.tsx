import { App, Alert, Button, Card, Descriptions, Form, Input, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { DateInput } from '../../components/DateInput';
import { formatDate } from '../../lib/dates';
import { decisionKeys, deleteDraft, downloadDecisionFile, signDecision, useDecision, type DecisionDto, type DecisionFile } from './api';

const t = vi.decisions;
const money = new Intl.NumberFormat('vi-VN');
type Item = DecisionDto['items'][number];
/** The head's post from the grantor's: "Chủ tịch Ủy ban nhân dân xã …" → "Chủ tịch". */
const headOf = (grantorTitle: string) => /^(Chủ tịch|Giám đốc|Thủ trưởng)/.exec(grantorTitle)?.[1] ?? '';

/** One decision: awardees and amounts, signing (leader of the grantor unit), downloads. */
export function DecisionDetail({ id, onBack }: { id: number; onBack: () => void }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const q = useDecision(id);
  const [signing, setSigning] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm();
  if (q.isError) return <Alert type="error" showIcon message={errorMessage(q.error)} action={<Button onClick={onBack}>{t.back}</Button>} />;
  const d = q.data;
  if (!d) return <Card loading />;
  const issued = d.status === 'da_ban_hanh';

  async function sign() {
    const v = await form.validateFields();
    setBusy(true);
    try {
      await signDecision(id, { number: v.number, signedOn: v.signedOn.format('YYYY-MM-DD'), signerName: v.signerName, signerTitle: v.signerTitle });
      message.success(t.signed);
      setSigning(false);
      await qc.invalidateQueries({ queryKey: decisionKeys.all });
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }
  async function discard() {
    try {
      await deleteDraft(id);
      await qc.invalidateQueries({ queryKey: decisionKeys.all });
      onBack();
    } catch (err) {
      message.error(errorMessage(err));
    }
  }
  const download = (file: DecisionFile) => downloadDecisionFile(id, file).catch((err: unknown) => message.error(errorMessage(err)));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="decision-detail">
      <Button onClick={onBack}>{t.back}</Button>
      <Typography.Title level={3}>{d.number ? `${t.title} số ${d.number}` : `${t.title} (${d.statusLabel.toLowerCase()})`}</Typography.Title>
      <Card
        extra={
          <Space>
            {d.can.sign && <Button type="primary" onClick={() => setSigning(true)}>{t.sign}</Button>}
            {d.can.edit && (
              <Popconfirm title={t.deleteConfirm} okText={t.ok} cancelText={t.cancel} onConfirm={discard}>
                <Button danger>{t.deleteDraft}</Button>
              </Popconfirm>
            )}
          </Space>
        }
      >
        <Descriptions column={2} size="small">
          <Descriptions.Item label={t.grantor}>{d.grantorTitle}</Descriptions.Item>
          <Descriptions.Item label={t.status}><Tag color={issued ? 'success' : 'default'}>{d.statusLabel}</Tag></Descriptions.Item>
          <Descriptions.Item label={t.submission}>{[d.submissionNumber, formatDate(d.submissionDate)].filter(Boolean).join(' — ')}</Descriptions.Item>
          <Descriptions.Item label={t.signedOn}>{issued ? `${formatDate(d.signedOn)} — ${d.signerTitle} ${d.signerName}` : '—'}</Descriptions.Item>
          <Descriptions.Item label={t.baseSalary}>{d.baseSalary === null ? '—' : money.format(d.baseSalary)}</Descriptions.Item>
          <Descriptions.Item label={t.total}><strong>{money.format(d.totalAmount)}</strong></Descriptions.Item>
          <Descriptions.Item label={t.moneySource} span={2}>{d.moneySource}</Descriptions.Item>
        </Descriptions>
        {issued && <Alert type="info" showIcon message={t.immutable} style={{ marginTop: 12 }} />}
      </Card>
      <Card title={t.downloads}>
        <Space wrap>
          <Button onClick={() => download('submission.docx')}>{t.downloadSubmission}</Button>
          <Button onClick={() => download('decision.docx')}>{t.downloadDecision}</Button>
          <Button disabled={!issued} onClick={() => download('certificates.pdf')}>{t.downloadCertificates}</Button>
          <Button onClick={() => download('dossier.zip')}>{t.downloadDossier}</Button>
        </Space>
      </Card>
      <Table<Item>
        rowKey="nominationId"
        dataSource={d.items}
        pagination={false}
        columns={[
          { title: 'TT', dataIndex: 'position', width: 60 },
          { title: t.nominee, render: (_, i) => `${i.nomineeName}${i.subjectKind === 'collective' ? ` (${t.collective})` : ''}` },
          { title: t.unit, render: (_, i) => i.unit.name },
          { title: t.award, dataIndex: 'awardName' },
          { title: t.achievement, render: (_, i) => i.achievement ?? '—' },
          { title: t.prize, align: 'right', render: (_, i) => money.format(i.prizeAmount) },
        ]}
      />
      <Modal open={signing} title={t.signTitle} onOk={sign} confirmLoading={busy} onCancel={() => setSigning(false)} okText={t.sign} cancelText={t.cancel} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ signerTitle: headOf(d.grantorTitle) }}>
          <Form.Item name="number" label={t.number} rules={[{ required: true, message: t.required(t.number.toLowerCase()) }]}>
            <Input maxLength={50} placeholder="120/QĐ-UBND" />
          </Form.Item>
          <Form.Item name="signedOn" label={t.signedOn} rules={[{ required: true, message: t.required(t.signedOn.toLowerCase()) }]}>
            <DateInput style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="signerName" label={t.signerName} rules={[{ required: true, message: t.required(t.signerName.toLowerCase()) }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="signerTitle" label={t.signerTitle} rules={[{ required: true, message: t.required(t.signerTitle.toLowerCase()) }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
