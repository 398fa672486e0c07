import type { MovementStatus } from '../movements/movements.schema';
import type { DeadlineCompletionRow } from '../../db/types';
import type { PlanContent } from '../movements/model/plan-content.schema';
import type { DeadlineEntryDto, UnitDeadlineStatusDto } from './deadlines.schema';
import type { CandidateUnitRow, MovementWithPlan } from './deadlines.queries';
import { responsibleUnits, type CandidateUnit } from './responsible';
import { occurrences, periodDays, planSubmissions, unitStatus } from './schedule';

type Deadline = PlanContent['deadlines'][number];

/** Everything the calendar is computed from, loaded beforehand: this file does no I/O. */
export interface EntryInputs {
  today: string;
  movements: MovementWithPlan[];
  /** Units in the actor's scope that some deadline names by id or kind. */
  units: CandidateUnitRow[];
  completions: DeadlineCompletionRow[];
  childPlans: { parent_movement_id: number | null; owner_unit_id: number; issued_on: string | null }[];
  /** Show a deadline whose responsible units all lie outside the actor's scope (the owner's own staff see it). */
  ownsMovement: (ownerPath: string) => boolean;
  /** Only units under this path (the unit filter). */
  unitPath?: string;
  from?: string;
  to?: string;
}

const completionKey = (movementId: number, key: string, dueOn: string, unitId: number) => `${movementId}|${key}|${dueOn}|${unitId}`;

export const deadlinesOf = (m: MovementWithPlan): Deadline[] => (m.content as PlanContent).deadlines ?? [];

/** The calendar entries (one per movement × deadline × due day), soonest first, undated last. */
export function buildEntries(input: EntryInputs): DeadlineEntryDto[] {
  const completions = new Map(input.completions.map((c) => [completionKey(c.movement_id, c.deadline_key, c.due_on, c.unit_id), c]));
  const candidates: (CandidateUnit & { row: CandidateUnitRow })[] = input.units.map((u) => ({ id: u.id, kind: u.kind, path: u.path, validFrom: u.valid_from, validTo: u.valid_to, row: u }));
  const entries: DeadlineEntryDto[] = [];
  for (const m of input.movements) {
    const content = m.content as PlanContent;
    const period = periodDays(content.period, m.issued_on);
    const owner = { id: m.owner_id, path: m.owner_path };
    for (const d of deadlinesOf(m)) {
      const days = occurrences(d.due, d.strict, period, input.today);
      const plansByUnit = d.kind === 'submit_plan' ? childPlanDays(input.childPlans, m.id) : new Map<number, string[]>();
      days.forEach((dueOn, i) => {
        if (dueOn !== null && ((input.from && dueOn < input.from) || (input.to && dueOn > input.to))) return;
        const units = responsibleUnits(d.responsible, owner, candidates, dueOn ?? input.today).filter((u) => !input.unitPath || u.path.startsWith(input.unitPath));
        if (units.length === 0 && (input.unitPath || !input.ownsMovement(m.owner_path))) return;
        entries.push({
          movement: { id: m.id, title: m.title, number: m.number, status: m.status as MovementStatus, owner: { id: m.owner_id, code: m.owner_code, name: m.owner_name, kind: m.owner_kind } },
          deadline: { key: d.key, title: d.title, kind: d.kind, text: d.text, strict: d.strict },
          dueOn,
          recipient: d.recipient,
          responsibleText: d.responsible.text,
          units: units.map((u): UnitDeadlineStatusDto => {
            const done = dueOn === null ? undefined : completions.get(completionKey(m.id, d.key, dueOn, u.id));
            const byPlan = !done && dueOn !== null ? (planSubmissions(days, plansByUnit.get(u.id) ?? [])[i] ?? null) : null;
            const doneOn = done?.done_on ?? byPlan;
            return {
              unit: { id: u.row.id, code: u.row.code, name: u.row.name, kind: u.row.kind },
              status: unitStatus(dueOn, doneOn, input.today),
              doneOn,
              completionId: done?.id ?? null,
              byPlan: byPlan !== null,
              note: done?.note ?? null,
            };
          }),
        });
      });
    }
  }
  return entries.sort(byDue);
}

function childPlanDays(plans: EntryInputs['childPlans'], movementId: number): Map<number, string[]> {
  const byUnit = new Map<number, string[]>();
  for (const p of plans) {
    if (p.parent_movement_id !== movementId || !p.issued_on) continue;
    byUnit.set(p.owner_unit_id, [...(byUnit.get(p.owner_unit_id) ?? []), p.issued_on]);
  }
  return byUnit;
}

function byDue(a: DeadlineEntryDto, b: DeadlineEntryDto): number {
  if (a.dueOn !== b.dueOn) {
    if (a.dueOn === null) return 1;
    if (b.dueOn === null) return -1;
    return a.dueOn < b.dueOn ? -1 : 1;
  }
  return a.movement.id - b.movement.id || (a.deadline.key < b.deadline.key ? -1 : a.deadline.key > b.deadline.key ? 1 : 0);
}
