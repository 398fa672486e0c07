import type { Db } from '../../db/database';
import type { UnitRow } from '../../db/types';
import type { Actor, ServiceContext } from '../../http/context';
import { conflict, forbidden, invalid, notFound } from '../../http/errors';
import { recordAudit } from '../audit/audit.queries';
import { can, requireScope, scopePaths } from '../auth/scope';
import { ancestorPaths } from '../movements/movement-access';
import { findUnit, pathIds } from '../units/units.queries';
import { todayInVietnam } from '../units/unit-period';
import { deleteScore, findScore, insertScore, listScores, lockScoreOf, updateScore, type IndexVisibility, type ScoreValues } from './indices.queries';
import { auditValues, presentScore } from './indices.presenter';
import type { IndexListQuery, IndexListResponse, IndexScoreBody, IndexScoreDto } from './indices.schema';

/**
 * Who reads which scores. A user reads the scores of every unit in their subtrees, and the scores of
 * the units ABOVE them (a xã reads its huyện's and province's PAR Index, PCI…: those are published
 * by ministries and public anyway, and the xã's own plan sets targets on them). Never a sibling's: xã A
 * does not read xã B's Chỉ số CCHC here; a ranking that shows peers is published by the level above.
 * Writes (indices.write: admin, standing) only in the writer's own subtree.
 */
export function indexVisibility(actor: Actor): IndexVisibility {
  const subtrees = requireScope(actor, 'indices.read');
  const above = [...new Set(subtrees.flatMap(ancestorPaths))].filter((a) => !subtrees.some((p) => a.startsWith(p)));
  return { subtrees, ancestorIds: above.map((a) => pathIds(a).at(-1)!) };
}

export const readable = (v: IndexVisibility, unit: Pick<UnitRow, 'id' | 'path'>) =>
  v.subtrees.some((p) => unit.path.startsWith(p)) || v.ancestorIds.includes(unit.id);

/** The unit, or 404 when the actor may not read its scores (its existence is not disclosed). */
export async function readableUnit(db: Db, v: IndexVisibility, unitId: number): Promise<UnitRow> {
  const unit = await findUnit(db, unitId);
  if (!unit || !readable(v, unit)) throw notFound('đơn vị');
  return unit;
}

export async function listIndexScores(ctx: ServiceContext, query: IndexListQuery): Promise<IndexListResponse> {
  const v = indexVisibility(ctx.actor);
  const unit = query.unitId === undefined ? undefined : await readableUnit(ctx.db, v, query.unitId);
  const rows = await listScores(ctx.db, v, { underPath: unit?.path, year: query.year, index: query.index });
  return { items: rows.map((r) => presentScore(r, can(ctx.actor, 'indices.write', r.unit_path))) };
}

const writeDenied = (unitName: string) => forbidden(`Bạn không có quyền ghi kết quả chỉ số của «${unitName}».`);

/** 403 before anything is read for users who may not write scores anywhere. */
export const assertMayWrite = (actor: Actor) => {
  if (scopePaths(actor, 'indices.write').length === 0) {
    throw forbidden('Bạn không có quyền nhập kết quả chỉ số.');
  }
};

/** Years whose results may be recorded: up to the current one (a year's results come out the next year). */
export function yearProblem(year: number): string | null {
  const current = Number(todayInVietnam().slice(0, 4));
  return year > current ? `Năm ${year} chưa kết thúc nên chưa có kết quả công bố (năm hiện tại là ${current})` : null;
}

const isUniqueViolation = (err: unknown) => typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23505';

/** Records (or replaces) one unit's result on one index for one year. */
export async function saveIndexScore(ctx: ServiceContext, body: IndexScoreBody): Promise<IndexScoreDto> {
  assertMayWrite(ctx.actor);
  const tooLate = yearProblem(body.year);
  if (tooLate) throw invalid(`${tooLate}.`, { year: tooLate });
  const v = indexVisibility(ctx.actor);
  const values: ScoreValues = { score: body.score, rank: body.rank, rank_of: body.rankOf, band: body.band, source: body.source };
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const unit = await readableUnit(trx, v, body.unitId);
      if (!can(ctx.actor, 'indices.write', unit.path)) throw writeDenied(unit.name);
      const before = await lockScoreOf(trx, { unitId: unit.id, year: body.year, index: body.index });
      const unitFields = { unit_code: unit.code, unit_name: unit.name, unit_kind: unit.kind, unit_path: unit.path };
      if (before && sameValues(before, values)) return presentScore({ ...before, ...unitFields }, true);
      const row = before
        ? await updateScore(trx, before.id, { ...values, recorded_by: ctx.actor.userId })
        : await insertScore(trx, { ...values, unit_id: unit.id, year: body.year, index_code: body.index, recorded_by: ctx.actor.userId });
      await recordAudit(trx, {
        userId: ctx.actor.userId,
        action: before ? 'index_score.update' : 'index_score.create',
        entity: 'index_score',
        entityId: row.id,
        unitId: unit.id,
        before: before ? auditValues(before) : null,
        after: auditValues(row),
        requestId: ctx.requestId,
      });
      return presentScore({ ...row, ...unitFields }, true);
    });
  } catch (err) {
    // Two first saves of the same result at once: the unique constraint keeps one.
    if (isUniqueViolation(err)) throw conflict('Kết quả chỉ số này vừa được người khác ghi; tải lại rồi thử lại.');
    throw err;
  }
}

export function sameValues(a: ScoreValues, b: ScoreValues): boolean {
  return (
    (a.score === null ? null : Number(a.score)) === b.score && a.rank === b.rank && a.rank_of === b.rank_of && a.band === b.band && a.source === b.source
  );
}

export async function deleteIndexScore(ctx: ServiceContext, id: number): Promise<{ deleted: true }> {
  assertMayWrite(ctx.actor);
  const v = indexVisibility(ctx.actor);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await findScore(trx, id);
    if (!row || !readable(v, { id: row.unit_id, path: row.unit_path })) throw notFound('kết quả chỉ số');
    if (!can(ctx.actor, 'indices.write', row.unit_path)) throw writeDenied(row.unit_name);
    await deleteScore(trx, row.id);
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: 'index_score.delete',
      entity: 'index_score',
      entityId: row.id,
      unitId: row.unit_id,
      before: auditValues(row),
      requestId: ctx.requestId,
    });
    return { deleted: true as const };
  });
}
