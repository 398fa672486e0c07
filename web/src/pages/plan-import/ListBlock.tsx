import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Typography } from 'antd';
import type { ReactNode } from 'react';
import { vi } from '../../../i18n/vi';

const t = vi.planImport;

interface Props {
  /** The list's path in the draft: ['criteria'], ['standards', 'collective'], ['dossier', 'components']. */
  path: (string | number)[];
  title: string;
  itemTitle: (n: number) => string;
  /** A new element as the model needs it (key, defaults). */
  blank: () => unknown;
  /** The inputs of element `index`: `name` is relative to the list, `at` is the absolute path. */
  children: (name: number, at: (string | number)[]) => ReactNode;
}

/** A list of the draft (criteria, awards, …): one card per element, add and remove. */
export function ListBlock({ path, title, itemTitle, blank, children }: Props) {
  return (
    <Form.List name={path}>
      {(fields, { add, remove }) => (
        <div data-testid={`list-${path.join('.')}`}>
          <Typography.Text strong>{title}</Typography.Text>
          {fields.map((f, i) => (
            <Card
              key={f.key}
              size="small"
              title={itemTitle(i + 1)}
              style={{ marginTop: 8 }}
              extra={<Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t.remove} onClick={() => remove(f.name)} />}
            >
              {children(f.name, [...path, f.name])}
            </Card>
          ))}
          <Button size="small" icon={<PlusOutlined />} style={{ marginTop: 8, marginBottom: 16 }} onClick={() => add(blank())}>
            {t.add}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

/** A key for an element added by hand, unique enough within one plan. */
export const newKey = (prefix: string) => `${prefix}-moi-${Date.now().toString(36)}`;
