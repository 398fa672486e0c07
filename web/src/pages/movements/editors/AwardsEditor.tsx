import { Card, Form, Input, InputNumber, Select } from 'antd';
import { vi } from '../../../../i18n/vi';
import { awardFormOptions, occasionOptions, quotaModeOptions, subjectScopeOptions } from '../labels';
import { AddButton, newKey, RemoveButton, requiredText, Row, TextItem } from './fields';

const t = vi.movements.awards;

const newOffer = (key: string) => ({
  key,
  label: null,
  text: null,
  form: 'giay_khen',
  name: '',
  grantor: { title: '', unitId: null },
  recipients: 'both',
  occasion: 'yearly',
  quota: { mode: 'max', collectives: null, individuals: null, percent: null, by: null, label: null, text: null },
  deadlineKeys: [],
});

/** Hình thức khen thưởng: the award, who grants it, to whom, how many, and by which deadline. */
export function AwardsEditor({ deadlines }: { deadlines: { key: string; title: string }[] }) {
  const form = Form.useFormInstance();
  return (
    <Form.List name="awards">
      {(fields, { add, remove }) => (
        <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
          {fields.map((f) => (
            <Card key={f.key} size="small" title={`#${f.name + 1}`} extra={<RemoveButton onClick={() => remove(f.name)} />} data-testid={`award-editor-${f.name}`}>
              <Row cols={4}>
                <Form.Item label={vi.movements.items.label} name={[f.name, 'label']} normalize={(v: string) => (v === '' ? null : v)}>
                  <Input maxLength={20} />
                </Form.Item>
                <Form.Item label={t.form} name={[f.name, 'form']}>
                  <Select options={awardFormOptions} />
                </Form.Item>
                <div style={{ gridColumn: 'span 2' }}>
                  <Form.Item label={t.name} name={[f.name, 'name']} rules={requiredText(t.name)}>
                    <Input maxLength={300} />
                  </Form.Item>
                </div>
              </Row>
              <Row cols={3}>
                <Form.Item label={t.grantor} name={[f.name, 'grantor', 'title']} rules={requiredText(t.grantor)}>
                  <Input maxLength={300} />
                </Form.Item>
                <Form.Item label={t.recipients} name={[f.name, 'recipients']}>
                  <Select options={subjectScopeOptions} />
                </Form.Item>
                <Form.Item label={t.occasion} name={[f.name, 'occasion']}>
                  <Select options={occasionOptions} />
                </Form.Item>
              </Row>
              <Row cols={4}>
                <Form.Item label={t.quotaMode} name={[f.name, 'quota', 'mode']}>
                  <Select options={quotaModeOptions} />
                </Form.Item>
                <Form.Item label={t.quotaCollectives} name={[f.name, 'quota', 'collectives']}>
                  <InputNumber min={0} style={{ width: '100%' }} />
                </Form.Item>
                <Form.Item label={t.quotaIndividuals} name={[f.name, 'quota', 'individuals']}>
                  <InputNumber min={0} style={{ width: '100%' }} />
                </Form.Item>
                <Form.Item label={t.quotaPercent} name={[f.name, 'quota', 'percent']}>
                  <InputNumber style={{ width: '100%' }} />
                </Form.Item>
              </Row>
              <Row cols={2}>
                <TextItem label={t.quotaBy} name={[f.name, 'quota', 'by']} />
                <TextItem label={t.quotaText} name={[f.name, 'quota', 'text']} />
              </Row>
              <Form.Item label={t.deadlines} name={[f.name, 'deadlineKeys']}>
                <Select mode="multiple" options={deadlines.map((d) => ({ value: d.key, label: d.title }))} />
              </Form.Item>
              <TextItem label={t.text} name={[f.name, 'text']} area />
            </Card>
          ))}
          <AddButton onClick={() => add(newOffer(newKey('kt', form.getFieldValue('awards'))))}>{t.add}</AddButton>
        </div>
      )}
    </Form.List>
  );
}
