import type { AnnualRatingRow } from '../../db/types';
import type { ServiceContext } from '../../http/context';
import { conflict, forbidden, invalid, notFound } from '../../http/errors';
import { recordAudit } from '../audit/audit.queries';
import { can, requireScope } from '../auth/scope';
import { todayInVietnam } from '../units/unit-period';
import { deleteRating, findRating, insertRating, listRatings, lockRatingOf, updateRating, type RatingValues, type RatingWithSubject } from './ratings.queries';
import type { RatingBody, RatingDto, RatingListResponse } from './ratings.schema';
import { assertWriter, listFilter, writableSubject, within, type ListQuery, type Subject } from './subjects';
import { ratingLabels, type RatingCode } from './vocab';

/** Ratings are read with the people and units they concern (people.read) and written with ratings.write. */
export const ratingReadScope = (ctx: ServiceContext) => requireScope(ctx.actor, 'people.read');
export const assertRatingWriter = (ctx: ServiceContext) => assertWriter(ctx.actor, 'ratings.write', 'Bạn không có quyền ghi kết quả xếp loại.');

export function presentRating(r: RatingWithSubject, editable: boolean): RatingDto {
  const rating = r.rating as RatingCode;
  return {
    id: r.id,
    subject: {
      kind: r.person_id === null ? 'unit' : 'person',
      person: r.person_id === null ? null : { id: r.person_id, fullName: r.person_name ?? '' },
      unit: { id: r.unit_id, code: r.unit_code, name: r.unit_name },
    },
    year: r.year,
    rating,
    ratingName: ratingLabels[rating],
    source: r.source,
    recordedAt: new Date(r.recorded_at).toISOString(),
    editable,
  };
}

export const ratingAudit = (r: AnnualRatingRow) => ({ subjectKind: r.subject_kind, personId: r.person_id, unitId: r.unit_id, year: r.year, rating: r.rating, source: r.source });

/** A year's rating is made at its end: up to the current year. */
export function ratingYearProblem(year: number): string | null {
  const current = Number(todayInVietnam().slice(0, 4));
  return year > current ? `Năm ${year} chưa đến nên chưa thể xếp loại (năm hiện tại là ${current})` : null;
}

export async function listRatingsOf(ctx: ServiceContext, q: ListQuery): Promise<RatingListResponse> {
  const read = ratingReadScope(ctx);
  const rows = await listRatings(ctx.db, read, await listFilter(ctx.db, read, q));
  return { items: rows.map((r) => presentRating(r, can(ctx.actor, 'ratings.write', r.unit_path))) };
}

const withNames = (row: AnnualRatingRow, s: Subject): RatingWithSubject => ({
  ...row,
  unit_code: s.unit.code,
  unit_name: s.unit.name,
  unit_path: s.unit.path,
  person_name: s.person?.fullName ?? null,
});

export async function saveRating(ctx: ServiceContext, body: RatingBody): Promise<RatingDto> {
  assertRatingWriter(ctx);
  const late = ratingYearProblem(body.year);
  if (late) throw invalid(`${late}.`, { year: late });
  const read = ratingReadScope(ctx);
  const values: RatingValues = { rating: body.rating, source: body.source };
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const s = await writableSubject(trx, ctx.actor, { read, write: 'ratings.write', what: 'kết quả xếp loại' }, { kind: body.subjectKind, personId: body.personId, unitId: body.unitId });
      const before = await lockRatingOf(trx, s, body.year);
      if (before && before.rating === values.rating && before.source === values.source) return presentRating(withNames(before, s), true);
      const row = before ? await updateRating(trx, before.id, values, ctx.actor.userId) : await insertRating(trx, s, body.year, values, ctx.actor.userId);
      await recordAudit(trx, {
        userId: ctx.actor.userId,
        action: before ? 'annual_rating.update' : 'annual_rating.create',
        entity: 'annual_rating',
        entityId: row.id,
        unitId: row.unit_id,
        before: before ? ratingAudit(before) : null,
        after: ratingAudit(row),
        requestId: ctx.requestId,
      });
      return presentRating(withNames(row, s), true);
    });
  } catch (err) {
    if ((err as { code?: unknown }).code === '23505') throw conflict('Kết quả xếp loại này vừa được người khác ghi; tải lại rồi thử lại.');
    throw err;
  }
}

export async function removeRating(ctx: ServiceContext, id: number): Promise<{ deleted: true }> {
  assertRatingWriter(ctx);
  const read = ratingReadScope(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await findRating(trx, id);
    if (!row || !within(read, row.unit_path)) throw notFound('kết quả xếp loại');
    if (!can(ctx.actor, 'ratings.write', row.unit_path)) throw forbidden('Bạn không có quyền xóa kết quả xếp loại này.');
    await deleteRating(trx, id);
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: 'annual_rating.delete',
      entity: 'annual_rating',
      entityId: id,
      unitId: row.unit_id,
      before: ratingAudit(row),
      requestId: ctx.requestId,
    });
    return { deleted: true as const };
  });
}
