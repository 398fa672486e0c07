import { Button, Descriptions, Divider, Form, Input, Typography } from 'antd';
import { vi } from '../../../../i18n/vi';
import { formatDate } from '../../../lib/dates';
import { AddButton, RemoveButton, requiredText, Row, TextItem } from '../editors/fields';
import { EmptyPart } from '../ItemsView';
import type { TabProps } from '../MovementDetailPage';
import { SectionEditor } from '../SectionEditor';

const t = vi.movements.decision;

function StringList({ name, label, addLabel }: { name: (string | number)[]; label: string; addLabel: string }) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((f, i) => (
            <div key={f.key} style={{ display: 'flex', gap: 8 }}>
              <Form.Item name={f.name} style={{ flex: 1 }} label={`${label} ${i + 1}`} rules={requiredText(label)}>
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 8 }} />
              </Form.Item>
              <RemoveButton onClick={() => remove(f.name)} />
            </div>
          ))}
          <AddButton onClick={() => add('')}>{addLabel}</AddButton>
        </>
      )}
    </Form.List>
  );
}

/** Quyết định ban hành kèm kế hoạch (seed 001): its header, basis and articles. */
export function DecisionTab({ detail, content, editable }: TabProps) {
  const d = content.decision;
  const view = !d ? (
    <EmptyPart />
  ) : (
    <>
      <Descriptions bordered size="small" column={1}>
        <Descriptions.Item label={vi.movements.general.numberSymbol}>{d.header.number ?? vi.movements.noNumber}</Descriptions.Item>
        <Descriptions.Item label={vi.movements.general.issuedOn}>{formatDate(d.header.issuedOn)}</Descriptions.Item>
        <Descriptions.Item label={t.titleField}>{d.title}</Descriptions.Item>
        <Descriptions.Item label={t.authority}>{d.authority}</Descriptions.Item>
        {d.proposer && <Descriptions.Item label={t.proposer}>{d.proposer}</Descriptions.Item>}
      </Descriptions>
      {d.basis.map((b, i) => (
        <Typography.Paragraph key={i} italic style={{ marginTop: 8 }}>
          {b}
        </Typography.Paragraph>
      ))}
      {d.articles.map((a, i) => (
        <Typography.Paragraph key={i}>
          <Typography.Text strong>{t.article(i + 1)}</Typography.Text> {a}
        </Typography.Paragraph>
      ))}
    </>
  );
  return (
    <SectionEditor name="decision" detail={detail} editable={editable} parts={['decision']} view={view}>
      {(form) => <DecisionFields form={form} header={content.header} />}
    </SectionEditor>
  );
}

function DecisionFields({ form, header }: { form: ReturnType<typeof Form.useFormInstance>; header: TabProps['content']['header'] }) {
  const decision = Form.useWatch('decision', { form, preserve: true }) as unknown;
  if (decision == null && form.getFieldValue('decision') == null) {
    return (
      <>
        <Typography.Paragraph type="secondary">{t.none}</Typography.Paragraph>
        <Button onClick={() => form.setFieldValue('decision', { header: { ...header }, title: '', authority: '', basis: [], proposer: null, articles: [''] })}>
          {vi.movements.actions.edit}
        </Button>
      </>
    );
  }
  return (
    <>
      <Row cols={2}>
        <TextItem label={vi.movements.general.numberSymbol} name={['decision', 'header', 'number']} />
        <Form.Item label={vi.movements.general.issuerName} name={['decision', 'header', 'issuerName']} rules={requiredText(vi.movements.general.issuerName)}>
          <Input />
        </Form.Item>
      </Row>
      <Form.Item label={t.titleField} name={['decision', 'title']} rules={requiredText(t.titleField)}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      <Form.Item label={t.authority} name={['decision', 'authority']} rules={requiredText(t.authority)}>
        <Input />
      </Form.Item>
      <TextItem label={t.proposer} name={['decision', 'proposer']} area />
      <Divider titlePlacement="start">{t.basis}</Divider>
      <StringList name={['decision', 'basis']} label={t.basis} addLabel={t.basis} />
      <Divider titlePlacement="start">{t.articles}</Divider>
      <StringList name={['decision', 'articles']} label={t.articleWord} addLabel={t.addArticle} />
    </>
  );
}
