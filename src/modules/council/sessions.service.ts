import type { ServiceContext } from '../../http/context';
import { conflict, invalid } from '../../http/errors';
import { recordAudit } from '../audit/audit.queries';
import { assertCan, scopePaths } from '../auth/scope';
import { visibleMovement } from '../movements/movement-access';
import { formatDay, todayInVietnam } from '../units/unit-period';
import { assertManage, visibleSession } from './council-access';
import { councilSettingsAt } from './council-settings';
import { listSessions as listRows, readyNominations } from './council.queries';
import { sessionDto, summaryDto } from './council.presenter';
import type { CreateSessionBody, SessionDto, SessionsQuery } from './council.schema';
import { loadParts } from './session-parts';

export async function getSession(ctx: ServiceContext, id: number): Promise<SessionDto> {
  const s = await visibleSession(ctx.db, ctx.actor, id);
  return sessionDto(s, await loadParts(ctx.db, s), ctx.actor);
}

/** Sessions of units where the actor is the standing office, and sessions the actor sits on. */
export async function listSessions(ctx: ServiceContext, query: SessionsQuery) {
  const prefixes = scopePaths(ctx.actor, 'council.manage');
  const rows = await listRows(ctx.db, prefixes, ctx.actor.userId, query);
  return { items: rows.map(summaryDto) };
}

export async function createSession(ctx: ServiceContext, body: CreateSessionBody): Promise<SessionDto> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    const unit = await trx.selectFrom('units').select(['id', 'name', 'path']).where('id', '=', body.unitId).executeTakeFirst();
    if (!unit) throw invalid('Đơn vị có Hội đồng không tồn tại.', { unitId: 'Không tìm thấy đơn vị' });
    assertCan(ctx.actor, 'council.manage', unit.path);
    const m = await visibleMovement(trx, ctx.actor, body.movementId);
    if (m.status === 'draft') throw conflict(`Phong trào «${m.title}» chưa ban hành: chưa thể họp xét khen thưởng.`, { movementId: 'Phong trào chưa ban hành' });
    const defaults = councilSettingsAt(body.meetingOn).settings;
    const row = await trx
      .insertInto('council_sessions')
      .values({
        unit_id: unit.id,
        movement_id: m.id,
        title: body.title,
        meeting_on: body.meetingOn,
        location: body.location,
        threshold_percent: body.thresholdPercent ?? defaults.thresholdPercent,
        quorum_percent: body.quorumPercent ?? defaults.quorumPercent,
        created_by: ctx.actor.userId,
      })
      .returning(['id', 'threshold_percent', 'quorum_percent'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: 'council.create',
      entity: 'council_session',
      entityId: row.id,
      unitId: unit.id,
      requestId: ctx.requestId,
      after: { title: body.title, movementId: m.id, meetingOn: body.meetingOn, location: body.location, thresholdPercent: Number(row.threshold_percent), quorumPercent: Number(row.quorum_percent) },
    });
    return row.id;
  });
  return getSession(ctx, id);
}

/** Nominations this session may take: see readyNominations. */
export async function candidates(ctx: ServiceContext, id: number) {
  const s = await visibleSession(ctx.db, ctx.actor, id);
  assertManage(ctx.actor, s);
  const rows = await readyNominations(ctx.db, s.unit_id, s.movement_id, todayInVietnam());
  return {
    items: rows.map((r) => ({
      nominationId: r.id,
      nomineeName: r.nominee_name,
      subjectKind: r.subject_kind,
      catalogueCode: r.catalogue_code,
      unit: { id: r.unit_id, name: r.unit_name },
      batch: { id: r.batch_id, title: r.batch_title, status: r.batch_status, proposingUnit: { id: r.proposing_unit_id, name: r.proposing_unit_name } },
    })),
  };
}

/** Why a nomination cannot go to this session's council, in words the standing officer can act on. */
export function whyNotReady(
  n: { nominee_name: string; status: string; movement_id: number; addressed_unit_id: number; batch_status: string; notice_to: string | null } | undefined,
  s: { unit_id: number; unit_name: string; movement_id: number },
  today: string,
): string {
  if (!n) return 'không tồn tại';
  const who = `«${n.nominee_name}»`;
  if (n.movement_id !== s.movement_id) return `${who} thuộc phong trào khác`;
  if (n.addressed_unit_id !== s.unit_id) return `${who} nằm trong tờ trình không gửi «${s.unit_name}»`;
  if (n.status !== 'de_nghi') return `${who} không còn ở trạng thái đề nghị`;
  if (n.batch_status === 'cong_khai' && n.notice_to !== null && n.notice_to >= today) return `${who} đang trong thời gian công khai đến hết ngày ${formatDay(n.notice_to)}`;
  if (n.batch_status !== 'da_gui' && n.batch_status !== 'cong_khai') return `tờ trình của ${who} chưa gửi hoặc đã xử lý`;
  return `${who} đã có trong một phiên họp khác chưa kết thúc`;
}
