import { Form, Input, InputNumber, Select } from 'antd';
import { standardScales } from '../../../../../src/modules/movements/model/labels';
import type { Target } from '../../../../../src/modules/movements/model/target';
import { vi } from '../../../../i18n/vi';
import { measureOptions, optionsOf } from '../labels';
import { Row } from './fields';

const t = vi.movements.criteria;
const l = vi.movements.labels;
type Path = (string | number)[];
type Measure = Target['measure'];

const numericComparators = optionsOf({ gte: l.comparators.gte, gt: l.comparators.gt, eq: l.comparators.eq, lte: l.comparators.lte, lt: l.comparators.lt, between: l.comparators.between });
const comparatorOptions: Record<Measure, { value: string; label: string }[]> = {
  percent: numericComparators,
  count: numericComparators,
  score: numericComparators,
  rank: optionsOf(l.rankComparators),
  boolean: [{ value: 'eq', label: l.comparators.eq }],
  band: optionsOf({ gte: l.comparators.gte, eq: l.comparators.eq }),
  relative: optionsOf({ gt: l.comparators.gt, gte: l.comparators.gte }),
};
const scaleOptions = Object.values(standardScales).map((s) => ({ value: s.join('|'), label: s.join(' › ') }));

/** A fresh target of a measure, with the fields that measure has and no others (the server refuses extras). */
export function defaultTarget(measure: Measure): Target {
  switch (measure) {
    case 'percent':
      return { measure, comparator: 'gte', value: 100, upper: null };
    case 'count':
      return { measure, comparator: 'gte', value: 1, upper: null, unit: null };
    case 'score':
      return { measure, comparator: 'gte', value: 0, upper: null, max: null };
    case 'rank':
      return { measure, comparator: 'lte', value: 1, upper: null, of: null };
    case 'boolean':
      return { measure, comparator: 'eq', value: true };
    case 'band':
      return { measure, comparator: 'gte', band: standardScales.cchc[0], scale: [...standardScales.cchc] };
    case 'relative':
      return { measure, comparator: 'gt', reference: 'national_average' };
  }
}

/**
 * Inputs of a measurable target. `name` is the target's path relative to the enclosing list field,
 * `path` its absolute path in the form (to reset the whole target when the measure changes).
 */
export function TargetFields({ name, path }: { name: Path; path: Path }) {
  const form = Form.useFormInstance();
  const target = Form.useWatch(path, { form, preserve: true }) as Target | undefined;
  const measure = target?.measure ?? 'percent';
  const comparator = target && 'comparator' in target ? target.comparator : undefined;
  const hasUpper = comparator === 'between';
  const num = (field: string, label: string, extra: object = {}) => (
    <Form.Item label={label} name={[...name, field]} {...extra}>
      <InputNumber style={{ width: '100%' }} />
    </Form.Item>
  );

  return (
    <Row cols={4}>
      <Form.Item label={t.measure} name={[...name, 'measure']}>
        <Select options={measureOptions} onChange={(m: Measure) => form.setFieldValue(path, defaultTarget(m))} />
      </Form.Item>
      {measure !== 'boolean' && (
        <Form.Item label={t.comparator} name={[...name, 'comparator']}>
          <Select options={comparatorOptions[measure]} onChange={(c: string) => c !== 'between' && 'upper' in (target ?? {}) && form.setFieldValue([...path, 'upper'], null)} />
        </Form.Item>
      )}
      {(measure === 'percent' || measure === 'count' || measure === 'score' || measure === 'rank') && (
        <>
          {num('value', hasUpper ? `${t.value} (từ)` : t.value, { rules: [{ required: true, message: vi.common.required(t.value) }] })}
          {hasUpper && num('upper', t.upper)}
          {measure === 'count' && (
            <Form.Item label={t.unit} name={[...name, 'unit']} normalize={(v: string) => (v === '' ? null : v)}>
              <Input maxLength={50} />
            </Form.Item>
          )}
          {measure === 'score' && num('max', t.max)}
          {measure === 'rank' && num('of', t.of)}
        </>
      )}
      {measure === 'boolean' && (
        <Form.Item label={t.boolValue} name={[...name, 'value']}>
          <Select options={[{ value: true, label: vi.common.yes }, { value: false, label: vi.common.no }]} />
        </Form.Item>
      )}
      {measure === 'band' && target?.measure === 'band' && (
        <>
          <Form.Item label={t.scale}>
            <Select
              value={target.scale.join('|')}
              options={scaleOptions.some((o) => o.value === target.scale.join('|')) ? scaleOptions : [...scaleOptions, { value: target.scale.join('|'), label: target.scale.join(' › ') }]}
              onChange={(v: string) => form.setFieldValue(path, { ...target, scale: v.split('|'), band: v.split('|')[0] })}
            />
          </Form.Item>
          <Form.Item label={t.band} name={[...name, 'band']}>
            <Select options={target.scale.map((b) => ({ value: b, label: b }))} />
          </Form.Item>
        </>
      )}
      {measure === 'relative' && (
        <Form.Item label={t.reference} name={[...name, 'reference']}>
          <Select options={optionsOf(l.relativeReferences)} />
        </Form.Item>
      )}
    </Row>
  );
}
