import { Card, Checkbox, Form, Input, InputNumber, Select, Tag } from 'antd';
import { vi } from '../../../../i18n/vi';
import { criterionPeriodOptions, indexOptions, reformAreaOptions, subjectScopeOptions } from '../labels';
import { AddButton, newKey, RemoveButton, requiredText, Row, TextItem } from './fields';
import { defaultTarget, TargetFields } from './TargetFields';

const t = vi.movements.criteria;

const newCriterion = (key: string) => ({
  key,
  label: null,
  text: '',
  indicator: '',
  index: null,
  target: defaultTarget('percent'),
  appliesTo: 'collective',
  reformArea: null,
  period: 'year',
  evidenceRequired: true,
  evidenceNote: null,
  weight: null,
  maxPoints: null,
  inheritedFrom: null,
});

/** Tiêu chí: each with its measurable target, scope, area, evidence and weight. */
export function CriteriaEditor() {
  const form = Form.useFormInstance();
  return (
    <>
      <TextItem label={t.intro} name="criteriaIntro" area />
      <Form.List name="criteria">
        {(fields, { add, remove }) => (
          <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
            {fields.map((f) => {
              const inherited = form.getFieldValue(['criteria', f.name, 'inheritedFrom']) !== null;
              return (
                <Card
                  key={f.key}
                  size="small"
                  data-testid={`criterion-editor-${f.name}`}
                  title={
                    <>
                      {`${t.label} ${form.getFieldValue(['criteria', f.name, 'label']) ?? `#${f.name + 1}`}`}
                      {inherited && <Tag color="cyan" style={{ marginInlineStart: 8 }}>{t.inherited}</Tag>}
                    </>
                  }
                  extra={!inherited && <RemoveButton onClick={() => remove(f.name)} />}
                >
                  <Row cols={4}>
                    <Form.Item label={t.label} name={[f.name, 'label']} normalize={(v: string) => (v === '' ? null : v)}>
                      <Input maxLength={20} />
                    </Form.Item>
                    <div style={{ gridColumn: 'span 2' }}>
                      <Form.Item label={t.indicator} name={[f.name, 'indicator']} rules={requiredText(t.indicator)}>
                        <Input maxLength={300} />
                      </Form.Item>
                    </div>
                    <Form.Item label={t.index} name={[f.name, 'index']} normalize={(v?: string) => v ?? null}>
                      <Select allowClear options={indexOptions} />
                    </Form.Item>
                  </Row>
                  <Form.Item label={t.text} name={[f.name, 'text']} rules={requiredText(t.text)}>
                    <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} />
                  </Form.Item>
                  <TargetFields name={[f.name, 'target']} path={['criteria', f.name, 'target']} />
                  <Row cols={4}>
                    <Form.Item label={t.appliesTo} name={[f.name, 'appliesTo']}>
                      <Select options={subjectScopeOptions} />
                    </Form.Item>
                    <Form.Item label={t.reformArea} name={[f.name, 'reformArea']} normalize={(v?: string) => v ?? null}>
                      <Select allowClear options={reformAreaOptions} />
                    </Form.Item>
                    <Form.Item label={t.period} name={[f.name, 'period']}>
                      <Select options={criterionPeriodOptions} />
                    </Form.Item>
                    <Form.Item label={t.evidence} name={[f.name, 'evidenceRequired']} valuePropName="checked">
                      <Checkbox>{t.evidenceRequired}</Checkbox>
                    </Form.Item>
                  </Row>
                  <Row cols={4}>
                    <div style={{ gridColumn: 'span 2' }}>
                      <TextItem label={t.evidenceNote} name={[f.name, 'evidenceNote']} />
                    </div>
                    <Form.Item label={t.weight} name={[f.name, 'weight']}>
                      <InputNumber style={{ width: '100%' }} />
                    </Form.Item>
                    <Form.Item label={t.maxPoints} name={[f.name, 'maxPoints']}>
                      <InputNumber style={{ width: '100%' }} />
                    </Form.Item>
                  </Row>
                </Card>
              );
            })}
            <AddButton testId="add-criterion" onClick={() => add(newCriterion(newKey('tc', form.getFieldValue('criteria'))))}>
              {t.add}
            </AddButton>
          </div>
        )}
      </Form.List>
    </>
  );
}
