import { InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Collapse, Form, Input, Row, Space, Table, Tag, Typography, Upload } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { movementKeys, type PlanContent } from '../../api/movements';
import { readPlanDocument, saveImportedPlan, type ImportedPlanDto } from '../../api/plan-import';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { paths } from '../../paths';
import { segments, valueAt } from './highlight';

const t = vi.planImport;

interface Values {
  ownerUnitId?: number;
  title: string;
  issuerName: string;
  number: string;
  issuedOn: string;
}

const confidenceColor = (c: number) => (c >= 0.85 ? 'green' : c >= 0.7 ? 'gold' : 'orange');

/** Upload a plan document, review it beside the text it came from, save it as a draft movement. */
export default function PlanImportPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [result, setResult] = useState<ImportedPlanDto | null>(null);
  const [json, setJson] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const docRef = useRef<HTMLDivElement>(null);

  const read = useMutation({
    mutationFn: readPlanDocument,
    onSuccess: (r) => {
      setResult(r);
      setJson(JSON.stringify(r.content, null, 2));
      const h = r.content.header;
      form.setFieldsValue({ title: r.content.title, issuerName: h.issuerName, number: h.number ?? '', issuedOn: h.issuedOn ?? '' });
    },
    onError: (err) => void message.error(errorMessage(err)),
  });

  const save = useMutation({
    mutationFn: (v: Values) => {
      let content: PlanContent;
      try {
        content = JSON.parse(json) as PlanContent;
      } catch {
        throw new Error(t.invalidJson);
      }
      content.title = v.title.trim();
      content.header = { ...content.header, issuerName: v.issuerName.trim(), number: v.number.trim() || null, issuedOn: v.issuedOn.trim() || null };
      return saveImportedPlan({ ownerUnitId: v.ownerUnitId!, content });
    },
    onSuccess: (created) => {
      void message.success(t.saved);
      void queryClient.invalidateQueries({ queryKey: movementKeys.all });
      void navigate(paths.movement(created.id));
    },
    onError: (err) => void message.error(err instanceof Error && err.message === t.invalidJson ? t.invalidJson : errorMessage(err)),
  });

  const pieces = useMemo(() => (result ? segments(result.text, result.sources) : []), [result]);
  const rows = useMemo(
    () =>
      result
        ? Object.entries(result.sources)
            .sort(([, a], [, b]) => a.span[0] - b.span[0])
            .map(([path, s]) => ({ path, confidence: s.confidence, value: valueAt(result.content, path) }))
        : [],
    [result],
  );

  const select = (path: string) => {
    setSelected(path);
    docRef.current?.querySelector(`[data-path="${CSS.escape(path)}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  if (!result)
    return (
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Title level={3}>{t.title}</Typography.Title>
        <Typography.Paragraph>{t.intro}</Typography.Paragraph>
        <div data-testid="plan-import-upload">
        <Upload.Dragger
          accept=".docx,.pdf,.txt"
          multiple={false}
          showUploadList={false}
          disabled={read.isPending}
          beforeUpload={(file) => {
            read.mutate(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{read.isPending ? t.reading : t.upload}</p>
          <p className="ant-upload-hint">{t.uploadHint}</p>
        </Upload.Dragger>
        </div>
      </Space>
    );

  const c = result.content;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t.title}
        </Typography.Title>
        <Tag>{t.kinds[result.kind]}</Tag>
        <Typography.Text type="secondary">
          {t.counts({ references: c.references.length, criteria: c.criteria.length, awards: c.awards.length, deadlines: c.deadlines.length })}
        </Typography.Text>
        <Button onClick={() => setResult(null)}>{t.again}</Button>
      </Space>
      {result.dropped.length > 0 && <Alert type="warning" showIcon message={t.dropped} description={result.dropped.join('; ')} />}
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t.document}>
            <div ref={docRef} data-testid="plan-import-text" style={{ whiteSpace: 'pre-wrap', maxHeight: '75vh', overflow: 'auto', lineHeight: 1.6 }}>
              {pieces.map((p, i) =>
                p.path ? (
                  <mark
                    key={i}
                    data-path={p.path}
                    title={p.path}
                    onClick={() => setSelected(p.path)}
                    style={{ background: p.path === selected ? '#ffd666' : '#e6f4ff', cursor: 'pointer', padding: 0 }}
                  >
                    {p.text}
                  </mark>
                ) : (
                  <span key={i}>{p.text}</span>
                ),
              )}
            </div>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t.review}>
            <Form form={form} layout="vertical" requiredMark="optional" onFinish={(v) => save.mutate(v)}>
              <Form.Item label={t.owner} name="ownerUnitId" rules={[{ required: true, message: vi.common.requiredSelect(t.owner) }]}>
                <UnitTreeSelect />
              </Form.Item>
              <Form.Item label={t.planTitle} name="title" rules={[{ required: true, whitespace: true, message: vi.common.required(t.planTitle) }]}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={1000} />
              </Form.Item>
              <Form.Item label={t.issuerName} name="issuerName" rules={[{ required: true, whitespace: true, message: vi.common.required(t.issuerName) }]}>
                <Input maxLength={300} />
              </Form.Item>
              <Space wrap>
                <Form.Item label={t.number} name="number">
                  <Input maxLength={100} style={{ width: 200 }} />
                </Form.Item>
                <Form.Item label={t.issuedOn} name="issuedOn" rules={[{ pattern: /^(\d{4}-\d{2}-\d{2})?$/, message: t.issuedOn }]}>
                  <Input maxLength={10} style={{ width: 200 }} />
                </Form.Item>
              </Space>
              <Collapse
                size="small"
                items={[{ key: 'json', label: t.advanced, children: <Input.TextArea value={json} onChange={(e) => setJson(e.target.value)} autoSize={{ minRows: 8, maxRows: 24 }} spellCheck={false} /> }]}
              />
              <Button type="primary" htmlType="submit" loading={save.isPending} style={{ marginTop: 16 }} data-testid="plan-import-save">
                {t.save}
              </Button>
            </Form>
          </Card>
          <Card size="small" title={t.fields} style={{ marginTop: 16 }}>
            <Table
              size="small"
              rowKey="path"
              pagination={false}
              scroll={{ y: 360 }}
              dataSource={rows}
              onRow={(r) => ({ onClick: () => select(r.path), style: { cursor: 'pointer', background: r.path === selected ? '#fffbe6' : undefined } })}
              columns={[
                { title: t.field, dataIndex: 'path', width: 190 },
                { title: t.value, dataIndex: 'value' },
                { title: t.confidence, dataIndex: 'confidence', width: 90, render: (v: number) => <Tag color={confidenceColor(v)}>{Math.round(v * 100)}%</Tag> },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
