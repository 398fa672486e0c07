import { Empty, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Item } from '../../../../src/modules/movements/model/elements.schema';
import { vi } from '../../../i18n/vi';

/** Numbered paragraphs as the plan writes them: "a) **Title**: text", with their sub-items indented. */
export function ItemsView({ items, extra }: { items: Item[]; extra?: (item: Item, index: number) => ReactNode }) {
  if (items.length === 0) return <EmptyPart />;
  return (
    <ul style={{ listStyle: 'none', paddingInlineStart: 0, margin: 0 }}>
      {items.map((item, i) => (
        <li key={i} style={{ marginBottom: 8 }}>
          <ItemLine item={item} />
          {extra?.(item, i)}
          {item.children.length > 0 && (
            <div style={{ paddingInlineStart: 24, marginTop: 4 }}>
              <ItemsView items={item.children} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

export function ItemLine({ item }: { item: Pick<Item, 'label' | 'title' | 'text'> }) {
  return (
    <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-line' }}>
      {item.label && <Typography.Text strong>{item.label} </Typography.Text>}
      {item.title && <Typography.Text strong>{item.title}{item.text ? ': ' : ''}</Typography.Text>}
      {item.text}
    </Typography.Paragraph>
  );
}

export function EmptyPart() {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={vi.movements.empty} />;
}

/** Codes shown as tags with their Vietnamese labels. */
export function CodeTags({ codes, labels, color }: { codes: readonly string[]; labels: Record<string, string>; color?: string }) {
  return (
    <>
      {codes.map((c) => (
        <Tag key={c} color={color}>
          {labels[c] ?? c}
        </Tag>
      ))}
    </>
  );
}
