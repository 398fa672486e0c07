import type { Transaction } from 'kysely';
import type { Database, MovementRow, UnitRow } from '../db/types';
import { planContentSchema, type PlanContent, type PlanContentInput } from '../modules/movements/model/plan-content.schema';
import { insertMovement } from '../modules/movements/movement-insert';
import type { SeedPlan, SeedUnitCodes } from './plans/types';

export interface SeededMovement {
  source: string;
  movement: MovementRow;
}

/**
 * Inserts the seed plans (and the plans of lower units that follow them) as issued movements.
 * A plan that fails planContentSchema or names an unknown unit code stops the whole demo load:
 * seed data is code, and a half-loaded demo would hide the mistake.
 */
export async function insertSeedPlans(
  trx: Transaction<Database>,
  plans: readonly SeedPlan[],
  units: ReadonlyMap<string, UnitRow>,
  parentMovementId: number | null = null,
): Promise<SeededMovement[]> {
  const out: SeededMovement[] = [];
  for (const plan of plans) {
    const owner = unitByCode(units, plan.ownerUnitCode, plan.source);
    const content = seedPlanContent(plan, units);
    const { movement } = await insertMovement(trx, { ownerUnitId: owner.id, parentMovementId, content, status: plan.status, createdBy: null });
    out.push({ source: plan.source, movement });
    if (plan.children?.length) out.push(...(await insertSeedPlans(trx, plan.children, units, movement.id)));
  }
  return out;
}

/** The validated content of a seed plan with the unit ids of the demo filled in. */
export function seedPlanContent(plan: SeedPlan, units: ReadonlyMap<string, UnitRow>): PlanContent {
  const withUnits = fillUnitIds(plan.content, plan.unitCodes ?? {}, (code) => unitByCode(units, code, plan.source).id);
  const parsed = planContentSchema.safeParse(nfc(withUnits));
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Kế hoạch mẫu ${plan.source} không hợp lệ: ${first.join('; ')}`);
  }
  return parsed.data;
}

function fillUnitIds(content: PlanContentInput, codes: SeedUnitCodes, idOf: (code: string) => number): PlanContentInput {
  const missing = (list: string, key: string) => new Error(`Không có ${list} mã «${key}» để gán đơn vị`);
  const known = (list: { key: string }[] | undefined, name: string, keys: string[]) =>
    keys.forEach((k) => {
      if (!list?.some((e) => e.key === k)) throw missing(name, k);
    });
  known(content.responsibilities, 'nhiệm vụ', Object.keys(codes.responsibilities ?? {}));
  known(content.awards, 'hình thức khen thưởng', Object.keys(codes.awards ?? {}));
  known(content.deadlines, 'thời hạn', Object.keys(codes.deadlines ?? {}));
  return {
    ...content,
    responsibilities: content.responsibilities?.map((r) => {
      const code = codes.responsibilities?.[r.key];
      return code ? { ...r, unitId: idOf(code) } : r;
    }),
    awards: content.awards?.map((a) => {
      const code = codes.awards?.[a.key];
      return code ? { ...a, grantor: { ...a.grantor, unitId: idOf(code) } } : a;
    }),
    deadlines: content.deadlines?.map((d) => {
      const list = codes.deadlines?.[d.key];
      return list ? { ...d, responsible: { ...d.responsible, unitIds: list.map(idOf) } } : d;
    }),
  };
}

function unitByCode(units: ReadonlyMap<string, UnitRow>, code: string, source: string): UnitRow {
  const unit = units.get(code);
  if (!unit) throw new Error(`Kế hoạch mẫu ${source}: không có đơn vị mã «${code}» trong dữ liệu mẫu`);
  return unit;
}

/** Plans are stored NFC (the service folds every write the same way). */
function nfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(nfc) as T;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nfc(v)])) as T;
  return value;
}
