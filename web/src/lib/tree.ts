import { searchKey } from '../../../src/lib/text';

export interface FlatNode {
  id: number;
  parentId: number | null;
}

export type TreeNode<T extends FlatNode> = T & { children: TreeNode<T>[] };

/**
 * Nests a flat list (ordered by path) into a forest. A node whose parent is absent — the root of a
 * user's scope, or a unit outside the filter — becomes a root, so nothing silently disappears.
 */
export function buildForest<T extends FlatNode>(items: readonly T[]): TreeNode<T>[] {
  const byId = new Map<number, TreeNode<T>>();
  for (const item of items) byId.set(item.id, { ...item, children: [] });
  const roots: TreeNode<T>[] = [];
  for (const item of items) {
    const node = byId.get(item.id)!;
    const parent = item.parentId === null ? undefined : byId.get(item.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

export interface TreeSearch {
  /** Nodes to show: the matches and every ancestor leading to them. */
  visible: Set<number>;
  matches: Set<number>;
  /** Ancestors to expand so every match can be seen. */
  expand: Set<number>;
}

/**
 * Finds nodes whose text matches the query, ignoring diacritics, đ and case ("tra lam" ~ "Trà Lâm").
 * `foldedText` must return text already passed through searchKey: callers fold each node once, not
 * once per keystroke, which matters with tens of thousands of units.
 */
export function searchTree<T extends FlatNode>(items: readonly T[], query: string, foldedText: (item: T) => string): TreeSearch | null {
  const key = searchKey(query);
  if (!key) return null;
  const byId = new Map(items.map((i) => [i.id, i]));
  const visible = new Set<number>();
  const matches = new Set<number>();
  const expand = new Set<number>();
  for (const item of items) {
    if (!foldedText(item).includes(key)) continue;
    matches.add(item.id);
    visible.add(item.id);
    let parentId = item.parentId;
    while (parentId !== null && byId.has(parentId) && !expand.has(parentId)) {
      expand.add(parentId);
      visible.add(parentId);
      parentId = byId.get(parentId)!.parentId;
    }
  }
  return { visible, matches, expand };
}

/** Ids of a node and everything below it, e.g. to refuse moving a unit under its own descendant. */
export function subtreeIds<T extends FlatNode>(items: readonly T[], rootId: number): Set<number> {
  const children = new Map<number, number[]>();
  for (const i of items) {
    if (i.parentId === null) continue;
    children.set(i.parentId, [...(children.get(i.parentId) ?? []), i.id]);
  }
  const out = new Set<number>();
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** The chain root → … → node, for breadcrumbs. */
export function ancestry<T extends FlatNode>(items: readonly T[], id: number): T[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const chain: T[] = [];
  let current = byId.get(id);
  while (current && chain.length <= items.length) {
    chain.unshift(current);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return chain;
}
