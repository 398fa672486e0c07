import { InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Collapse, Form, Input, Radio, Row, Space, Table, Tag, Typography, Upload } from 'antd';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { movementKeys, type PlanContent } from '../../api/movements';
import { readPlanDocument, saveImportedPlan, type ImportedPlanDto } from '../../api/plan-import';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { paths } from '../../paths';
import { AwardFields, CriteriaFields, DutyFields } from './ElementFields';
import { BasisFields, ContentFields, GeneralFields, ScopeFields } from './GeneralFields';
import { cleanDraft, isWithin, segments, valueAt } from './highlight';
import { FocusContext, sourcePathFor } from './span-field';

const t = vi.planImport;

/** The form's store holds the whole draft (every input edits a part of it) and the owner unit. */
type Values = PlanContent & { ownerUnitId?: number };

/** The review form's parts: one shows at a time (the form's store keeps every part's values). */
const parts = ['general', 'basis', 'scope', 'contents', 'criteria', 'awards', 'duties'] as const;
type Part = (typeof parts)[number];
const partFields: Record<Part, ReactNode> = {
  general: <GeneralFields />,
  basis: <BasisFields />,
  scope: <ScopeFields />,
  contents: <ContentFields />,
  criteria: <CriteriaFields />,
  awards: <AwardFields />,
  duties: <DutyFields />,
};

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
  const [part, setPart] = useState<Part>('general');
  const docRef = useRef<HTMLDivElement>(null);

  const read = useMutation({
    mutationFn: readPlanDocument,
    onSuccess: (r) => {
      setResult(r);
      setJson(JSON.stringify(r.content, null, 2));
      form.resetFields();
      form.setFieldsValue(r.content as Values);
    },
    onError: (err) => void message.error(errorMessage(err)),
  });

  const save = useMutation({
    mutationFn: () => {
      const { ownerUnitId, ...content } = form.getFieldsValue(true) as Values;
      return saveImportedPlan({ ownerUnitId: ownerUnitId!, content: cleanDraft(content) as PlanContent });
    },
    onSuccess: (created) => {
      void message.success(t.saved);
      void queryClient.invalidateQueries({ queryKey: movementKeys.all });
      void navigate(paths.movement(created.id));
    },
    onError: (err) => void message.error(errorMessage(err)),
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

  const select = useCallback((path: string) => {
    setSelected(path);
    const marks = [...(docRef.current?.querySelectorAll<HTMLElement>('mark[data-path]') ?? [])];
    marks.find((m) => isWithin(m.dataset.path!, path))?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, []);
  // A focused input highlights the narrowest traced span of its field (a quota's number, a deadline's day…).
  const focus = useCallback(
    (path: string) => {
      const p = result ? sourcePathFor(path.split('.'), result.sources) : null;
      if (p) select(p);
      else setSelected(null);
    },
    [result, select],
  );
  const applyJson = () => {
    try {
      form.setFieldsValue(JSON.parse(json) as Values);
      void message.success(t.jsonApplied);
    } catch {
      void message.error(t.invalidJson);
    }
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
                    data-selected={selected !== null && isWithin(p.path, selected) ? 'true' : undefined}
                    onClick={() => setSelected(p.path)}
                    style={{ background: selected !== null && isWithin(p.path, selected) ? '#ffd666' : '#e6f4ff', cursor: 'pointer', padding: 0 }}
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
            <Form form={form} layout="vertical" requiredMark="optional" onFinish={() => save.mutate()} data-testid="plan-import-form">
              <Form.Item label={t.owner} name="ownerUnitId" rules={[{ required: true, message: vi.common.requiredSelect(t.owner) }]}>
                <UnitTreeSelect />
              </Form.Item>
              <Typography.Paragraph type="secondary">{t.focusHint}</Typography.Paragraph>
              <FocusContext.Provider value={focus}>
                <Radio.Group
                  optionType="button"
                  size="small"
                  value={part}
                  onChange={(e) => setPart(e.target.value as Part)}
                  options={parts.map((k) => ({ value: k, label: <span data-testid={`plan-import-part-${k}`}>{t.tabs[k]}</span> }))}
                  style={{ marginBottom: 12 }}
                />
                {partFields[part]}
              </FocusContext.Provider>
              <Collapse
                size="small"
                items={[
                  {
                    key: 'json',
                    label: t.advanced,
                    children: (
                      <>
                        <Input.TextArea value={json} onChange={(e) => setJson(e.target.value)} autoSize={{ minRows: 8, maxRows: 24 }} spellCheck={false} />
                        <Button size="small" style={{ marginTop: 8 }} onClick={applyJson}>
                          {t.applyJson}
                        </Button>
                      </>
                    ),
                  },
                ]}
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
