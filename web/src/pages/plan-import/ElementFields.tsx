import { Button, Form, Space } from 'antd';
import { comparatorSymbols, indexLabels, reformAreaLabels, subjectScopeLabels } from '../../../../src/modules/movements/model/labels';
import { vi } from '../../../i18n/vi';
import { ListBlock, newKey } from './ListBlock';
import { SpanField, optionsOf } from './span-field';

const t = vi.planImport;
type At = (string | number)[];

/** The target's inputs follow its measure: a value (and upper bound, group size) or a band. */
function TargetFields({ name, at }: { name: number; at: At }) {
  const measure = Form.useWatch([...at, 'target', 'measure']) as string | undefined;
  const comparator = Form.useWatch([...at, 'target', 'comparator']) as string | undefined;
  const tp = (k: string) => ({ path: [...at, 'target', k], name: [name, 'target', k] });
  return (
    <Space wrap>
      <SpanField {...tp('measure')} label={t.measure} kind="select" options={optionsOf(t.measures)} width={150} />
      {measure !== 'boolean' && measure !== 'relative' && (
        <SpanField {...tp('comparator')} label={t.comparator} kind="select" options={optionsOf(comparatorSymbols)} width={170} />
      )}
      {measure === 'band' ? (
        <SpanField {...tp('band')} label={t.targetBand} max={50} width={140} />
      ) : measure !== 'boolean' && measure !== 'relative' ? (
        <>
          <SpanField {...tp('value')} label={t.targetValue} kind="number" width={110} />
          {comparator === 'between' && <SpanField {...tp('upper')} label={t.targetUpper} kind="number" width={110} />}
          {measure === 'rank' && <SpanField {...tp('of')} label={t.targetOf} kind="number" width={110} />}
        </>
      ) : null}
    </Space>
  );
}

/** Goals, each with the index targets it sets ("PAR Index thuộc nhóm 30 tỉnh dẫn đầu"). */
export function GoalFields() {
  return (
    <ListBlock path={['goals']} title={t.goals} itemTitle={t.goal} blank={() => ({ key: newKey('muc-tieu'), label: null, text: '', indexTargets: [] })}>
      {(name, at) => (
        <>
          <SpanField path={[...at, 'text']} name={[name, 'text']} label={t.itemText} kind="area" required={vi.common.required(t.itemText)} />
          <Form.List name={[name, 'indexTargets']}>
            {(targets, { add, remove }) => (
              <>
                {targets.map((f) => (
                  <Space key={f.key} wrap align="end">
                    <SpanField path={[...at, 'indexTargets', f.name, 'index']} name={[f.name, 'index']} label={t.index} kind="select" options={optionsOf(indexLabels)} width={260} />
                    <TargetFields name={f.name} at={[...at, 'indexTargets', f.name]} />
                    <Button size="small" type="link" danger onClick={() => remove(f.name)}>
                      {t.remove}
                    </Button>
                  </Space>
                ))}
                <Button size="small" type="link" onClick={() => add({ index: 'PAR_INDEX', target: { measure: 'rank', comparator: 'top_n', value: 10 }, year: null })}>
                  {t.addIndexTarget}
                </Button>
              </>
            )}
          </Form.List>
        </>
      )}
    </ListBlock>
  );
}

export function CriteriaFields() {
  return (
    <ListBlock
      path={['criteria']}
      title={t.tabs.criteria}
      itemTitle={t.criterion}
      blank={() => ({ key: newKey('tieu-chi'), label: null, text: '', indicator: '', target: { measure: 'percent', comparator: 'gte', value: 100 }, appliesTo: 'collective' })}
    >
      {(name, at) => (
        <>
          <SpanField path={[...at, 'indicator']} name={[name, 'indicator']} label={t.indicator} max={300} required={vi.common.required(t.indicator)} />
          <TargetFields name={name} at={at} />
          <Space wrap>
            <SpanField path={[...at, 'appliesTo']} name={[name, 'appliesTo']} label={t.appliesTo} kind="select" options={optionsOf(subjectScopeLabels)} width={200} />
            <SpanField path={[...at, 'index']} name={[name, 'index']} label={t.index} kind="select" options={optionsOf(indexLabels)} width={260} />
            <SpanField path={[...at, 'reformArea']} name={[name, 'reformArea']} label={t.reformArea} kind="select" options={optionsOf(reformAreaLabels)} width={260} />
          </Space>
          <SpanField path={[...at, 'text']} name={[name, 'text']} label={t.criterionText} kind="area" max={4000} required={vi.common.required(t.criterionText)} />
        </>
      )}
    </ListBlock>
  );
}

