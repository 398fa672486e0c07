import { Card, Divider, Form, Input, Select } from 'antd';
import { vi } from '../../../../i18n/vi';
import { citedInOptions, documentTypeOptions, referenceRelationOptions } from '../labels';
import { AddButton, IsoDateItem, newKey, RemoveButton, requiredText, Row, TextItem } from './fields';

const t = vi.movements.basis;

/** Căn cứ: the documents cited, and the opening paragraphs as written. */
export function ReferencesEditor() {
  const form = Form.useFormInstance();
  return (
    <>
      <Form.List name="references">
        {(fields, { add, remove }) => (
          <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
            {fields.map((f) => (
              <Card key={f.key} size="small" extra={<RemoveButton onClick={() => remove(f.name)} />} title={`#${f.name + 1}`}>
                <Row cols={4}>
                  <Form.Item label={t.relation} name={[f.name, 'relation']}>
                    <Select options={referenceRelationOptions} />
                  </Form.Item>
                  <Form.Item label={t.documentType} name={[f.name, 'documentType']}>
                    <Select options={documentTypeOptions} showSearch={{ optionFilterProp: 'label' }} />
                  </Form.Item>
                  <TextItem label={t.number} name={[f.name, 'number']} />
                  <IsoDateItem label={t.issuedOn} name={[f.name, 'issuedOn']} />
                </Row>
                <Row cols={3}>
                  <TextItem label={t.issuer} name={[f.name, 'issuer']} />
                  <div style={{ gridColumn: 'span 2' }}>
                    <TextItem label={t.docTitle} name={[f.name, 'title']} area />
                  </div>
                </Row>
                <Form.Item label={t.citedIn} name={[f.name, 'citedIn']}>
                  <Select options={citedInOptions} style={{ width: 200 }} />
                </Form.Item>
              </Card>
            ))}
            <AddButton
              onClick={() =>
                add({ key: newKey('vb', form.getFieldValue('references')), relation: 'basis', documentType: 'KH', number: null, issuedOn: null, issuer: null, title: null, citedIn: 'plan' })
              }
            >
              {t.addReference}
            </AddButton>
          </div>
        )}
      </Form.List>
      <Divider titlePlacement="start">{t.preamble}</Divider>
      <Form.List name="preamble">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <div key={f.key} style={{ display: 'flex', gap: 8 }}>
                <Form.Item name={f.name} style={{ flex: 1 }} rules={requiredText(t.preamble)}>
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
                </Form.Item>
                <RemoveButton onClick={() => remove(f.name)} />
              </div>
            ))}
            <AddButton onClick={() => add('')}>{t.addPreamble}</AddButton>
          </>
        )}
      </Form.List>
    </>
  );
}
