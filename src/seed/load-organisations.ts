import type { Kysely } from 'kysely';
import type { Database, UnitRow } from '../db/types';
import { insertPeople, insertUnits, type NewPersonInput } from './builders';
import { createNameGenerator } from './names';
import { DEMO_RECORDS_FROM, type OrganisationSpec, type UnitSpec } from './organisations/types';
import { staffOf } from './staff';

/** A unit of the data files with its stored code and the facts it inherits from its ancestors. */
export interface FlatUnit {
  code: string;
  parentCode: string | null;
  depth: number;
  validFrom: string;
  spec: UnitSpec;
}

export interface SeededPerson {
  id: number;
  fullName: string;
  unitCode: string;
  position: string;
}

/** Fixed so that every install generates the same people (the date of seed 001). */
const NAME_SEED = 20_240_318;

export function flattenOrganisations(orgs: readonly OrganisationSpec[]): FlatUnit[] {
  const out: FlatUnit[] = [];
  const walk = (spec: UnitSpec, parent: FlatUnit | null) => {
    const flat: FlatUnit = {
      code: parent ? `${parent.code}-${spec.code}` : spec.code,
      parentCode: parent?.code ?? null,
      depth: parent ? parent.depth + 1 : 0,
      validFrom: spec.validFrom ?? parent?.validFrom ?? DEMO_RECORDS_FROM,
      spec,
    };
    out.push(flat);
    for (const child of spec.children ?? []) walk(child, flat);
  };
  for (const org of orgs) walk(org.root, null);
  return out;
}

/** Inserts the trees level by level (a level's parents exist before it); returns units by code. */
export async function insertOrganisationUnits(
  trx: Kysely<Database>,
  flat: readonly FlatUnit[],
): Promise<Map<string, UnitRow>> {
  const byCode = new Map<string, UnitRow>();
  const maxDepth = Math.max(...flat.map((u) => u.depth));
  for (let depth = 0; depth <= maxDepth; depth++) {
    const level = flat.filter((u) => u.depth === depth);
    const rows = await insertUnits(
      trx,
      level.map((u) => ({
        code: u.code,
        name: u.spec.name,
        shortName: u.spec.shortName ?? null,
        kind: u.spec.kind,
        parentId: u.parentCode ? (byCode.get(u.parentCode)?.id ?? null) : null,
        validFrom: u.validFrom,
      })),
    );
    for (const row of rows) byCode.set(row.code, row);
  }
  return byCode;
}

/** The people of every unit: real signers where the plans name them, generated names otherwise. */
export async function insertOrganisationStaff(
  trx: Kysely<Database>,
  flat: readonly FlatUnit[],
  units: ReadonlyMap<string, UnitRow>,
): Promise<SeededPerson[]> {
  const names = createNameGenerator(NAME_SEED);
  const plan = flat.flatMap((u) => staffOf(u.spec).map((staff) => ({ unit: u, staff })));
  for (const { staff } of plan) if (staff.fullName) names.reserve(staff.fullName);

  const inputs: NewPersonInput[] = plan.map(({ unit, staff }) => {
    const gender = staff.gender ?? unit.spec.gender ?? (staff.fullName ? null : names.gender());
    const [from, to] = unit.spec.birthYears ?? (staff.head ? [1966, 1982] : [1970, 1998]);
    const unitRow = units.get(unit.code);
    if (!unitRow) throw new Error(`Thiếu đơn vị ${unit.code}`);
    return {
      unitId: unitRow.id,
      fullName: staff.fullName ?? names.fullName(gender ?? 'nam'),
      gender,
      birthYear: staff.birthYear === null ? null : (staff.birthYear ?? names.int(from, to)),
      position: staff.position,
      category: staff.category,
      isUnitHead: staff.head ?? false,
    };
  });
  const ids = await insertPeople(trx, inputs);
  return plan.map(({ unit, staff }, i) => {
    const id = ids[i];
    const input = inputs[i];
    if (id === undefined || !input) throw new Error('Số cá nhân được ghi không khớp');
    return { id, fullName: input.fullName, unitCode: unit.code, position: staff.position };
  });
}
