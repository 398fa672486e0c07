import type { DeadlineEntryDto, DeadlineStatusCode, UnitDeadlineStatusDto } from '../../api/deadlines';

/** One line of the table: a deadline's occurrence for one responsible unit (or for none, when no unit is in scope). */
export interface DeadlineRow {
  key: string;
  entry: DeadlineEntryDto;
  unit: UnitDeadlineStatusDto | null;
  status: DeadlineStatusCode;
}

export interface RowFilter {
  movementId?: number;
  status?: DeadlineStatusCode;
  unitId?: number;
  day?: string;
}

/** Colours agreed with the legend: red overdue, orange due soon, green done, gold done late, blue not yet due. */
export const statusColors: Record<DeadlineStatusCode, string> = {
  overdue: 'red',
  due_soon: 'orange',
  done: 'green',
  done_late: 'gold',
  upcoming: 'blue',
  unscheduled: 'default',
};

/** The most urgent first: what a calendar cell shows for a day that holds several units' states. */
const urgency: DeadlineStatusCode[] = ['overdue', 'due_soon', 'done_late', 'upcoming', 'done', 'unscheduled'];

export function worstStatus(statuses: DeadlineStatusCode[]): DeadlineStatusCode {
  return urgency.find((s) => statuses.includes(s)) ?? 'unscheduled';
}

/** An entry's state over its units, for the calendar: the most urgent one; unscheduled when it has no date. */
export function entryStatus(e: DeadlineEntryDto): DeadlineStatusCode {
  if (e.dueOn === null) return 'unscheduled';
  return e.units.length ? worstStatus(e.units.map((u) => u.status)) : 'upcoming';
}

export function toRows(entries: DeadlineEntryDto[], f: RowFilter = {}): DeadlineRow[] {
  const rows: DeadlineRow[] = [];
  for (const entry of entries) {
    if (f.movementId !== undefined && entry.movement.id !== f.movementId) continue;
    if (f.day !== undefined && entry.dueOn !== f.day) continue;
    const base = `${entry.movement.id}|${entry.deadline.key}|${entry.dueOn ?? '-'}`;
    if (entry.units.length === 0) {
      if (f.unitId === undefined && (f.status === undefined || f.status === entryStatus(entry))) rows.push({ key: base, entry, unit: null, status: entryStatus(entry) });
      continue;
    }
    for (const unit of entry.units) {
      if (f.unitId !== undefined && unit.unit.id !== f.unitId) continue;
      if (f.status !== undefined && unit.status !== f.status) continue;
      rows.push({ key: `${base}|${unit.unit.id}`, entry, unit, status: unit.status });
    }
  }
  return rows;
}

/** Entries by due day, for the calendar cells. */
export function byDay(entries: DeadlineEntryDto[]): Map<string, DeadlineEntryDto[]> {
  const map = new Map<string, DeadlineEntryDto[]>();
  for (const e of entries) if (e.dueOn) map.set(e.dueOn, [...(map.get(e.dueOn) ?? []), e]);
  return map;
}

/** Distinct movements and units of the entries, for the filter selects. */
export function filterOptions(entries: DeadlineEntryDto[]) {
  const movements = new Map<number, string>();
  const units = new Map<number, string>();
  for (const e of entries) {
    movements.set(e.movement.id, e.movement.number ? `${e.movement.number} — ${e.movement.title}` : e.movement.title);
    for (const u of e.units) units.set(u.unit.id, u.unit.name);
  }
  const sorted = (m: Map<number, string>) => [...m].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  return { movements: sorted(movements), units: sorted(units) };
}
