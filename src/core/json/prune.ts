import type { JsonArray, JsonNode, JsonObject } from './lossless';

/** How much of a tree `pruneJson` keeps. */
export interface PruneBudget {
  /** The most values kept in all (the root counts). */
  readonly nodes: number;
  /** The most children kept of any one object or array below the top level. */
  readonly children: number;
}

/** Enough for every claim a person reads, little enough to send between threads in a few milliseconds. */
export const VIEW_BUDGET: PruneBudget = { nodes: 20_000, children: 1_000 };

function childCount(node: JsonNode): number {
  return node.kind === 'object' ? node.members.length : node.kind === 'array' ? node.items.length : 0;
}

function childAt(node: JsonObject | JsonArray, i: number): JsonNode | undefined {
  return node.kind === 'object' ? node.members[i]?.value : node.items[i];
}

/**
 * A copy of a lossless tree cut down to a budget, breadth first: every member of the top object is kept before
 * anything deeper, so `exp` after a huge `groups` array survives, and a huge list keeps its first children. A
 * container that lost children says how many (`elided`); spans, names, digits and flags are as in the source.
 * Returns the tree itself when it fits. For trees sent across threads: cloning a whole megabyte-sized tree costs
 * more than decoding it.
 */
export function pruneJson(root: JsonNode, budget: PruneBudget = VIEW_BUDGET): JsonNode {
  const kept = new Map<JsonNode, number>();
  const queue: JsonNode[] = [root];
  let left = budget.nodes - 1;
  let cut = false;
  for (let at = 0; at < queue.length; at++) {
    const node = queue[at];
    if (node === undefined || (node.kind !== 'object' && node.kind !== 'array')) continue;
    const count = childCount(node);
    // The top level is cut by the node budget only: every claim of a claims set is listed, however many.
    const cap = node === root ? left : budget.children;
    const keep = Math.max(0, Math.min(count, cap, left));
    if (keep < count) cut = true;
    kept.set(node, keep);
    left -= keep;
    for (let i = 0; i < keep; i++) {
      const child = childAt(node, i);
      if (child !== undefined) queue.push(child);
    }
  }
  if (!cut) return root;
  const rebuild = (node: JsonNode): JsonNode => {
    if (node.kind !== 'object' && node.kind !== 'array') return node;
    const keep = kept.get(node) ?? 0;
    const elided = childCount(node) - keep;
    if (node.kind === 'array') {
      const items = node.items.slice(0, keep).map(rebuild);
      return elided > 0 ? { ...node, items, elided } : { ...node, items };
    }
    const members = node.members.slice(0, keep).map((m) => ({ ...m, value: rebuild(m.value) }));
    return elided > 0 ? { ...node, members, elided } : { ...node, members };
  };
  return rebuild(root);
}
