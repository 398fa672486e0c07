import type { Db } from '../../db/database';

/**
 * The content of a plan version, kept in memory once it is ISSUED: an issued version is immutable
 * (the database refuses to change it: migration 002), so the copy can never be stale, and the
 * busiest write — a result, checked against the plan in force — no longer fetches and parses the
 * whole plan every time. Drafts are never cached. Callers must not mutate what they get.
 */
const MAX_VERSIONS = 200;
const cache = new Map<number, unknown>();

export async function versionContent(db: Db, versionId: number): Promise<unknown> {
  const hit = cache.get(versionId);
  if (hit !== undefined) {
    // Least recently used goes first: re-inserting moves this one to the end.
    cache.delete(versionId);
    cache.set(versionId, hit);
    return hit;
  }
  const row = await db.selectFrom('movement_versions').select(['content', 'state']).where('id', '=', versionId).executeTakeFirstOrThrow();
  if (row.state === 'issued') {
    cache.set(versionId, row.content);
    if (cache.size > MAX_VERSIONS) cache.delete(cache.keys().next().value as number);
  }
  return row.content;
}
