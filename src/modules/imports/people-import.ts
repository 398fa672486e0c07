import { insertPeople } from '../people/people.queries';
import { todayInVietnam } from '../units/unit-period';
import { isCellError, textOf } from './cell-values';
import type { PersonColumnKey } from './columns';
import { chunks, insertAuditRows, peopleByIds, unitRefsByCodes, type AuditRow } from './imports.queries';
import type { FinishWrite, ImportOutcome, ImportRun } from './imports.service';
import { insertTransfers, updatePeople } from './person-writes.queries';
import { planPeople, type PersonCheckContext, type PersonFields } from './person-rows';

async function loadContext(run: ImportRun<PersonColumnKey>): Promise<PersonCheckContext> {
  const codes = new Set<string>();
  const ids = new Set<number>();
  for (const r of run.data.rows) {
    const code = r.cells.get('unitCode');
    if (code !== undefined && !isCellError(code) && textOf(code)) codes.add(textOf(code));
    const id = r.cells.get('personId');
    if (id !== undefined && !isCellError(id) && /^\d{1,9}$/.test(textOf(id))) ids.add(Number(textOf(id)));
  }
  const units = await unitRefsByCodes(run.ctx.db, [...codes]);
  const people = await peopleByIds(run.ctx.db, [...ids]);
  const today = todayInVietnam();
  return {
    unitsByCode: new Map(units.map((u) => [u.code, u])),
    peopleById: new Map(people.map((p) => [p.id, p])),
    writable: run.writable,
    maxYear: Number(today.slice(0, 4)),
  };
}

const snapshot = (p: PersonFields) => ({
  fullName: p.fullName,
  gender: p.gender,
  birthYear: p.birthYear,
  unitId: p.unitId,
  position: p.position,
  category: p.category,
  isUnitHead: p.isUnitHead,
});

/** Validates the whole file, then creates and updates people in batches inside one transaction. */
export async function importPeopleRows(run: ImportRun<PersonColumnKey>, finish: FinishWrite): Promise<ImportOutcome> {
  const total = run.data.rows.length;
  await run.report({ phase: 'validate', processed: 0, total });
  const ctx = await loadContext(run);
  const plan = planPeople(run.data, ctx);
  await run.report({ phase: 'validate', processed: total, total });
  if (plan.errors.size > 0) return { errors: plan.errors.sorted() };

  const day = todayInVietnam();
  const userId = run.ctx.actor.userId;
  const base = { userId, entity: 'person', requestId: run.ctx.requestId };
  const importJobId = run.jobId;
  const work = plan.creates.length + plan.updates.length;
  const summary = await run.ctx.db.transaction().execute(async (trx) => {
    let done = 0;
    await run.report({ phase: 'write', processed: 0, total: work });
    for (const part of chunks(plan.creates)) {
      const ids = await insertPeople(trx, part);
      await insertAuditRows(
        trx,
        part.map((p, i): AuditRow => ({ ...base, action: 'person.create', entityId: ids[i]!, unitId: p.unitId, before: null, after: { ...snapshot(p), importJobId } })),
      );
      done += part.length;
      await run.report({ phase: 'write', processed: done, total: work });
    }
    for (const part of chunks(plan.updates)) {
      await updatePeople(trx, part);
      const moved = part.filter((p) => p.unitId !== p.before.unitId);
      await insertTransfers(trx, moved.map((p) => ({ personId: p.id, fromUnitId: p.before.unitId, toUnitId: p.unitId })), day, userId);
      await insertAuditRows(
        trx,
        part.map((p): AuditRow => ({ ...base, action: 'person.update', entityId: p.id, unitId: p.unitId, before: snapshot(p.before), after: { ...snapshot(p), importJobId } })),
      );
      done += part.length;
      await run.report({ phase: 'write', processed: done, total: work });
    }
    const counts = { created: plan.creates.length, updated: plan.updates.length, unchanged: plan.unchanged };
    await finish(trx, counts);
    return counts;
  });
  return { errors: [], summary };
}
