import { Divider, Form, Input, Radio, Select } from 'antd';
import { vi } from '../../../../i18n/vi';
import { capacityOptions, movementKindOptions, recurrenceOptions, unitKindOptions } from '../labels';
import { AddButton, IsoDateItem, RemoveButton, requiredText, Row, TextItem } from './fields';

const t = vi.movements.general;

/** Header (issuer, number, date, signer, recipients), title, theme, slogan, period and cascade expectations. */
export function GeneralEditor({ deadlines }: { deadlines: { key: string; title: string }[] }) {
  const form = Form.useFormInstance();
  const startKind = Form.useWatch(['period', 'start', 'kind'], form) as string | undefined;
  return (
    <>
      <Row cols={2}>
        <TextItem label={t.parentBody} name={['header', 'parentBody']} />
        <Form.Item label={t.issuerName} name={['header', 'issuerName']} rules={requiredText(t.issuerName)}>
          <Input maxLength={300} />
        </Form.Item>
      </Row>
      <Row cols={3}>
        <TextItem label={t.numberSymbol} name={['header', 'number']} />
        <TextItem label={t.place} name={['header', 'place']} />
        <IsoDateItem label={t.issuedOn} name={['header', 'issuedOn']} />
      </Row>
      <Form.Item label={t.titleField} name="title" rules={requiredText(t.titleField)}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
      </Form.Item>
      <Row cols={2}>
        <Form.Item label={t.kind} name="kind">
          <Select options={movementKindOptions} />
        </Form.Item>
        <Form.Item label={t.cascadeKinds} name={['cascade', 'unitKinds']}>
          <Select mode="multiple" options={unitKindOptions} />
        </Form.Item>
      </Row>
      <Form.Item label={vi.movements.cascade.due} name={['cascade', 'deadlineKey']} normalize={(v?: string) => v ?? null}>
        <Select allowClear options={deadlines.map((d) => ({ value: d.key, label: d.title }))} />
      </Form.Item>
      <TextItem label={t.theme} name="theme" area />
      <TextItem label={t.slogan} name="slogan" area />
      <Divider titlePlacement="start">{t.period}</Divider>
      <Row cols={4}>
        <Form.Item label={t.start} name={['period', 'start', 'kind']}>
          <Radio.Group
            options={[
              { value: 'on_issue', label: t.startOnIssue },
              { value: 'date', label: t.startDate },
            ]}
            onChange={(e) => form.setFieldValue(['period', 'start'], e.target.value === 'date' ? { kind: 'date', date: null } : { kind: 'on_issue' })}
          />
        </Form.Item>
        {startKind === 'date' ? <IsoDateItem label={t.startDate} name={['period', 'start', 'date']} /> : <div />}
        <IsoDateItem label={t.end} name={['period', 'end']} />
        <Form.Item label={t.recurrence} name={['period', 'recurrence']}>
          <Select options={recurrenceOptions} />
        </Form.Item>
      </Row>
      <TextItem label={t.periodText} name={['period', 'text']} />
      <Divider titlePlacement="start">{t.signer}</Divider>
      <Row cols={4}>
        <Form.Item label={t.capacity} name={['header', 'signer', 'capacity']} normalize={(v?: string) => v ?? null}>
          <Select allowClear options={capacityOptions} />
        </Form.Item>
        <TextItem label={t.authority} name={['header', 'signer', 'authority']} />
        <Form.Item label={t.signerTitle} name={['header', 'signer', 'title']} rules={requiredText(t.signerTitle)}>
          <Input maxLength={200} />
        </Form.Item>
        <TextItem label={t.signerName} name={['header', 'signer', 'name']} />
      </Row>
      <Divider titlePlacement="start">{t.recipients}</Divider>
      <Form.List name={['header', 'recipients']}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <div key={f.key} style={{ display: 'flex', gap: 8 }}>
                <Form.Item name={f.name} style={{ flex: 1 }} rules={requiredText(t.recipient)}>
                  <Input maxLength={500} />
                </Form.Item>
                <RemoveButton onClick={() => remove(f.name)} />
              </div>
            ))}
            <AddButton onClick={() => add('')}>{t.addRecipient}</AddButton>
          </>
        )}
      </Form.List>
      <Divider />
      <TextItem label={t.funding} name="funding" area />
      <TextItem label={t.closing} name="closing" area />
    </>
  );
}
