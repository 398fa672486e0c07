import { Checkbox, Descriptions, Form, Input, Select } from 'antd';
import { vi } from '../../../../i18n/vi';
import { requiredText, Row, TextItem } from '../editors/fields';
import { CodeTags } from '../ItemsView';
import { personCategoryLabels, personCategoryOptions, unitKindLabels, unitKindOptions } from '../labels';
import type { TabProps } from '../MovementDetailPage';
import { SectionEditor } from '../SectionEditor';

const t = vi.movements.subjects;

/** Each side is null when the plan has none; the form edits it behind an "exists" checkbox. */
type Side = 'collective' | 'individual';
const blank = { collective: { label: null, text: '', unitKinds: [] }, individual: { label: null, text: '', personCategories: [] } };

export function SubjectsTab({ detail, content, editable }: TabProps) {
  const s = content.subjects;
  const view = (
    <Descriptions column={1} bordered size="small">
      {s.text && <Descriptions.Item label={t.text}>{s.text}</Descriptions.Item>}
      <Descriptions.Item label={t.collective}>
        {s.collective ? (
          <>
            {s.collective.label} {s.collective.text} <div><CodeTags codes={s.collective.unitKinds} labels={unitKindLabels} /></div>
          </>
        ) : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t.individual}>
        {s.individual ? (
          <>
            {s.individual.label} {s.individual.text} <div><CodeTags codes={s.individual.personCategories} labels={personCategoryLabels} /></div>
          </>
        ) : '—'}
      </Descriptions.Item>
    </Descriptions>
  );
  return (
    <SectionEditor name="subjects" detail={detail} editable={editable} parts={['subjects']} view={view}>
      {(form) => (
        <>
          <TextItem label={t.text} name={['subjects', 'text']} area />
          {(['collective', 'individual'] as Side[]).map((side) => (
            <SideFields key={side} side={side} exists={form.getFieldValue(['subjects', side]) !== null} onToggle={(on) => form.setFieldValue(['subjects', side], on ? blank[side] : null)} />
          ))}
        </>
      )}
    </SectionEditor>
  );
}

function SideFields({ side, exists, onToggle }: { side: Side; exists: boolean; onToggle: (on: boolean) => void }) {
  const present = Form.useWatch(['subjects', side], { preserve: true }) as unknown;
  const on = present === undefined ? exists : present !== null;
  const label = side === 'collective' ? t.collective : t.individual;
  return (
    <div style={{ marginBottom: 12 }}>
      <Checkbox checked={on} onChange={(e) => onToggle(e.target.checked)}>
        {t.enable}: {label}
      </Checkbox>
      {on && (
        <Row cols={2}>
          <Form.Item label={label} name={['subjects', side, 'text']} rules={requiredText(label)}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} />
          </Form.Item>
          {side === 'collective' ? (
            <Form.Item label={t.unitKinds} name={['subjects', side, 'unitKinds']}>
              <Select mode="multiple" options={unitKindOptions} />
            </Form.Item>
          ) : (
            <Form.Item label={t.personCategories} name={['subjects', side, 'personCategories']}>
              <Select mode="multiple" options={personCategoryOptions} />
            </Form.Item>
          )}
        </Row>
      )}
    </div>
  );
}
