import { Card, Form, Input, InputNumber, Select } from 'antd';
import type { DueRule } from '../../../../../src/modules/movements/model/elements.schema';
import { vi } from '../../../../i18n/vi';
import { deadlineKindOptions, dueKindOptions, strictOptions, unitKindOptions } from '../labels';
import { AddButton, IsoDateItem, newKey, RemoveButton, requiredText, Row, TextItem } from './fields';

const t = vi.movements.deadlines;
const year = new Date().getFullYear();

const defaultDue = (kind: DueRule['kind']): DueRule | { kind: 'date'; date: null } => {
  switch (kind) {
    case 'date':
      return { kind, date: null };
    case 'yearly':
      return { kind, day: 15, month: 12 };
    case 'quarter':
      return { kind, year, quarter: 1 };
    case 'announced_later':
      return { kind };
  }
};

function DueFields({ index }: { index: number }) {
  const form = Form.useFormInstance();
  const kind = Form.useWatch(['deadlines', index, 'due', 'kind'], form) as DueRule['kind'] | undefined;
  const n = (field: string, label: string, min: number, max: number) => (
    <Form.Item label={label} name={[index, 'due', field]} rules={[{ required: true, message: vi.common.required(label) }]}>
      <InputNumber min={min} max={max} style={{ width: '100%' }} />
    </Form.Item>
  );
  return (
    <Row cols={4}>
      <Form.Item label={t.dueKind} name={[index, 'due', 'kind']}>
        <Select options={dueKindOptions} onChange={(k: DueRule['kind']) => form.setFieldValue(['deadlines', index, 'due'], defaultDue(k))} />
      </Form.Item>
      {kind === 'date' && <IsoDateItem label={t.date} name={[index, 'due', 'date']} rules={[{ required: true, message: vi.common.requiredSelect(t.date) }]} />}
      {kind === 'yearly' && (
        <>
          {n('day', t.day, 1, 31)}
          {n('month', t.month, 1, 12)}
        </>
      )}
      {kind === 'quarter' && (
        <>
          {n('quarter', t.quarter, 1, 4)}
          {n('year', t.year, 2000, 2100)}
        </>
      )}
      {kind !== 'announced_later' && kind !== 'quarter' && (
        <Form.Item label={t.strict} name={[index, 'strict']}>
          <Select options={strictOptions} />
        </Form.Item>
      )}
    </Row>
  );
}

/** Thời hạn: what is due, when (a day, every year, within a quarter, or announced later), and by whom. */
export function DeadlinesEditor() {
  const form = Form.useFormInstance();
  return (
    <Form.List name="deadlines">
      {(fields, { add, remove }) => (
        <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
          {fields.map((f) => (
            <Card key={f.key} size="small" title={`#${f.name + 1}`} extra={<RemoveButton onClick={() => remove(f.name)} />} data-testid={`deadline-editor-${f.name}`}>
              <Row cols={3}>
                <div style={{ gridColumn: 'span 2' }}>
                  <Form.Item label={t.title} name={[f.name, 'title']} rules={requiredText(t.title)}>
                    <Input maxLength={500} />
                  </Form.Item>
                </div>
                <Form.Item label={t.kind} name={[f.name, 'kind']}>
                  <Select options={deadlineKindOptions} />
                </Form.Item>
              </Row>
              <DueFields index={f.name} />
              <Row cols={3}>
                <Form.Item label={t.responsible} name={[f.name, 'responsible', 'text']} rules={requiredText(t.responsible)}>
                  <Input maxLength={1000} />
                </Form.Item>
                <Form.Item label={t.responsibleKinds} name={[f.name, 'responsible', 'unitKinds']}>
                  <Select mode="multiple" options={unitKindOptions} />
                </Form.Item>
                <TextItem label={t.recipient} name={[f.name, 'recipient']} />
              </Row>
              <TextItem label={t.text} name={[f.name, 'text']} area />
            </Card>
          ))}
          <AddButton
            onClick={() =>
              add({
                key: newKey('th', form.getFieldValue('deadlines')),
                title: '',
                kind: 'submit_report',
                due: { kind: 'yearly', day: 15, month: 12 },
                strict: 'by',
                responsible: { text: '', unitKinds: [], unitIds: [] },
                recipient: null,
                text: null,
              })
            }
          >
            {t.add}
          </AddButton>
        </div>
      )}
    </Form.List>
  );
}
