import type { Db } from '../db/database';
import type { UnitRow, UserRow } from '../db/types';
import { cleanText } from '../lib/text';
import { hashPassword } from '../modules/auth/password';
import type { Role } from '../modules/auth/roles';
import { insertPeople, insertPerson, type NewPersonInput } from '../modules/people/people.queries';
import { insertUnit as insertOneUnit, type NewUnitInput as UnitInput, type ParentPlace } from '../modules/units/units.queries';

/**
 * Row builders shared by the demo seed, the test factories and the benchmarks. Units and people are
 * written by the same helpers the units/people services and the Excel import use (unit-insert.ts,
 * person-insert.ts), so every path, depth, search key and history row is made one way. They write
 * rows only — no permission check, no audit row — so callers own the transaction: inside one, pass
 * `trx`, never the pool (PGlite has a single connection).
 */
export type { NewPersonInput };
export type NewUnitInput = Omit<UnitInput, 'parentId'> & { parentId?: number | null };

export interface NewUserInput {
  username: string;
  /** Hashed here with argon2id; pass passwordHash instead to reuse one hash for many users. */
  password?: string;
  passwordHash?: string;
  fullName: string;
  personId?: number | null;
  roles: { role: Role; unitId: number }[];
}

export function insertUnit(trx: Db, input: NewUnitInput): Promise<UnitRow> {
  return insertOneUnit(trx, { ...input, parentId: input.parentId ?? null });
}

/**
 * Units in input order; a unit may hang under one inserted earlier in the same call. Parents are
 * looked up once and remembered, so each unit costs the three statements of insertUnit and no more.
 */
export async function insertUnits(trx: Db, inputs: readonly NewUnitInput[]): Promise<UnitRow[]> {
  const places = new Map<number, ParentPlace>();
  const missing = [...new Set(inputs.map((u) => u.parentId).filter((id): id is number => id != null))];
  if (missing.length > 0) {
    const rows = await trx.selectFrom('units').select(['id', 'path', 'depth']).where('id', 'in', missing).execute();
    for (const r of rows) places.set(r.id, r);
  }
  const out: UnitRow[] = [];
  for (const input of inputs) {
    const parentId = input.parentId ?? null;
    const row = await insertOneUnit(trx, { ...input, parentId }, parentId === null ? null : places.get(parentId));
    places.set(row.id, row);
    out.push(row);
  }
  return out;
}

export { insertPerson, insertPeople };

/** A user with its role grants; each grant covers the unit's subtree. */
export async function insertUser(trx: Db, input: NewUserInput): Promise<UserRow> {
  const passwordHash = input.passwordHash ?? (input.password !== undefined ? await hashPassword(input.password) : undefined);
  if (!passwordHash) throw new Error('insertUser: password or passwordHash is required');
  const user = await trx
    .insertInto('users')
    .values({
      username: input.username,
      password_hash: passwordHash,
      full_name: cleanText(input.fullName),
      person_id: input.personId ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (input.roles.length > 0) {
    await trx
      .insertInto('user_roles')
      .values(input.roles.map((r) => ({ user_id: user.id, role: r.role, unit_id: r.unitId })))
      .execute();
  }
  return user;
}
