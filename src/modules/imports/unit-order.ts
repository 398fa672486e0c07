/**
 * The tree the units will form once the file is applied. A row may name a parent that appears later
 * in the file, or move an existing unit, so the final shape is worked out before anything is written:
 * each unit's depth (parents are written first), the cycles to refuse, and every final path.
 */

/** Parent code of a unit in the final tree; null for a top-level unit, undefined when unknown. */
export type ParentOf = (code: string) => string | null | undefined;

export interface TreeOrder {
  /** Final depth (0 = top level) of every unit reached, cycles excluded. */
  depth: Map<string, number>;
  /** For each unit on a cycle: the cycle read from that unit upwards, back to itself. */
  cycles: Map<string, string[]>;
}

export function orderTree(codes: Iterable<string>, parentOf: ParentOf): TreeOrder {
  const depth = new Map<string, number>();
  const cycles = new Map<string, string[]>();
  // Units above a cycle never reach the top; they are simply not given a depth.
  const doomed = new Set<string>();

  for (const start of codes) {
    if (depth.has(start) || cycles.has(start) || doomed.has(start)) continue;
    const chain: string[] = [];
    const onChain = new Map<string, number>();
    let current: string | null | undefined = start;
    let base = -1;
    let blocked = false;
    while (current !== null && current !== undefined) {
      const known = depth.get(current);
      if (known !== undefined) {
        base = known;
        break;
      }
      if (cycles.has(current) || doomed.has(current)) {
        blocked = true;
        break;
      }
      const seenAt = onChain.get(current);
      if (seenAt !== undefined) {
        const loop = chain.slice(seenAt);
        loop.forEach((code, i) => cycles.set(code, [...loop.slice(i), ...loop.slice(0, i), code]));
        chain.length = seenAt;
        blocked = true;
        break;
      }
      onChain.set(current, chain.length);
      chain.push(current);
      current = parentOf(current);
    }
    if (blocked) {
      chain.forEach((code) => doomed.add(code));
      continue;
    }
    for (let i = chain.length - 1; i >= 0; i--) depth.set(chain[i]!, base + (chain.length - i));
  }
  return { depth, cycles };
}

/**
 * Final materialised paths ('/1/5/9/') for any unit whose ancestors are all known. Memoised: a
 * file of thousands of units under one province walks each branch once.
 */
export function pathResolver(idOf: (code: string) => number, parentOf: ParentOf): (code: string) => string {
  const memo = new Map<string, string>();
  // Iterative, so a pathological chain thousands deep cannot overflow the stack.
  const resolve = (code: string): string => {
    const chain: string[] = [];
    let current: string | null | undefined = code;
    let prefix = '/';
    while (current) {
      const hit = memo.get(current);
      if (hit) {
        prefix = hit;
        break;
      }
      chain.push(current);
      current = parentOf(current);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      prefix = `${prefix}${idOf(chain[i]!)}/`;
      memo.set(chain[i]!, prefix);
    }
    return prefix;
  };
  return resolve;
}
