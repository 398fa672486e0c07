/** A unit active on the chosen day, with the parent it had that day (from unit_parent_history). */
export interface AsOfNode {
  id: number;
  parentId: number | null;
  /** Current depth; used as the level of the scope roots, which are placed relative to nothing else. */
  depth: number;
}

export type PlacedNode<T extends AsOfNode> = T & {
  /** Level in the tree of that day, counted from the scope root's current depth. */
  depth: number;
  /** Path of ids in the tree of that day: '/1/5/9/' (root first), used for ordering. */
  path: string;
};

/**
 * The tree as it was on a day, limited to the subtrees of the scope roots as they were that day.
 * `nodes` are the units active that day (with that day's parent); `rootIds` the units the caller's
 * roles are granted on. A node is kept when its chain of parents that day reaches a scope root
 * through active nodes; others (moved in later, or hanging under a unit not active that day) are
 * dropped. Each node keeps that day's parentId, so a kept root may point at a unit outside the list,
 * as in the current tree. Result ordered by path: every parent before its children.
 */
export function treeAsOf<T extends AsOfNode>(nodes: readonly T[], rootIds: Iterable<number>): PlacedNode<T>[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const roots = new Set(rootIds);
  const placed = new Map<number, PlacedNode<T> | null>();

  const place = (node: T, visiting: Set<number>): PlacedNode<T> | null => {
    const known = placed.get(node.id);
    if (known !== undefined) return known;
    // Corrupt history could contain a cycle; such nodes belong to no tree.
    if (visiting.has(node.id)) return null;
    visiting.add(node.id);
    const parent = node.parentId === null ? undefined : byId.get(node.parentId);
    const above = parent ? place(parent, visiting) : null;
    let result: PlacedNode<T> | null = null;
    if (above) {
      result = { ...node, depth: above.depth + 1, path: `${above.path}${node.id}/` };
    } else if (roots.has(node.id)) {
      result = { ...node, path: `/${node.id}/` };
    }
    placed.set(node.id, result);
    return result;
  };

  const kept: PlacedNode<T>[] = [];
  for (const node of nodes) {
    const p = place(node, new Set());
    if (p) kept.push(p);
  }
  return kept.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
