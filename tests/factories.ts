import crypto from 'node:crypto';
import type { Db } from '../src/db/database';
import type { Role } from '../src/modules/auth/roles';
import { hashPassword } from '../src/modules/auth/password';
import { insertPerson, insertUnit, insertUser } from '../src/seed/builders';
import { insertMovement } from '../src/modules/movements/movement-insert';
import { blankPlan } from '../src/modules/movements/model/plan-builder';
import type { PlanContent } from '../src/modules/movements/model/plan-content.schema';
import type { MovementStatus } from '../src/modules/movements/movements.schema';

// Factories build exactly the rows a test needs (STYLE.md): no shared fixtures, no truncation.
// They delegate to the builders the demo seed uses, so both write rows the same way.
const uid = () => crypto.randomBytes(4).toString('hex');

export async function buildUnit(
  db: Db,
  attrs: { name?: string; kind?: string; parentId?: number | null; code?: string; validFrom?: string | null } = {},
) {
  return db.transaction().execute((trx) =>
    insertUnit(trx, {
      code: attrs.code ?? `T-${uid()}`,
      name: attrs.name ?? `Đơn vị ${uid()}`,
      kind: attrs.kind ?? 'xa',
      parentId: attrs.parentId ?? null,
      validFrom: attrs.validFrom ?? null,
    }),
  );
}

export async function buildPerson(
  db: Db,
  attrs: { unitId: number; fullName?: string; category?: string; isUnitHead?: boolean; position?: string },
) {
  return insertPerson(db, {
    unitId: attrs.unitId,
    fullName: attrs.fullName ?? `Nguyễn Văn ${uid()}`,
    category: attrs.category ?? 'cong_chuc',
    isUnitHead: attrs.isUnitHead ?? false,
    position: attrs.position ?? null,
    gender: 'nam',
    birthYear: 1985,
  });
}

let cachedHash: Promise<string> | undefined;
export const TEST_PASSWORD = 'mat-khau-thu-nghiem-1';

/** A user holding one role on one unit; the password is TEST_PASSWORD. */
export async function buildUser(db: Db, attrs: { role: Role; unitId: number; username?: string; fullName?: string }) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const passwordHash = await cachedHash;
  return db.transaction().execute((trx) =>
    insertUser(trx, {
      username: attrs.username ?? `u_${uid()}`,
      passwordHash,
      fullName: attrs.fullName ?? 'Người dùng thử',
      roles: [{ role: attrs.role, unitId: attrs.unitId }],
    }),
  );
}

/**
 * A movement owned by `ownerUnitId` with one version: a draft, or issued when `status` is past draft.
 * `content` defaults to a blank plan of that unit; pass a full PlanContent to test a real one.
 */
export async function buildMovement(
  db: Db,
  attrs: { ownerUnitId: number; status?: MovementStatus; parentMovementId?: number | null; content?: PlanContent; title?: string; createdBy?: number | null },
) {
  const content =
    attrs.content ??
    blankPlan({ issuerName: `ĐƠN VỊ ${uid()}`, title: attrs.title ?? `Kế hoạch thi đua ${uid()}`, year: 2024 });
  return db.transaction().execute((trx) =>
    insertMovement(trx, {
      ownerUnitId: attrs.ownerUnitId,
      parentMovementId: attrs.parentMovementId ?? null,
      content,
      status: attrs.status ?? 'draft',
      createdBy: attrs.createdBy ?? null,
    }),
  );
}
