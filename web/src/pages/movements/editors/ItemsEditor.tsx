import { Card, Form, Input } from 'antd';
import { vi } from '../../../../i18n/vi';
import { AddButton, RemoveButton, Row, TextItem } from './fields';

const t = vi.movements.items;
type Name = string | number | (string | number)[];

const emptyItem = () => ({ label: null, title: null, text: '', children: [] });

/** Numbered paragraphs (label, optional bold title, text) with one or two levels of sub-items. */
export function ItemsEditor({ name, depth = 0, addLabel = t.add }: { name: Name; depth?: number; addLabel?: string }) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
          {fields.map((f) => (
            <Card key={f.key} size="small" styles={{ body: { paddingBottom: 0 } }} extra={<RemoveButton onClick={() => remove(f.name)} />} title={`#${f.name + 1}`}>
              <Row cols={4}>
                <Form.Item label={t.label} name={[f.name, 'label']} normalize={(v: string) => (v === '' ? null : v)}>
                  <Input maxLength={20} />
                </Form.Item>
                <div style={{ gridColumn: 'span 3' }}>
                  <TextItem label={t.itemTitle} name={[f.name, 'title']} />
                </div>
              </Row>
              <TextItem label={t.text} name={[f.name, 'text']} area />
              {depth < 2 && (
                <div style={{ paddingInlineStart: 16, marginBottom: 12 }}>
                  <ItemsEditor name={[f.name, 'children']} depth={depth + 1} addLabel={t.addChild} />
                </div>
              )}
            </Card>
          ))}
          <AddButton onClick={() => add(emptyItem())}>{addLabel}</AddButton>
        </div>
      )}
    </Form.List>
  );
}
