import type { JsonMember, JsonNode } from '../json/lossless';

/** RFC 6901 section 3: a JSON pointer reference token, with "~" and "/" escaped. */
function escapeToken(name: string): string {
  if (!name.includes('~') && !name.includes('/')) return name;
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** One object member met on a walk, with the JSON pointer of its value ("/payload/realm_access/roles"). */
export interface WalkedMember {
  readonly member: JsonMember;
  readonly pointer: string;
  /** How deep the member sits: 0 for a member of the root object. */
  readonly depth: number;
}

/** Walks made, by tree and base: the rules that walk a token's parts share one walk of each. */
const walks = new WeakMap<JsonNode, Map<string, readonly WalkedMember[]>>();

/**
 * Every object member of a JSON tree, depth first in source order, with its JSON pointer under `base`. The same
 * array for the same tree and base (a tree is never changed once decoded).
 */
export function toWalkedMembers(root: JsonNode, base: string): readonly WalkedMember[] {
  let byBase = walks.get(root);
  if (byBase === undefined) {
    byBase = new Map();
    walks.set(root, byBase);
  }
  const known = byBase.get(base);
  if (known !== undefined) return known;
  const found = walk(root, base);
  byBase.set(base, found);
  return found;
}

function walk(root: JsonNode, base: string): WalkedMember[] {
  const found: WalkedMember[] = [];
  const stack: Array<{ node: JsonNode; pointer: string; depth: number }> = [
    { node: root, pointer: base, depth: 0 },
  ];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === undefined) break;
    const { node, pointer, depth } = next;
    const children: Array<{ node: JsonNode; pointer: string; depth: number }> = [];
    if (node.kind === 'object') {
      for (const member of node.members) {
        const at = `${pointer}/${escapeToken(member.name.value)}`;
        found.push({ member, pointer: at, depth });
        children.push({ node: member.value, pointer: at, depth: depth + 1 });
      }
    } else if (node.kind === 'array') {
      node.items.forEach((item, i) => children.push({ node: item, pointer: `${pointer}/${i}`, depth }));
    }
    // In reverse, one at a time: spreading tens of thousands of children as arguments can overflow the stack.
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child !== undefined) stack.push(child);
    }
  }
  return found;
}
