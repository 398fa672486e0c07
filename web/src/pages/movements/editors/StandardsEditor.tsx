import { Card, Divider, Form, Input } from 'antd';
import { vi } from '../../../../i18n/vi';
import { AddButton, newKey, RemoveButton, requiredText, Row } from './fields';
import { defaultClause, RuleEditor } from './RuleEditor';

const t = vi.movements.awards;

/** Tiêu chuẩn for collectives and for individuals: the sentence as written and its rule tree. */
export function StandardsEditor({ criteria }: { criteria: { key: string; label: string | null; indicator: string }[] }) {
  const form = Form.useFormInstance();
  return (
    <>
      {(['collective', 'individual'] as const).map((side) => (
        <div key={side}>
          <Divider titlePlacement="start">{side === 'collective' ? t.collectiveStandards : t.individualStandards}</Divider>
          <Form.List name={['standards', side]}>
            {(fields, { add, remove }) => (
              <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
                {fields.map((f) => (
                  <Card key={f.key} size="small" title={`#${f.name + 1}`} extra={<RemoveButton onClick={() => remove(f.name)} />}>
                    <Row cols={5}>
                      <Form.Item label={vi.movements.items.label} name={[f.name, 'label']} normalize={(v: string) => (v === '' ? null : v)}>
                        <Input maxLength={20} />
                      </Form.Item>
                      <div style={{ gridColumn: 'span 4' }}>
                        <Form.Item label={t.standardText} name={[f.name, 'text']} rules={requiredText(t.standardText)}>
                          <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} />
                        </Form.Item>
                      </div>
                    </Row>
                    <RuleEditor name={[f.name, 'rule']} path={['standards', side, f.name, 'rule']} criteria={criteria} />
                  </Card>
                ))}
                <AddButton
                  onClick={() =>
                    add({ key: newKey(side === 'collective' ? 'tt' : 'cn', form.getFieldValue(['standards', side])), label: null, text: '', rule: defaultClause('all') })
                  }
                >
                  {t.addStandard}
                </AddButton>
              </div>
            )}
          </Form.List>
        </div>
      ))}
    </>
  );
}
