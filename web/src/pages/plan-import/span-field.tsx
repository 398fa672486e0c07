import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { createContext, useContext, type ReactNode } from 'react';

type NamePath = (string | number)[];

/** The review form tells the document pane which field has the focus (its path in the draft). */
export const FocusContext = createContext<(path: string) => void>(() => {});

/** The narrowest source path reported for a form field: "criteria.2.target.value" → "criteria.2.target" if that is what was traced. */
export function sourcePathFor(name: NamePath, sources: Record<string, unknown>): string | null {
  const parts = name.map(String);
  for (let n = parts.length; n > 0; n--) {
    const p = parts.slice(0, n).join('.');
    if (p in sources) return p;
  }
  return null;
}

interface FieldProps {
  /** Full path in the draft (inside a Form.List: the absolute path, for the highlight). */
  path: NamePath;
  /** The Form.Item name (relative inside a Form.List). */
  name?: NamePath;
  label: ReactNode;
  kind?: 'text' | 'area' | 'number' | 'date' | 'select' | 'tags';
  options?: { value: string | number; label: string }[];
  required?: string;
  width?: number;
  max?: number;
}

const dateProps = {
  getValueProps: (v: unknown) => ({ value: typeof v === 'string' && v ? dayjs(v) : null }),
  normalize: (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null),
};

/**
 * One input of the draft: focusing it highlights the span of the document it was read from.
 * Dates are edited as dd/mm/yyyy and stored ISO; empty text is stored as null where the model allows.
 */
export function SpanField({ path, name, label, kind = 'text', options, required, width, max }: FieldProps) {
  const focus = useContext(FocusContext);
  const onFocus = () => focus(path.map(String).join('.'));
  const testId = `field-${path.join('.')}`;
  const style = width ? { width } : { width: '100%' };
  const rules = required ? [{ required: true, whitespace: kind !== 'number', message: required }] : undefined;
  const input =
    kind === 'area' ? (
      <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={max} onFocus={onFocus} data-testid={testId} />
    ) : kind === 'number' ? (
      <InputNumber min={0} style={style} onFocus={onFocus} data-testid={testId} />
    ) : kind === 'date' ? (
      <DatePicker format="DD/MM/YYYY" style={style} onFocus={onFocus} data-testid={testId} />
    ) : kind === 'select' || kind === 'tags' ? (
      <Select options={options} mode={kind === 'tags' ? 'multiple' : undefined} allowClear={kind === 'tags'} style={style} onFocus={onFocus} data-testid={testId} />
    ) : (
      <Input maxLength={max} style={style} onFocus={onFocus} data-testid={testId} />
    );
  return (
    <Form.Item label={label} name={name ?? path} rules={rules} style={{ marginBottom: 8 }} {...(kind === 'date' ? dateProps : {})}>
      {input}
    </Form.Item>
  );
}

export const optionsOf = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
