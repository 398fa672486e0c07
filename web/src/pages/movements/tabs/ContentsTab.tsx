import { Card, Form, Input, Select } from 'antd';
import { vi } from '../../../../i18n/vi';
import { AddButton, newKey, RemoveButton, Row, TextItem } from '../editors/fields';
import { ItemsEditor } from '../editors/ItemsEditor';
import { CodeTags, ItemsView } from '../ItemsView';
import { reformAreaLabels, reformAreaOptions } from '../labels';
import type { TabProps } from '../MovementDetailPage';
import { SectionEditor } from '../SectionEditor';

const t = vi.movements.items;

export function ContentsTab({ detail, content, editable }: TabProps) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <SectionEditor
        name="contents"
        title={vi.movements.tabs.contents}
        detail={detail}
        editable={editable}
        parts={['contents']}
        view={
          <ItemsView
            items={content.contents}
            extra={(_, i) => <CodeTags codes={content.contents[i]!.reformAreas} labels={reformAreaLabels} color="green" />}
          />
        }
      >
        {(form) => (
          <Form.List name="contents">
            {(fields, { add, remove }) => (
              <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
                {fields.map((f) => (
                  <Card key={f.key} size="small" title={`#${f.name + 1}`} extra={<RemoveButton onClick={() => remove(f.name)} />}>
                    <Row cols={4}>
                      <Form.Item label={t.label} name={[f.name, 'label']} normalize={(v: string) => (v === '' ? null : v)}>
                        <Input maxLength={20} />
                      </Form.Item>
                      <div style={{ gridColumn: 'span 3' }}>
                        <TextItem label={t.itemTitle} name={[f.name, 'title']} />
                      </div>
                    </Row>
                    <TextItem label={t.text} name={[f.name, 'text']} area />
                    <Form.Item label={t.reformAreas} name={[f.name, 'reformAreas']}>
                      <Select mode="multiple" options={reformAreaOptions} />
                    </Form.Item>
                    <div style={{ paddingInlineStart: 16, marginBottom: 12 }}>
                      <ItemsEditor name={[f.name, 'children']} depth={1} addLabel={t.addChild} />
                    </div>
                  </Card>
                ))}
                <AddButton
                  onClick={() => add({ key: newKey('nd', form.getFieldValue('contents')), label: null, title: null, text: '', reformAreas: [], children: [] })}
                >
                  {t.add}
                </AddButton>
              </div>
            )}
          </Form.List>
        )}
      </SectionEditor>
      <SectionEditor name="solutions" title={t.solutions} detail={detail} editable={editable} parts={['solutions']} view={<ItemsView items={content.solutions} />}>
        {() => <ItemsEditor name="solutions" />}
      </SectionEditor>
    </div>
  );
}
