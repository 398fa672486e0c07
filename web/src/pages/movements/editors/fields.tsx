import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, type FormItemProps } from 'antd';
import type { ReactNode } from 'react';
import { vi } from '../../../../i18n/vi';
import { DateInput } from '../../../components/DateInput';
import { fromIso, toIso } from '../../../components/dates-form';

/** A date kept in the form as the plan stores it (ISO day), shown and typed as dd/mm/yyyy. */
export function IsoDateItem(props: Omit<FormItemProps, 'children'>) {
  return (
    <Form.Item {...props} getValueProps={(v: string | null) => ({ value: fromIso(v) })} normalize={(d) => toIso(d)}>
      <DateInput style={{ width: '100%' }} />
    </Form.Item>
  );
}

/** Free text that the plan stores as null when empty. */
export function TextItem({ area, ...props }: Omit<FormItemProps, 'children'> & { area?: boolean }) {
  return (
    <Form.Item {...props} normalize={(v: string) => (v === '' ? null : v)}>
      {area ? <Input.TextArea autoSize={{ minRows: 1, maxRows: 8 }} /> : <Input />}
    </Form.Item>
  );
}

/** A required piece of text; the server's message names what is missing. */
export const requiredText = (label: string) => [{ required: true, whitespace: true, message: vi.common.required(label) }];

/** A key for a new element, unique among `taken`, in the form the plan's keys take ("tc-3"). */
export function newKey(prefix: string, taken: readonly { key?: string }[] | undefined): string {
  const keys = new Set((taken ?? []).map((x) => x.key));
  let n = (taken?.length ?? 0) + 1;
  while (keys.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

export function AddButton({ onClick, children, testId }: { onClick: () => void; children: ReactNode; testId?: string }) {
  return (
    <Button type="dashed" icon={<PlusOutlined />} onClick={onClick} block data-testid={testId}>
      {children}
    </Button>
  );
}

export function RemoveButton({ onClick }: { onClick: () => void }) {
  return <Button type="text" danger icon={<DeleteOutlined />} onClick={onClick} aria-label={vi.movements.items.remove} />;
}

/** A row of fields laid out in equal columns. */
export function Row({ cols = 3, children }: { cols?: number; children: ReactNode }) {
  return <div style={{ display: 'grid', gridTemplateColumns: `repeat(${cols}, minmax(0, 1fr))`, columnGap: 12 }}>{children}</div>;
}
