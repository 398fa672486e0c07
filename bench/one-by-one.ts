import { cleanText, searchKey } from '../src/lib/text';
import { HISTORY_ORIGIN, insertUnit, type ParentPlace } from '../src/modules/units/units.queries';
import type { BenchDatabase, RawSql } from './engines';
import type { PathTiming } from './load';

/**
 * Units created one at a time (insertUnit: the units service, the seed builders and the test
 * factories) under one parent, against the same three statements by hand. Each chunk runs in a
 * transaction that is rolled back, so the measured database keeps exactly the generated organisation.
 */
export async function measureOneByOne(
  target: BenchDatabase,
  parent: { id: number } & ParentPlace,
  count: number,
): Promise<{ app: PathTiming; hand: PathTiming }> {
  const result = { app: { rows: 0, ms: 0 }, hand: { rows: 0, ms: 0 } };
  const perChunk = Math.max(1, Math.ceil(count / 10));
  for (let chunk = 0, done = 0; done < count; chunk++, done += perChunk) {
    const byApp = chunk % 2 === 0;
    const inputs = Array.from({ length: Math.min(perChunk, count - done) }, (_, i) => ({
      code: `BENCH-${done + i}`,
      name: `Phòng đo hiệu năng số ${done + i}`,
      kind: 'phong',
      parentId: parent.id,
      validFrom: '2025-07-01',
    }));
    let elapsed = 0;
    await rolledBack(async () => {
      const t0 = performance.now();
      if (byApp) {
        await target.db.transaction().execute(async (trx) => {
          for (const input of inputs) await insertUnit(trx, input, parent);
          elapsed = performance.now() - t0;
          throw ROLLBACK;
        });
      } else {
        await target.raw.transaction(async (q) => {
          for (const input of inputs) await insertUnitByHand(q, input, parent);
          elapsed = performance.now() - t0;
          throw ROLLBACK;
        });
      }
    });
    const timing = byApp ? result.app : result.hand;
    timing.ms += elapsed;
    timing.rows += inputs.length;
  }
  return result;
}

const ROLLBACK = new Error('rollback');

async function rolledBack(fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (err) {
    if (err !== ROLLBACK) throw err;
  }
}

/** insertUnit's three statements, by hand. */
async function insertUnitByHand(
  q: RawSql,
  input: { code: string; name: string; kind: string; parentId: number; validFrom: string },
  parent: ParentPlace,
) {
  const name = cleanText(input.name);
  const [inserted] = await q.query<{ id: number }>(
    `insert into units (code, name, short_name, kind, parent_id, path, depth, valid_from, valid_to, search_key)
     values ($1, $2, null, $3, $4, 'pending', $5, $6, null, $7) returning id`,
    [cleanText(input.code), name, input.kind, input.parentId, parent.depth + 1, input.validFrom, searchKey(name)],
  );
  const id = (inserted as { id: number }).id;
  const [unit] = await q.query<{ id: number; parent_id: number | null }>('update units set path = $1 where id = $2 returning *', [
    `${parent.path}${id}/`,
    id,
  ]);
  await q.query('insert into unit_parent_history (unit_id, parent_id, valid_from, valid_to) values ($1, $2, $3, null)', [
    unit?.id,
    unit?.parent_id,
    input.validFrom ?? HISTORY_ORIGIN,
  ]);
}
