import type { Db } from '../../db/database';
import type { Actor } from '../../http/context';
import { can, scopePaths } from '../auth/scope';
import { nextStatuses } from './lifecycle';
import type { PlanContent } from './model/plan-content.schema';
import { isVisible, seesDrafts } from './movement-access';
import { citesPlan } from './cascade/reference-match';
import { issuedOnDates, movementsWithOwner, versionsOf, type MovementWithOwner } from './movements.queries';
import { presentOwner, presentSummary, presentVersion, presentVersionWithContent } from './movements.presenter';
import type { MovementDetailDto, MovementStatus } from './movements.schema';

/** Holds the permission somewhere in the owner's subtree below it, or above it (so on the units below). */
const reachesBelow = (actor: Actor, permission: Parameters<typeof scopePaths>[1], ownerPath: string) =>
  scopePaths(actor, permission).some((p) => (p.startsWith(ownerPath) && p !== ownerPath) || ownerPath.startsWith(p));

/** The detail of a movement already known to be visible to the actor. */
export async function movementDetail(db: Db, actor: Actor, m: MovementWithOwner): Promise<MovementDetailDto> {
  const status = m.status as MovementStatus;
  const drafts = seesDrafts(actor, m);
  const all = await versionsOf(db, m.id);
  const versions = all.filter((v) => v.state === 'issued' || drafts);
  const current = all.find((v) => v.id === m.current_version_id) ?? all[all.length - 1]!;
  const draft = drafts ? all.find((v) => v.state === 'draft') : undefined;

  const [parentRows, childRows] = await Promise.all([
    m.parent_movement_id === null ? Promise.resolve([]) : movementsWithOwner(db, { ids: [m.parent_movement_id] }),
    movementsWithOwner(db, { parentId: m.id }),
  ]);
  const parent = parentRows.find((p) => isVisible(actor, p));
  const content = current.content as PlanContent;
  const cited = content.references.filter((r) => r.number !== null && r.issuedOn !== null);
  const candidates = (await issuedOnDates(db, [...new Set(cited.map((r) => r.issuedOn!))])).filter((x) => x.id !== m.id && isVisible(actor, x));
  const linkedReferences = cited.flatMap((r) => {
    const hit = candidates.find((x) => citesPlan(r, x));
    return hit ? [{ key: r.key, movementId: hit.id, title: hit.title }] : [];
  });

  const mayIssue = can(actor, 'movements.issue', m.owner_path);
  const live = status !== 'draft' && status !== 'closed';
  return {
    ...presentSummary(m, { hasDraft: draft !== undefined, versionCount: all.filter((v) => v.state === 'issued').length }),
    parent: parent ? { id: parent.id, title: parent.title, number: parent.number, owner: presentOwner(parent) } : null,
    children: childRows
      .filter((c) => isVisible(actor, c))
      .map((c) => ({ id: c.id, title: c.title, status: c.status as MovementStatus, owner: presentOwner(c) })),
    current: presentVersionWithContent(current),
    draft: draft ? presentVersionWithContent(draft) : null,
    versions: versions.map(presentVersion),
    linkedReferences,
    allowedStatuses: mayIssue ? nextStatuses(status) : [],
    can: {
      edit: status !== 'closed' && can(actor, 'movements.write', m.owner_path),
      copy: can(actor, 'movements.write', m.owner_path),
      issue: mayIssue && draft !== undefined,
      cascade: live && reachesBelow(actor, 'movements.write', m.owner_path),
      markDeadlines: status !== 'draft' && reachesBelow(actor, 'deadlines.mark', m.owner_path),
    },
  };
}
