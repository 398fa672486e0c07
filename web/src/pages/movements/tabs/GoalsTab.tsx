import { Card, Form, Input, InputNumber, Select, Tag } from 'antd';
import { formatTarget } from '../../../../../src/modules/movements/model/target-format';
import { vi } from '../../../../i18n/vi';
import { AddButton, newKey, RemoveButton, requiredText, Row } from '../editors/fields';
import { defaultTarget, TargetFields } from '../editors/TargetFields';
import { EmptyPart, ItemLine } from '../ItemsView';
import { indexOptions } from '../labels';
import { indexShortNames } from '../rule-text';
import type { TabProps } from '../MovementDetailPage';
import { SectionEditor } from '../SectionEditor';

const t = vi.movements.goals;

export function GoalsTab({ detail, content, editable }: TabProps) {
  const view =
    content.goals.length === 0 ? (
      <EmptyPart />
    ) : (
      <ul style={{ listStyle: 'none', paddingInlineStart: 0 }}>
        {content.goals.map((g) => (
          <li key={g.key} style={{ marginBottom: 8 }}>
            <ItemLine item={{ label: g.label, title: null, text: g.text }} />
            {g.indexTargets.map((it, i) => (
              <Tag key={i} color="geekblue">
                {indexShortNames[it.index]} {formatTarget(it.target)}
                {it.year ? ` (${it.year})` : ''}
              </Tag>
            ))}
          </li>
        ))}
      </ul>
    );
  return (
    <SectionEditor name="goals" detail={detail} editable={editable} parts={['goals']} view={view}>
      {(form) => (
        <Form.List name="goals">
          {(fields, { add, remove }) => (
            <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
              {fields.map((f) => (
                <Card key={f.key} size="small" title={`#${f.name + 1}`} extra={<RemoveButton onClick={() => remove(f.name)} />}>
                  <Row cols={5}>
                    <Form.Item label={vi.movements.items.label} name={[f.name, 'label']} normalize={(v: string) => (v === '' ? null : v)}>
                      <Input maxLength={20} />
                    </Form.Item>
                    <div style={{ gridColumn: 'span 4' }}>
                      <Form.Item label={t.text} name={[f.name, 'text']} rules={requiredText(t.text)}>
                        <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} />
                      </Form.Item>
                    </div>
                  </Row>
                  <Form.List name={[f.name, 'indexTargets']}>
                    {(targets, ops) => (
                      <div style={{ paddingInlineStart: 16 }}>
                        {targets.map((it) => (
                          <Card key={it.key} size="small" style={{ marginBottom: 8 }} extra={<RemoveButton onClick={() => ops.remove(it.name)} />} title={t.indexTargets}>
                            <Row cols={4}>
                              <Form.Item label={t.index} name={[it.name, 'index']}>
                                <Select options={indexOptions} />
                              </Form.Item>
                              <Form.Item label={t.year} name={[it.name, 'year']}>
                                <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
                              </Form.Item>
                            </Row>
                            <TargetFields name={[it.name, 'target']} path={['goals', f.name, 'indexTargets', it.name, 'target']} />
                          </Card>
                        ))}
                        <AddButton onClick={() => ops.add({ index: 'PAR_INDEX', target: defaultTarget('rank'), year: null })}>{t.addIndex}</AddButton>
                      </div>
                    )}
                  </Form.List>
                </Card>
              ))}
              <AddButton onClick={() => add({ key: newKey('mt', form.getFieldValue('goals')), label: null, text: '', indexTargets: [] })}>{t.add}</AddButton>
            </div>
          )}
        </Form.List>
      )}
    </SectionEditor>
  );
}
