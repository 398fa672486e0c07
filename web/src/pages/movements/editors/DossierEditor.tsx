import { Button, Form, InputNumber } from 'antd';
import { vi } from '../../../../i18n/vi';
import { Row, TextItem } from './fields';
import { ItemsEditor } from './ItemsEditor';

const t = vi.movements.awards;

/** Hồ sơ: the documents a proposal includes, the form to use and how many copies. */
export function DossierEditor() {
  const form = Form.useFormInstance();
  const dossier = Form.useWatch('dossier', { form, preserve: true }) as unknown;
  if (dossier === null || (dossier === undefined && form.getFieldValue('dossier') === null))
    return (
      <Button onClick={() => form.setFieldValue('dossier', { components: [], formNote: null, copies: null, copiesText: null })}>{t.editDossier}</Button>
    );
  return (
    <>
      <Form.Item label={t.dossierComponents}>
        <ItemsEditor name={['dossier', 'components']} depth={1} />
      </Form.Item>
      <TextItem label={t.formNote} name={['dossier', 'formNote']} area />
      <Row cols={2}>
        <Form.Item label={t.copies} name={['dossier', 'copies']}>
          <InputNumber min={1} max={20} style={{ width: '100%' }} />
        </Form.Item>
        <TextItem label={t.copiesText} name={['dossier', 'copiesText']} />
      </Row>
    </>
  );
}
