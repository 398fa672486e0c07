import { Card, Checkbox, Form, Input, InputNumber, Select } from 'antd';
import type { Rule } from '../../../../../src/modules/standards/rule.schema';
import { vi } from '../../../../i18n/vi';
import { disciplineOptions, indexOptions, initiativeLevelOptions, ratingOptions, ruleKindOptions, ruleSubjectOptions, titleOptions } from '../labels';
import { AddButton, RemoveButton, Row, TextItem } from './fields';
import { defaultTarget, TargetFields } from './TargetFields';

const t = vi.movements.rules;
type Path = (string | number)[];
type Kind = Rule['kind'];
const base = { text: null, source: null };

/** A clause of a kind with its defaults; a group keeps the clauses it had when switching all ↔ any. */
export function defaultClause(kind: Kind, previous?: Rule, firstCriterion = ''): Rule {
  switch (kind) {
    case 'all':
    case 'any':
      return { kind, of: previous && (previous.kind === 'all' || previous.kind === 'any') ? previous.of : [defaultClause('qualitative')], ...base };
    case 'criterion':
      return { kind, criterionKey: firstCriterion, subject: 'self', ...base };
    case 'metric':
      return { kind, index: null, indicator: '', target: defaultTarget('percent'), subject: 'self', ...base };
    case 'rating':
      return { kind, atLeast: 'httnv', years: 1, subject: 'self', ...base };
    case 'initiative':
      return { kind, minLevel: 'co_so', recognisedBy: null, subject: 'self', ...base };
    case 'no_discipline':
      return { kind, from: 'khien_trach', subject: 'self', ...base };
    case 'title':
      return { kind, title: 'ldtt', years: 1, consecutive: true, ...base };
    case 'member_share':
      return { kind, title: 'ldtt', rating: null, target: { measure: 'percent', comparator: 'gte', value: 70, upper: null }, ...base };
    case 'qualitative':
      return { kind, text: '', source: null };
  }
}

interface Props {
  /** Path relative to the enclosing Form.List item (or absolute at the top). */
  name: Path;
  /** Absolute path in the form. */
  path: Path;
  criteria: { key: string; label: string | null; indicator: string }[];
  onRemove?: () => void;
}

/** One clause of a standard's rule tree: its kind, the fields of that kind, and for groups the clauses inside. */
export function RuleEditor({ name, path, criteria, onRemove }: Props) {
  const form = Form.useFormInstance();
  const rule = Form.useWatch(path, { form, preserve: true }) as Rule | undefined;
  const kind = rule?.kind ?? 'qualitative';
  const subject = (
    <Form.Item label={t.subject} name={[...name, 'subject']}>
      <Select options={ruleSubjectOptions} />
    </Form.Item>
  );
  return (
    <Card size="small" type="inner" style={{ marginBottom: 8 }} extra={onRemove && <RemoveButton onClick={onRemove} />} data-testid="rule-editor">
      <Row cols={3}>
        <Form.Item label={t.kind} name={[...name, 'kind']}>
          <Select
            options={ruleKindOptions}
            onChange={(k: Kind) => form.setFieldValue(path, defaultClause(k, form.getFieldValue(path) as Rule, criteria[0]?.key))}
          />
        </Form.Item>
        {kind === 'criterion' && (
          <Form.Item label={t.criterion} name={[...name, 'criterionKey']}>
            <Select options={criteria.map((c) => ({ value: c.key, label: `${c.label ?? ''} ${c.indicator}`.trim() }))} />
          </Form.Item>
        )}
        {kind === 'metric' && (
          <Form.Item label={t.index} name={[...name, 'index']} normalize={(v?: string) => v ?? null}>
            <Select allowClear options={indexOptions} />
          </Form.Item>
        )}
        {kind === 'rating' && (
          <Form.Item label={t.atLeast} name={[...name, 'atLeast']}>
            <Select options={ratingOptions} />
          </Form.Item>
        )}
        {kind === 'initiative' && (
          <Form.Item label={t.minLevel} name={[...name, 'minLevel']}>
            <Select options={initiativeLevelOptions} />
          </Form.Item>
        )}
        {kind === 'no_discipline' && (
          <Form.Item label={t.from} name={[...name, 'from']}>
            <Select options={disciplineOptions} />
          </Form.Item>
        )}
        {(kind === 'title' || kind === 'member_share') && (
          <Form.Item label={t.title} name={[...name, 'title']} normalize={(v?: string) => v ?? null}>
            <Select allowClear={kind === 'member_share'} options={titleOptions} />
          </Form.Item>
        )}
        {(kind === 'rating' || kind === 'title') && (
          <Form.Item label={t.years} name={[...name, 'years']}>
            <InputNumber min={1} max={10} style={{ width: '100%' }} />
          </Form.Item>
        )}
        {kind === 'title' && (
          <Form.Item label={t.consecutive} name={[...name, 'consecutive']} valuePropName="checked">
            <Checkbox />
          </Form.Item>
        )}
        {kind === 'member_share' && (
          <Form.Item label={t.rating} name={[...name, 'rating']} normalize={(v?: string) => v ?? null}>
            <Select allowClear options={ratingOptions} />
          </Form.Item>
        )}
        {kind === 'initiative' && <TextItem label={t.recognisedBy} name={[...name, 'recognisedBy']} />}
        {['criterion', 'metric', 'rating', 'initiative', 'no_discipline'].includes(kind) && subject}
      </Row>
      {kind === 'metric' && (
        <Form.Item label={t.indicator} name={[...name, 'indicator']}>
          <Input maxLength={300} />
        </Form.Item>
      )}
      {(kind === 'metric' || kind === 'member_share') && <TargetFields name={[...name, 'target']} path={[...path, 'target']} />}
      <TextItem label={t.sourceText} name={[...name, 'text']} area />
      {(kind === 'all' || kind === 'any') && (
        <Form.List name={[...name, 'of']}>
          {(fields, { add, remove }) => (
            <div style={{ paddingInlineStart: 16 }}>
              {fields.map((f) => (
                <RuleEditor
                  key={f.key}
                  name={[f.name]}
                  path={[...path, 'of', f.name]}
                  criteria={criteria}
                  onRemove={fields.length > 1 ? () => remove(f.name) : undefined}
                />
              ))}
              <AddButton onClick={() => add(defaultClause('qualitative'))}>{t.addClause}</AddButton>
            </div>
          )}
        </Form.List>
      )}
    </Card>
  );
}
