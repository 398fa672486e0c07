import { Form, Space } from 'antd';
import { documentTypeLabels, reformAreaLabels } from '../../../../src/modules/movements/model/labels';
import { personCategoryLabels } from '../../../../src/modules/people/person-fields';
import { unitKindLabels } from '../../../../src/modules/units/unit-kinds';
import { vi } from '../../../i18n/vi';
import { GoalFields } from './ElementFields';
import { ListBlock, newKey } from './ListBlock';
import { SpanField, optionsOf } from './span-field';

const t = vi.planImport;
const capacities = ['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.', 'TQ.'].map((v) => ({ value: v, label: v }));

/** The Quyết định that issues the plan (seed 001's shape), when the document has one. */
function DecisionFields() {
  const decision = Form.useWatch(['decision']) as unknown;
  if (!decision) return null;
  return (
    <>
      <Space wrap>
        <SpanField path={['decision', 'header', 'number']} label={t.decisionNumber} max={100} width={200} />
        <SpanField path={['decision', 'header', 'issuedOn']} label={t.decisionDate} kind="date" width={160} />
      </Space>
      <SpanField path={['decision', 'title']} label={t.decisionTitle} kind="area" max={1000} required={vi.common.required(t.decisionTitle)} />
      <SpanField path={['decision', 'authority']} label={t.decisionAuthority} max={300} required={vi.common.required(t.decisionAuthority)} />
    </>
  );
}

/** Header, title, signer, recipients. */
export function GeneralFields() {
  return (
    <>
      <DecisionFields />
      <SpanField path={['title']} label={t.planTitle} kind="area" max={1000} required={vi.common.required(t.planTitle)} />
      <SpanField path={['header', 'issuerName']} label={t.issuerName} max={300} required={vi.common.required(t.issuerName)} />
      <SpanField path={['header', 'parentBody']} label={t.parentBody} max={300} />
      <Space wrap>
        <SpanField path={['header', 'number']} label={t.number} max={100} width={200} />
        <SpanField path={['header', 'place']} label={t.place} max={200} width={200} />
        <SpanField path={['header', 'issuedOn']} label={t.issuedOn} kind="date" width={160} />
      </Space>
      <Space wrap>
        <SpanField path={['header', 'signer', 'capacity']} label={t.signerCapacity} kind="select" options={capacities} width={120} />
        <SpanField path={['header', 'signer', 'authority']} label={t.signerAuthority} max={200} width={240} />
      </Space>
      <Space wrap>
        <SpanField path={['header', 'signer', 'title']} label={t.signerTitle} max={200} width={200} required={vi.common.required(t.signerTitle)} />
        <SpanField path={['header', 'signer', 'name']} label={t.signerName} max={200} width={240} />
      </Space>
      <ListBlock path={['header', 'recipients']} title={t.recipients} itemTitle={() => t.recipient} blank={() => ''}>
        {(name, at) => <SpanField path={at} name={[name]} label={t.recipient} max={500} />}
      </ListBlock>
      <SpanField path={['theme']} label={t.theme} kind="area" max={2000} />
      <SpanField path={['slogan']} label={t.slogan} kind="area" max={2000} />
    </>
  );
}

/** Căn cứ / Thực hiện references. */
export function BasisFields() {
  return (
    <ListBlock path={['references']} title={t.tabs.basis} itemTitle={t.reference} blank={() => ({ key: newKey('van-ban'), relation: 'basis', documentType: 'khac', citedIn: 'plan' })}>
      {(name, at) => (
        <>
          <Space wrap>
            <SpanField path={[...at, 'relation']} name={[name, 'relation']} label={t.refRelation} kind="select" options={optionsOf(t.relations)} width={130} />
            <SpanField path={[...at, 'documentType']} name={[name, 'documentType']} label={t.refType} kind="select" options={optionsOf(documentTypeLabels)} width={160} />
            <SpanField path={[...at, 'number']} name={[name, 'number']} label={t.refNumber} max={100} width={180} />
            <SpanField path={[...at, 'issuedOn']} name={[name, 'issuedOn']} label={t.refDate} kind="date" width={150} />
          </Space>
          <SpanField path={[...at, 'issuer']} name={[name, 'issuer']} label={t.refIssuer} max={300} />
          <SpanField path={[...at, 'title']} name={[name, 'title']} label={t.refTitle} kind="area" max={2000} />
        </>
      )}
    </ListBlock>
  );
}

/** Period and subjects. */
export function ScopeFields() {
  const startKind = Form.useWatch(['period', 'start', 'kind']) as string | undefined;
  return (
    <>
      <Space wrap>
        <SpanField path={['period', 'start', 'kind']} label={t.periodStart} kind="select" options={optionsOf(t.startKinds)} width={180} />
        {startKind === 'date' && <SpanField path={['period', 'start', 'date']} label={t.periodStartDate} kind="date" width={160} />}
        <SpanField path={['period', 'end']} label={t.periodEnd} kind="date" width={160} />
      </Space>
      <SpanField path={['subjects', 'collective', 'text']} label={t.subjectsCollective} kind="area" max={2000} />
      <SpanField path={['subjects', 'collective', 'unitKinds']} label={t.unitKinds} kind="tags" options={optionsOf(unitKindLabels)} />
      <SpanField path={['subjects', 'individual', 'text']} label={t.subjectsIndividual} kind="area" max={2000} />
      <SpanField path={['subjects', 'individual', 'personCategories']} label={t.personCategories} kind="tags" options={optionsOf(personCategoryLabels)} />
    </>
  );
}

const itemBlank = () => ({ label: null, title: null, text: '', children: [] });

/** Purposes, requirements, contents (with reform areas), goals. */
export function ContentFields() {
  const item = (list: string) => (name: number, at: (string | number)[]) => (
    <>
      <SpanField path={[...at, 'title']} name={[name, 'title']} label={t.itemTitle} max={1000} />
      <SpanField path={[...at, 'text']} name={[name, 'text']} label={t.itemText} kind="area" />
      {list === 'contents' && <SpanField path={[...at, 'reformAreas']} name={[name, 'reformAreas']} label={t.reformAreas} kind="tags" options={optionsOf(reformAreaLabels)} />}
    </>
  );
  return (
    <>
      <ListBlock path={['purposes']} title={t.purposes} itemTitle={(n) => `${t.purposes} ${n}`} blank={itemBlank}>
        {item('purposes')}
      </ListBlock>
      <ListBlock path={['requirements']} title={t.requirements} itemTitle={(n) => `${t.requirements} ${n}`} blank={itemBlank}>
        {item('requirements')}
      </ListBlock>
      <ListBlock path={['contents']} title={t.contents} itemTitle={t.content} blank={() => ({ key: newKey('noi-dung'), ...itemBlank(), reformAreas: [] })}>
        {item('contents')}
      </ListBlock>
      <GoalFields />
    </>
  );
}
