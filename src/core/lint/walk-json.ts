import type { JsonMember, JsonNode } from '../json/lossless';

/** RFC 6901 section 3: a JSON pointer reference token, with "~" and "/" escaped. */
function escapeToken(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** One object member met on a walk, with the JSON pointer of its value ("/payload/realm_access/roles"). */
export interface WalkedMember {
  readonly member: JsonMember;
  readonly pointer: string;
  /** How deep the member sits: 0 for a member of the root object. */
  readonly depth: number;
}

/** Every object member of a JSON tree, depth first in source order, with its JSON pointer under `base`. */
export function toWalkedMembers(root: JsonNode, base: string): WalkedMember[] {
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
    stack.push(...children.reverse());
  }
  return found;
}
