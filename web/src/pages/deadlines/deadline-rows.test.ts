import { describe, expect, it } from 'vitest';
import type { DeadlineEntryDto } from '../../api/deadlines';
import { byDay, entryStatus, filterOptions, toRows } from './deadline-rows';

const unit = (id: number, name: string, status: DeadlineEntryDto['units'][number]['status']) => ({
  unit: { id, code: `U${id}`, name, kind: 'ap' },
  status,
  doneOn: null,
  completionId: null,
  byPlan: false,
  note: null,
});
const entry = (movementId: number, key: string, dueOn: string | null, units: DeadlineEntryDto['units']): DeadlineEntryDto => ({
  movement: { id: movementId, title: `Kế hoạch ${movementId}`, number: null, status: 'in_progress', owner: { id: 1, code: 'X', name: 'Xã', kind: 'xa' } },
  deadline: { key, title: key, kind: 'other', text: null, strict: 'by' },
  dueOn,
  recipient: null,
  responsibleText: 'các ấp',
  units,
});

const entries = [
  entry(1, 'a', '2025-11-25', [unit(10, 'Ấp Mỹ Hòa', 'done'), unit(11, 'Ấp Mỹ Lợi', 'overdue')]),
  entry(2, 'b', '2025-11-25', [unit(11, 'Ấp Mỹ Lợi', 'due_soon')]),
  entry(2, 'c', null, [unit(10, 'Ấp Mỹ Hòa', 'unscheduled')]),
  entry(3, 'd', '2025-12-01', []),
];

describe('deadline rows', () => {
  it('one row per unit, filtered by movement, status, unit and day', () => {
    expect(toRows(entries).map((r) => r.key)).toEqual(['1|a|2025-11-25|10', '1|a|2025-11-25|11', '2|b|2025-11-25|11', '2|c|-|10', '3|d|2025-12-01']);
    expect(toRows(entries, { status: 'overdue' }).map((r) => r.unit?.unit.name)).toEqual(['Ấp Mỹ Lợi']);
    expect(toRows(entries, { unitId: 10 }).map((r) => r.entry.deadline.key)).toEqual(['a', 'c']);
    expect(toRows(entries, { movementId: 2, day: '2025-11-25' }).map((r) => r.key)).toEqual(['2|b|2025-11-25|11']);
  });

  it('a calendar day shows its most urgent state', () => {
    expect(entryStatus(entries[0]!)).toBe('overdue');
    expect(entryStatus(entries[2]!)).toBe('unscheduled');
    expect([...byDay(entries).keys()]).toEqual(['2025-11-25', '2025-12-01']);
    expect(byDay(entries).get('2025-11-25')).toHaveLength(2);
  });

  it('lists each movement and unit once for the filters', () => {
    const o = filterOptions(entries);
    expect(o.movements.map((m) => m.value)).toEqual([1, 2, 3]);
    expect(o.units).toEqual([
      { value: 10, label: 'Ấp Mỹ Hòa' },
      { value: 11, label: 'Ấp Mỹ Lợi' },
    ]);
  });
});
