import type { UnitKind } from '../../units/unit-kinds';
import type { DueRule } from '../model/elements.schema';
import type { PlanContent } from '../model/plan-content.schema';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The day a one-time obligation (issuing the lower unit's plan) falls due under a deadline's rule:
 * a date as given; a quarter at its last day ("trong Quý I/2022" → 31/03/2022); a yearly rule in the
 * movement's first year. "trước ngày 15/12" is due the day before; "chậm nhất ngày 25/11" on the day.
 * Null when the date is to be announced later or the year is unknown.
 */
export function firstDueDate(due: DueRule, strict: 'before' | 'by', firstYear: number | null): string | null {
  let day: string | null;
  switch (due.kind) {
    case 'date':
      day = due.date;
      break;
    case 'quarter': {
      const month = due.quarter * 3;
      day = `${due.year}-${pad(month)}-${pad(lastDayOfMonth(due.year, month))}`;
      break;
    }
    case 'yearly':
      day = firstYear === null ? null : `${firstYear}-${pad(due.month)}-${pad(Math.min(due.day, lastDayOfMonth(firstYear, due.month)))}`;
      break;
    case 'announced_later':
      day = null;
      break;
  }
  return day !== null && strict === 'before' ? dayBefore(day) : day;
}

export interface CascadeUnit {
  id: number;
  parentId: number | null;
  kind: string;
}

/**
 * Which units below the owner are expected to issue their own plan: those of the kinds the plan
 * names for the cascade, else the kinds of its collective subjects, else the owner's direct children.
 */
export function expectedUnits<U extends CascadeUnit>(content: PlanContent, ownerId: number, units: U[]): U[] {
  const below = units.filter((u) => u.id !== ownerId);
  const kinds: UnitKind[] = content.cascade.unitKinds.length > 0 ? content.cascade.unitKinds : (content.subjects.collective?.unitKinds ?? []);
  if (kinds.length > 0) return below.filter((u) => (kinds as string[]).includes(u.kind));
  return below.filter((u) => u.parentId === ownerId);
}

export type PlanState = 'none' | 'draft' | 'issued';
/** on_time: issued by the due day; late: issued after it; overdue: not issued and past due; pending: not yet due. */
export type Timeliness = 'on_time' | 'late' | 'overdue' | 'pending';

export interface ChildPlan {
  id: number;
  ownerUnitId: number;
  status: string;
  issuedOn: string | null;
}

export interface UnitPlanStatus<U> {
  unit: U;
  plan: { state: PlanState; movementId: number | null; issuedOn: string | null };
  dueOn: string | null;
  timeliness: Timeliness;
  late: boolean;
}

/** The day the lower units' plans are due, from the deadline the plan names for the cascade. */
export function cascadeDueDate(content: PlanContent, firstYear: number | null): string | null {
  const deadline = content.cascade.deadlineKey === null ? undefined : content.deadlines.find((d) => d.key === content.cascade.deadlineKey);
  return deadline ? firstDueDate(deadline.due, deadline.strict, firstYear) : null;
}

/** For each expected unit: its plan (if any), the due day and whether it is late, as of `today`. */
export function cascadeStatus<U extends CascadeUnit>(input: {
  content: PlanContent;
  ownerId: number;
  firstYear: number | null;
  units: U[];
  children: ChildPlan[];
  today: string;
}): UnitPlanStatus<U>[] {
  const dueOn = cascadeDueDate(input.content, input.firstYear);
  return expectedUnits(input.content, input.ownerId, input.units).map((unit) => {
    // One child plan per unit; should history hold more, an issued one counts first.
    const plans = input.children.filter((c) => c.ownerUnitId === unit.id);
    const plan = plans.find((c) => c.status !== 'draft') ?? plans[0];
    const state: PlanState = !plan ? 'none' : plan.status === 'draft' ? 'draft' : 'issued';
    const issuedOn = state === 'issued' ? plan!.issuedOn : null;
    let timeliness: Timeliness;
    if (state === 'issued') timeliness = dueOn !== null && issuedOn !== null && issuedOn > dueOn ? 'late' : 'on_time';
    else timeliness = dueOn !== null && input.today > dueOn ? 'overdue' : 'pending';
    return {
      unit,
      plan: { state, movementId: plan?.id ?? null, issuedOn },
      dueOn,
      timeliness,
      late: timeliness === 'late' || timeliness === 'overdue',
    };
  });
}

/**
 * Movements below a root in tree order (each parent before its children, siblings as given) with
 * their depth. A movement the reader may not see is left out together with everything below it.
 */
export function treeOrder<T extends { id: number; parent_movement_id: number | null }>(rootId: number, rows: T[], visible: (row: T) => boolean): (T & { depth: number })[] {
  const out: (T & { depth: number })[] = [];
  const seen = new Set<number>([rootId]);
  const walk = (parentId: number, depth: number) => {
    for (const row of rows) {
      if (row.parent_movement_id !== parentId || seen.has(row.id) || !visible(row)) continue;
      seen.add(row.id);
      out.push({ ...row, depth });
      walk(row.id, depth + 1);
    }
  };
  walk(rootId, 1);
  return out;
}
