import type { ServiceContext } from '../../http/context';
import { notFound } from '../../http/errors';
import { can, requireScope } from '../auth/scope';
import { actionLabel, entityLabel } from './audit-labels';
import { auditFacets, listAudit } from './audit.queries';
import type { AuditFiltersResponse, AuditListResponse, AuditQuery } from './audit.schema';

export async function listAuditEntries(ctx: ServiceContext, q: AuditQuery): Promise<AuditListResponse> {
  const prefixes = requireScope(ctx.actor, 'audit.read');
  let unitPath: string | null = null;
  if (q.unitId) {
    const unit = await ctx.db.selectFrom('units').select('path').where('id', '=', q.unitId).executeTakeFirst();
    if (!unit || !can(ctx.actor, 'audit.read', unit.path)) throw notFound('đơn vị');
    unitPath = unit.path;
  }
  const { rows, total } = await listAudit(ctx.db, prefixes, q, unitPath);
  return {
    total,
    items: rows.map((r) => ({
      id: Number(r.id),
      at: new Date(r.at).toISOString(),
      userId: r.user_id,
      userName: r.user_name,
      action: r.action,
      actionLabel: actionLabel(r.action),
      entity: r.entity,
      entityLabel: entityLabel(r.entity),
      entityId: r.entity_id,
      unitId: r.unit_id,
      unitName: r.unit_name,
      before: r.before ?? null,
      after: r.after ?? null,
      requestId: r.request_id,
    })),
  };
}

export async function auditFilters(ctx: ServiceContext): Promise<AuditFiltersResponse> {
  const prefixes = requireScope(ctx.actor, 'audit.read');
  const f = await auditFacets(ctx.db, prefixes);
  return {
    entities: f.entities.map((e) => ({ value: e, label: entityLabel(e) })),
    actions: f.actions.map((a) => ({ value: a, label: `${entityLabel(a.split('.')[0] ?? a)}: ${actionLabel(a)}` })),
    users: f.users.map((u) => ({ id: u.id, name: u.full_name })),
  };
}
