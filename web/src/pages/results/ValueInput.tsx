import { InputNumber, Select, Space, Switch } from 'antd';
import type { Target } from '../../../../src/modules/movements/model/target';
import { vi } from '../../../i18n/vi';
import type { ResultValue } from '../../api/results';

const t = vi.results;

/** A value in the making: numbers may still be empty while the user types. */
export type Draft = Partial<Record<'value' | 'rank' | 'of' | 'reference', number | null>> & { flag?: boolean; band?: string };

export function draftOf(v: ResultValue | null | undefined): Draft {
  if (!v) return {};
  switch (v.measure) {
    case 'rank':
      return { rank: v.rank, of: v.of };
    case 'boolean':
      return { flag: v.value };
    case 'band':
      return { band: v.band };
    case 'relative':
      return { value: v.value, reference: v.reference };
    default:
      return { value: v.value };
  }
}

/** The value to send, or null while something is missing. Ranges are the server's to judge, so its message is shown. */
export function valueOf(target: Target, d: Draft): ResultValue | null {
  const has = (n: number | null | undefined): n is number => typeof n === 'number';
  switch (target.measure) {
    case 'percent':
    case 'count':
    case 'score':
      return has(d.value) ? { measure: target.measure, value: d.value } : null;
    case 'rank':
      return has(d.rank) && has(d.of) ? { measure: 'rank', rank: d.rank, of: d.of } : null;
    case 'boolean':
      return { measure: 'boolean', value: d.flag ?? false };
    case 'band':
      return d.band ? { measure: 'band', band: d.band } : null;
    case 'relative':
      return has(d.value) && has(d.reference) ? { measure: 'relative', value: d.value, reference: d.reference } : null;
  }
}

interface Props {
  target: Target;
  draft: Draft;
  onChange: (d: Draft) => void;
  disabled?: boolean;
  label: string;
}

/** The input that fits the criterion's measure: a number, a rank "5/16", yes/no, or a band of the plan's scale. */
export function ValueInput({ target, draft, onChange, disabled, label }: Props) {
  const number = (key: 'value' | 'rank' | 'of' | 'reference', aria: string, suffix?: string) => (
    <InputNumber
      aria-label={aria}
      data-testid={`result-input-${key}`}
      value={draft[key] ?? null}
      onChange={(n) => onChange({ ...draft, [key]: typeof n === 'number' ? n : null })}
      disabled={disabled}
      suffix={suffix}
      decimalSeparator=","
      style={{ width: 130 }}
    />
  );
  switch (target.measure) {
    case 'percent':
      return number('value', label, '%');
    case 'count':
      return number('value', label, target.unit ?? undefined);
    case 'score':
      return number('value', label, 'điểm');
    case 'rank':
      return (
        <Space size={4}>
          {number('rank', t.rank)}
          <span>/</span>
          {number('of', t.rankOf)}
        </Space>
      );
    case 'boolean':
      return (
        <Switch aria-label={label} data-testid="result-input-flag" checked={draft.flag ?? false} onChange={(flag) => onChange({ ...draft, flag })} checkedChildren={t.yes} unCheckedChildren={t.no} disabled={disabled} />
      );
    case 'band':
      return (
        <Select
          aria-label={label}
          data-testid="result-input-band"
          placeholder={t.band}
          value={draft.band}
          onChange={(band: string) => onChange({ ...draft, band })}
          options={target.scale.map((s) => ({ value: s, label: s }))}
          disabled={disabled}
          style={{ width: 160 }}
        />
      );
    case 'relative':
      return (
        <Space size={4} wrap>
          {number('value', label)}
          {number('reference', t.reference)}
        </Space>
      );
  }
}
