import type { ServiceContext } from '../../http/context';
import { notFound } from '../../http/errors';
import { can } from '../auth/scope';
import { awardsOf } from './decisions.queries';
import { toAwardDto } from './decisions.presenter';

/** A person's award history (khen thưởng đã nhận), for whoever may read that person. */
export async function personAwards(ctx: ServiceContext, personId: number) {
  const p = await ctx.db.selectFrom('people as p').innerJoin('units as u', 'u.id', 'p.unit_id').select(['p.id', 'u.path']).where('p.id', '=', personId).executeTakeFirst();
  if (!p || !can(ctx.actor, 'people.read', p.path)) throw notFound('cá nhân');
  return { items: (await awardsOf(ctx.db, { personId })).map(toAwardDto) };
}

/** A unit's award history: the collective's own awards and those of its people. */
export async function unitAwards(ctx: ServiceContext, unitId: number) {
  const u = await ctx.db.selectFrom('units').select(['id', 'path']).where('id', '=', unitId).executeTakeFirst();
  if (!u || !can(ctx.actor, 'units.read', u.path)) throw notFound('đơn vị');
  return { items: (await awardsOf(ctx.db, { unitId })).map(toAwardDto) };
}
