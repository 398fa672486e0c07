import { Empty, Timeline, Typography } from 'antd';
import { vi } from '../../../i18n/vi';
import type { UnitDetailResponse } from '../../api/units';
import { formatDate, formatPeriod } from '../../lib/dates';

/** Merges and moves (events), then the parents the unit had over time. */
export function UnitHistory({ unit, onOpen }: { unit: UnitDetailResponse; onOpen: (id: number) => void }) {
  const link = (id: number, name: string) =>
    id === unit.id ? (
      <strong>{name}</strong>
    ) : (
      <Typography.Link onClick={() => onOpen(id)}>{name}</Typography.Link>
    );

  const events = [...unit.events].sort((a, b) => b.effectiveDate.localeCompare(a.effectiveDate));
  const parents = [...unit.parentHistory].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  if (events.length === 0 && parents.length <= 1) {
    return <Typography.Text type="secondary">{vi.units.noHistory}</Typography.Text>;
  }

  return (
    <>
      {events.length > 0 ? (
        <Timeline
          items={events.map((e) => ({
            key: e.id,
            color: e.kind === 'merged' ? 'red' : 'blue',
            content: (
              <div>
                <Typography.Text type="secondary">{formatDate(e.effectiveDate)}</Typography.Text>
                {' · '}
                <Typography.Text strong>{e.kindLabel}</Typography.Text>
                {': '}
                {e.sourceUnits.map((s, i) => (
                  <span key={s.id}>
                    {i > 0 && ', '}
                    {link(s.id, s.name)}
                  </span>
                ))}
                {e.targetUnit && <> → {link(e.targetUnit.id, e.targetUnit.name)}</>}
                {e.note && (
                  <div>
                    <Typography.Text type="secondary">{e.note}</Typography.Text>
                  </div>
                )}
              </div>
            ),
          }))}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={vi.units.noHistory} />
      )}
      {parents.length > 1 && (
        <>
          <Typography.Title level={5}>{vi.units.parentHistory}</Typography.Title>
          <ul style={{ paddingInlineStart: 18, marginTop: 0 }}>
            {parents.map((p) => (
              <li key={`${p.validFrom}-${p.parentId}`}>
                {formatPeriod(p.validFrom === '1900-01-01' ? null : p.validFrom, p.validTo, vi.common.now)}:{' '}
                {p.parentId && p.parentName ? link(p.parentId, p.parentName) : vi.units.noParent}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
