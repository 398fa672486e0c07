import type { Db } from '../../db/database';
import type { ServiceContext } from '../../http/context';
import { conflict, forbidden, invalid, notFound } from '../../http/errors';
import { recordAudit } from '../audit/audit.queries';
import { can, requireScope, scopePaths } from '../auth/scope';
import { contentInForce } from '../movements/cascade/cascade.queries';
import type { PlanContent } from '../movements/model/plan-content.schema';
import { visibleMovement } from '../movements/movement-access';
import { findUnit } from '../units/units.queries';
import { formatDay } from '../units/unit-period';
import { defaultAddressee } from './addressed-unit';
import { visibleBatch } from './batch-access';
import { resolveDueOn } from './due-date';
import { nearDuplicates } from './duplicates';
import { findBatch, insertBatch, nominationsOf, reportsInMovementYear, visibleBatches, type BatchRow } from './nominations.queries';
import type { BatchDetailDto, BatchListQuery, BatchSummaryDto, CreateBatchBody } from './nominations.schema';
import { presentBatch, presentNomination } from './presenter';
import { achievementText, readReport } from './report.schema';
import { nominationSettings } from './settings';

export const planOf = async (db: Db, movementId: number) => (await contentInForce(db, movementId)) as PlanContent;

export async function listBatches(ctx: ServiceContext, q: BatchListQuery): Promise<{ items: BatchSummaryDto[] }> {
  const prefixes = requireScope(ctx.actor, 'movements.read');
  if (q.movementId !== undefined) await visibleMovement(ctx.db, ctx.actor, q.movementId);
  const rows = await visibleBatches(ctx.db, prefixes, q);
  return { items: rows.map((b) => presentBatch(b, ctx.actor)) };
}

function quotaText(q: PlanContent['awards'][number]['quota']): string | null {
  if (q.text) return q.text;
  const parts = [q.collectives !== null ? `${q.collectives} tập thể` : null, q.individuals !== null ? `${q.individuals} cá nhân` : null, q.percent !== null ? `${q.percent}%` : null].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}

/** The batch with its nominations, the near-duplicate reports among what the reader sees, and the plan's award offers. */
export async function presentBatchDetail(db: Db, ctx: ServiceContext, b: BatchRow): Promise<BatchDetailDto> {
  const content = await planOf(db, b.movement_id);
  const rows = await nominationsOf(db, [b.id]);
  const reports = await reportsInMovementYear(db, b.movement_id, b.year, scopePaths(ctx.actor, 'movements.read'));
  const names = new Map(reports.map((r) => [r.id, r.nominee_name]));
  const mine = new Set(rows.filter((r) => r.status !== 'rut').map((r) => r.id));
  const pairs = nearDuplicates(
    reports.map((r) => ({ id: r.id, text: achievementText(readReport(r.report)) })),
    nominationSettings.duplicateThreshold,
    nominationSettings.shingleSize,
  ).filter((p) => mine.has(p.a) || mine.has(p.b));
  return {
    ...presentBatch(b, ctx.actor),
    nominations: rows.map((n) => presentNomination(n, content, b.year)),
    duplicates: pairs.map((p) => ({ a: { id: p.a, name: names.get(p.a)! }, b: { id: p.b, name: names.get(p.b)! }, similarity: p.similarity })),
    awardOffers: content.awards.map((a) => ({ key: a.key, name: a.name, form: a.form, recipients: a.recipients, quota: quotaText(a.quota) })),
    duplicateThreshold: nominationSettings.duplicateThreshold,
  };
}

export async function batchDetail(ctx: ServiceContext, id: number): Promise<BatchDetailDto> {
  return presentBatchDetail(ctx.db, ctx, await visibleBatch(ctx.db, ctx.actor, id));
}

/**
 * A draft đợt đề nghị of a proposing unit for a movement and year: addressed by default to the level
 * that considers it (addressed-unit.ts), due on the plan's deadline for the award in that year.
 */
export async function createBatch(ctx: ServiceContext, body: CreateBatchBody): Promise<BatchDetailDto> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    const m = await visibleMovement(trx, ctx.actor, body.movementId);
    if (m.status === 'draft') throw conflict(`Phong trào «${m.title}» chưa ban hành: chưa thể đề nghị khen thưởng.`, { movementId: 'Phong trào chưa ban hành' });
    if ((m.year_from !== null && body.year < m.year_from) || (m.year_to !== null && body.year > m.year_to))
      throw invalid(`Năm ${body.year} nằm ngoài thời gian của phong trào (${m.year_from ?? '…'}–${m.year_to ?? '…'}).`, { year: 'Ngoài thời gian của phong trào' });
    const unit = await findUnit(trx, body.proposingUnitId);
    if (!unit || !can(ctx.actor, 'movements.read', unit.path)) throw notFound('đơn vị đề nghị');
    if (!can(ctx.actor, 'nominations.submit', unit.path)) throw forbidden(`Bạn không có quyền lập đề nghị khen thưởng của «${unit.name}».`);
    if (!unit.path.startsWith(m.owner_path)) throw invalid(`«${unit.name}» không thuộc phạm vi của phong trào «${m.title}».`, { proposingUnitId: 'Ngoài phạm vi phong trào' });
    const content = await planOf(trx, m.id);
    const offer = body.awardKey ? (content.awards.find((a) => a.key === body.awardKey) ?? null) : null;
    if (body.awardKey && !offer) throw invalid(`Kế hoạch không có hình thức khen thưởng «${body.awardKey}».`, { awardKey: 'Không có trong kế hoạch' });

    let addressedId = body.addressedUnitId;
    if (addressedId === undefined) addressedId = await defaultAddressee(trx, m.id, unit, offer);
    const addressed = await findUnit(trx, addressedId);
    if (!addressed || !unit.path.startsWith(addressed.path))
      throw invalid('Đơn vị nhận đề nghị phải là chính đơn vị đề nghị hoặc một cấp trên của đơn vị đó.', { addressedUnitId: 'Không phải cấp trên của đơn vị đề nghị' });

    const due = resolveDueOn(content, offer?.key ?? null, unit, body.year);
    if (body.dueOn !== undefined && due.dueOn !== null && body.dueOn !== due.dueOn)
      throw invalid(`Hạn gửi đề nghị lấy theo kế hoạch («${due.deadlineTitle}»: ${formatDay(due.dueOn)}), không nhập khác.`, { dueOn: `Theo kế hoạch: ${formatDay(due.dueOn)}` });
    const row = await insertBatch(trx, {
      movement_id: m.id,
      year: body.year,
      proposing_unit_id: unit.id,
      addressed_unit_id: addressed.id,
      title: body.title ?? `Đề nghị khen thưởng năm ${body.year} của ${unit.name}${offer ? ` (${offer.name})` : ''}`,
      due_on: due.dueOn ?? body.dueOn ?? null,
      created_by: ctx.actor.userId,
    });
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: 'nomination_batch.create',
      entity: 'nomination_batch',
      entityId: row.id,
      unitId: unit.id,
      requestId: ctx.requestId,
      after: { movementId: m.id, year: body.year, proposingUnitId: unit.id, addressedUnitId: addressed.id, dueOn: row.due_on, title: row.title },
    });
    return row.id;
  });
  const b = await findBatch(ctx.db, id);
  return presentBatchDetail(ctx.db, ctx, b!);
}
