import { Card, Form, Input, Select, Space, Typography } from 'antd';
import { vi } from '../../../../i18n/vi';
import { AddButton, newKey, RemoveButton, requiredText, Row } from '../editors/fields';
import { ItemsEditor } from '../editors/ItemsEditor';
import { CodeTags, EmptyPart, ItemsView } from '../ItemsView';
import { unitKindLabels, unitKindOptions } from '../labels';
import type { TabProps } from '../MovementDetailPage';
import { SectionEditor } from '../SectionEditor';

const t = vi.movements.responsibilities;

export function ResponsibilitiesTab({ detail, content, editable }: TabProps) {
  const deadlineTitle = new Map(content.deadlines.map((d) => [d.key, d.title]));
  const view =
    content.responsibilities.length === 0 ? (
      <EmptyPart />
    ) : (
      <Space orientation="vertical" style={{ width: '100%' }}>
        {content.responsibilities.map((r) => (
          <div key={r.key}>
            <Typography.Text strong>
              {r.label} {r.unitText}
            </Typography.Text>{' '}
            <CodeTags codes={r.unitKinds} labels={unitKindLabels} />
            <div style={{ paddingInlineStart: 16 }}>
              <ItemsView items={r.tasks} />
              {r.deadlineKeys.length > 0 && (
                <Typography.Text type="secondary">
                  {t.deadlines}: {r.deadlineKeys.map((k) => deadlineTitle.get(k) ?? k).join('; ')}
                </Typography.Text>
              )}
            </div>
          </div>
        ))}
      </Space>
    );
  return (
    <SectionEditor name="responsibilities" detail={detail} editable={editable} parts={['responsibilities']} view={view}>
      {(form) => (
        <Form.List name="responsibilities">
          {(fields, { add, remove }) => (
            <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
              {fields.map((f) => (
                <Card key={f.key} size="small" title={`#${f.name + 1}`} extra={<RemoveButton onClick={() => remove(f.name)} />}>
                  <Row cols={4}>
                    <Form.Item label={vi.movements.items.label} name={[f.name, 'label']} normalize={(v: string) => (v === '' ? null : v)}>
                      <Input maxLength={20} />
                    </Form.Item>
                    <div style={{ gridColumn: 'span 2' }}>
                      <Form.Item label={t.unit} name={[f.name, 'unitText']} rules={requiredText(t.unit)}>
                        <Input maxLength={500} />
                      </Form.Item>
                    </div>
                    <Form.Item label={t.unitKinds} name={[f.name, 'unitKinds']}>
                      <Select mode="multiple" options={unitKindOptions} />
                    </Form.Item>
                  </Row>
                  <Form.Item label={t.tasks}>
                    <ItemsEditor name={[f.name, 'tasks']} depth={1} />
                  </Form.Item>
                  <Form.Item label={t.deadlines} name={[f.name, 'deadlineKeys']}>
                    <Select mode="multiple" options={content.deadlines.map((d) => ({ value: d.key, label: d.title }))} />
                  </Form.Item>
                </Card>
              ))}
              <AddButton
                onClick={() =>
                  add({ key: newKey('tn', form.getFieldValue('responsibilities')), label: null, unitText: '', unitId: null, unitKinds: [], tasks: [], deadlineKeys: [] })
                }
              >
                {t.add}
              </AddButton>
            </div>
          )}
        </Form.List>
      )}
    </SectionEditor>
  );
}