const standard = (side: 'collective' | 'individual') => (
  <ListBlock
    path={['standards', side]}
    title={side === 'collective' ? t.standardsCollective : t.standardsIndividual}
    itemTitle={t.standard}
    blank={() => ({ key: newKey(side === 'collective' ? 'tt' : 'cn'), label: null, text: '', rule: { kind: 'qualitative', text: '' } })}
  >
    {(name, at) => <SpanField path={at} name={[name, 'text']} label={t.itemText} kind="area" max={4000} required={vi.common.required(t.itemText)} />}
  </ListBlock>
);

/** Award forms with grantor and quota, standards, dossier. */
export function AwardFields() {
  return (
    <>
      <ListBlock
        path={['awards']}
        title={t.tabs.awards}
        itemTitle={t.award}
        blank={() => ({ key: newKey('khen-thuong'), label: null, form: 'giay_khen', name: '', grantor: { title: '' }, recipients: 'both', quota: { mode: 'none' } })}
      >
        {(name, at) => (
          <>
            <Space wrap>
              <SpanField path={[...at, 'name']} name={[name, 'name']} label={t.awardName} max={300} width={260} required={vi.common.required(t.awardName)} />
              <SpanField path={[...at, 'form']} name={[name, 'form']} label={t.awardForm} kind="select" options={optionsOf(t.forms)} width={190} />
            </Space>
            <SpanField path={[...at, 'grantor', 'title']} name={[name, 'grantor', 'title']} label={t.grantor} max={300} required={vi.common.required(t.grantor)} />
            <Space wrap>
              <SpanField path={[...at, 'recipients']} name={[name, 'recipients']} label={t.recipientsScope} kind="select" options={optionsOf(subjectScopeLabels)} width={190} />
              <SpanField path={[...at, 'quota', 'mode']} name={[name, 'quota', 'mode']} label={t.quotaMode} kind="select" options={optionsOf(t.quotaModes)} width={220} />
              <SpanField path={[...at, 'quota', 'collectives']} name={[name, 'quota', 'collectives']} label={t.quotaCollectives} kind="number" width={110} />
              <SpanField path={[...at, 'quota', 'individuals']} name={[name, 'quota', 'individuals']} label={t.quotaIndividuals} kind="number" width={110} />
            </Space>
          </>
        )}
      </ListBlock>
      {standard('collective')}
      {standard('individual')}
      <ListBlock path={['dossier', 'components']} title={t.dossier} itemTitle={t.dossierComponent} blank={() => ({ label: '-', title: null, text: '', children: [] })}>
        {(name, at) => <SpanField path={at} name={[name, 'text']} label={t.itemText} kind="area" max={4000} />}
      </ListBlock>
      <SpanField path={['dossier', 'copies']} label={t.dossierCopies} kind="number" width={110} />
    </>
  );
}

function DueFields({ name, at }: { name: number; at: At }) {
  const kind = Form.useWatch([...at, 'due', 'kind']) as string | undefined;
  const dp = (k: string) => ({ path: [...at, 'due', k], name: [name, 'due', k] });
  return (
    <Space wrap>
      <SpanField {...dp('kind')} label={t.dueKind} kind="select" options={optionsOf(t.dueKinds)} width={200} />
      {kind === 'yearly' && (
        <>
          <SpanField {...dp('day')} label={t.dueDay} kind="number" width={90} />
          <SpanField {...dp('month')} label={t.dueMonth} kind="number" width={90} />
        </>
      )}
      {kind === 'date' && <SpanField {...dp('date')} label={t.dueDate} kind="date" width={160} />}
      <SpanField path={[...at, 'strict']} name={[name, 'strict']} label={t.strict} kind="select" options={optionsOf(t.stricts)} width={170} />
    </Space>
  );
}

/** Deadlines (with day/month) and responsibilities. */
export function DutyFields() {
  return (
    <>
      <ListBlock
        path={['deadlines']}
        title={t.tabs.duties}
        itemTitle={t.deadline}
        blank={() => ({ key: newKey('thoi-han'), title: '', kind: 'other', due: { kind: 'announced_later' }, strict: 'by', responsible: { text: '' } })}
      >
        {(name, at) => (
          <>
            <SpanField path={[...at, 'title']} name={[name, 'title']} label={t.deadlineTitle} max={500} required={vi.common.required(t.deadlineTitle)} />
            <DueFields name={name} at={at} />
            <SpanField path={[...at, 'responsible', 'text']} name={[name, 'responsible', 'text']} label={t.responsible} max={1000} />
          </>
        )}
      </ListBlock>
      <ListBlock path={['responsibilities']} title={t.responsibilityUnit} itemTitle={t.responsibility} blank={() => ({ key: newKey('trach-nhiem'), label: null, unitText: '', tasks: [] })}>
        {(name, at) => <SpanField path={[...at, 'unitText']} name={[name, 'unitText']} label={t.responsibilityUnit} max={500} required={vi.common.required(t.responsibilityUnit)} />}
      </ListBlock>
    </>
  );
}
