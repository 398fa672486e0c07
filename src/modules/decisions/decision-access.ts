import type { Db } from '../../db/database';
import type { Actor } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { roleAllows } from '../auth/roles';
import { scopePaths } from '../auth/scope';
import { decisionById, type DecisionRow } from './decisions.queries';

/** Who reads decisions and inboxes: the standing office that drafts, the leader who signs, the reviewers. */
export function readPaths(actor: Actor): string[] {
  const all = [...scopePaths(actor, 'decisions.draft'), ...scopePaths(actor, 'decisions.sign'), ...scopePaths(actor, 'nominations.review')];
  const unique = [...new Set(all)];
  return unique.filter((p) => !unique.some((o) => o !== p && p.startsWith(o)));
}

export function requireReadPaths(actor: Actor): string[] {
  const paths = readPaths(actor);
  if (paths.length === 0) throw new AppError('forbidden', 'Bạn không có quyền xem quyết định khen thưởng.');
  return paths;
}

/** A decision the reader may see; 404 otherwise (its existence is not disclosed). */
export async function visibleDecision(db: Db, actor: Actor, id: number, forUpdate = false): Promise<DecisionRow> {
  const paths = requireReadPaths(actor);
  const d = await decisionById(db, id, forUpdate);
  if (!d || !paths.some((p) => d.unit_path.startsWith(p))) throw notFound('quyết định khen thưởng');
  return d;
}

/**
 * Thẩm quyền ký: the head of the grantor unit signs, so a leader's grant must be on that very unit (a
 * leader of the province does not sign a Sở's Giấy khen); an administrator may record the signature
 * for any unit in their subtree.
 */
export function holdsSigningPower(actor: Actor, unit: { id: number; path: string }): boolean {
  return actor.roles.some(
    (g) => roleAllows(g.role, 'decisions.sign') && (g.role === 'admin' ? unit.path.startsWith(g.unitPath) : g.unitId === unit.id),
  );
}
