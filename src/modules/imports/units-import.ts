import { scopePaths } from '../auth/scope';
import { pathIds } from '../units/units.queries';
import { todayInVietnam } from '../units/unit-period';
import { isCellError, textOf } from './cell-values';
import type { UnitColumnKey } from './columns';
import { insertAuditRows, reserveIds, unitsByCodes, unitsByIds, type AuditRow } from './imports.queries';
import type { FinishWrite, ImportOutcome, ImportRun } from './imports.service';
import { orderTree } from './unit-order';
import { finalParentOf, planUnits, type UnitPlan } from './unit-plan';
import { validateUnitRows, type KnownUnit, type UnitCheckContext } from './unit-rows';
import { insertUnits, moveUnit, updateUnitFields } from './unit-writes.queries';

/** The units the file names (its codes and parent codes) and all their ancestors, for the final tree. */
async function loadContext(run: ImportRun<UnitColumnKey>): Promise<UnitCheckContext> {
  const codes = new Set<string>();
  for (const r of run.data.rows) {
    for (const key of ['code', 'parentCode'] as const) {
      const v = r.cells.get(key);
      if (v !== undefined && !isCellError(v) && textOf(v)) codes.add(textOf(v));
    }
  }
  const known = await unitsByCodes(run.ctx.db, [...codes]);
  const byId = new Map(known.map((u) => [u.id, u]));
  const missing = [...new Set(known.flatMap((u) => pathIds(u.path)))].filter((id) => !byId.has(id));
  for (const u of await unitsByIds(run.ctx.db, missing)) byId.set(u.id, u);
  const byCode = new Map<string, KnownUnit>([...byId.values()].map((u) => [u.code, u]));
  const rootWriters = scopePaths(run.ctx.actor, 'units.write').filter((p) => pathIds(p).length === 1);
  return { byCode, byId, writable: run.writable, canCreateRoot: rootWriters.some((p) => run.writable(p)) };
}

/** Validates the whole file (fields, scope, duplicates, cycles); writes only when it is clean. */
export async function importUnitRows(run: ImportRun<UnitColumnKey>, finish: FinishWrite): Promise<ImportOutcome> {
  const total = run.data.rows.length;
  await run.report({ phase: 'validate', processed: 0, total });
  const ctx = await loadContext(run);
  const { inputs, errors } = validateUnitRows(run.data, ctx);
  const inFile = new Map(inputs.map((i) => [i.code, i]));
  const tree = orderTree(inFile.keys(), finalParentOf(inFile, ctx));
  for (const [code, loop] of tree.cycles) {
    const input = inFile.get(code);
    if (input) errors.add(input.row, 'Mã đơn vị cấp trên', `tạo thành vòng lặp đơn vị cấp trên: ${loop.join(' → ')}`);
  }
  await run.report({ phase: 'validate', processed: total, total });
  if (errors.size > 0) return { errors: errors.sorted() };

  const day = todayInVietnam();
  const userId = run.ctx.actor.userId;
  const summary = await run.ctx.db.transaction().execute(async (trx) => {
    const newIds = await reserveIds(trx, 'units', inputs.filter((i) => !i.existing).length);
    const plan = planUnits(inputs, tree.depth, ctx, newIds);
    const work = plan.creates.length + plan.moves.length + plan.updates.length;
    let done = 0;
    const step = async (n: number) => {
      done += n;
      await run.report({ phase: 'write', processed: done, total: work });
    };
    await run.report({ phase: 'write', processed: 0, total: work });
    // Level by level: a new unit may hang under a unit the file moves, and a unit may move under a new one.
    const depths = [...new Set([...plan.creates, ...plan.moves].map((x) => x.depth))].sort((a, b) => a - b);
    for (const d of depths) {
      const creates = plan.creates.filter((c) => c.depth === d);
      await insertUnits(trx, creates);
      await step(creates.length);
      for (const m of plan.moves.filter((x) => x.depth === d)) {
        await moveUnit(trx, m, day, userId);
        await step(1);
      }
    }
    await updateUnitFields(trx, plan.updates);
    await step(plan.updates.length);
    await insertAuditRows(trx, auditRows(plan, run));
    const counts = { created: plan.creates.length, updated: new Set([...plan.updates, ...plan.moves].map((x) => x.id)).size, unchanged: plan.unchanged };
    await finish(trx, counts);
    return counts;
  });
  return { errors: [], summary };
}

function auditRows(plan: UnitPlan, run: ImportRun<UnitColumnKey>): AuditRow[] {
  const base = { userId: run.ctx.actor.userId, entity: 'unit', requestId: run.ctx.requestId };
  const importJobId = run.jobId;
  return [
    ...plan.creates.map((c) => ({
      ...base, action: 'unit.create', entityId: c.id, unitId: c.id, before: null,
      after: { code: c.code, name: c.name, shortName: c.shortName, kind: c.kind, parentId: c.parentId, path: c.path, validFrom: c.validFrom, importJobId },
    })),
    ...plan.updates.map((u) => ({
      ...base, action: 'unit.update', entityId: u.id, unitId: u.id, before: u.before,
      after: { name: u.name, shortName: u.shortName, kind: u.kind, validFrom: u.validFrom, importJobId },
    })),
    ...plan.moves.map((m) => ({
      ...base, action: 'unit.move', entityId: m.id, unitId: m.id, before: { parentId: m.fromParentId },
      after: { parentId: m.parentId, path: m.path, importJobId },
    })),
  ];
}
