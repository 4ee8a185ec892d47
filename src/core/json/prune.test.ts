import { describe, expect, it } from 'vitest';
import { parseLosslessJson, rawOf, type JsonNode } from './lossless';
import { pruneJson } from './prune';

function parsed(text: string): JsonNode {
  const result = parseLosslessJson(text);
  if (!result.ok) throw new Error(result.error.detail);
  return result.value;
}

function count(node: JsonNode): number {
  if (node.kind === 'object') return 1 + node.members.reduce((n, m) => n + count(m.value), 0);
  if (node.kind === 'array') return 1 + node.items.reduce((n, item) => n + count(item), 0);
  return 1;
}

describe('pruneJson', () => {
  it('returns the tree itself when it fits the budget', () => {
    const root = parsed('{"a":[1,2,3],"b":{"c":true}}');
    expect(pruneJson(root, { nodes: 100, children: 10 })).toBe(root);
  });

  it('keeps every top-level member (exp after a huge list) and cuts the list, saying how much', () => {
    const groups = Array.from({ length: 5000 }, (_, i) => `"g${i}"`).join(',');
    const root = parsed(`{"sub":"a","groups":[${groups}],"exp":1700000000}`);
    const pruned = pruneJson(root, { nodes: 1000, children: 500 });
    if (pruned.kind !== 'object') throw new Error('object expected');
    expect(pruned.members.map((m) => m.name.value)).toEqual(['sub', 'groups', 'exp']);
    const list = pruned.members[1]?.value;
    expect(list).toMatchObject({ kind: 'array', elided: 4500 });
    expect(list?.kind === 'array' && list.items).toHaveLength(500);
    const exp = pruned.members[2]?.value;
    expect(exp?.kind === 'number' && rawOf(exp)).toBe('1700000000');
    expect(pruned.elided).toBeUndefined();
  });

  it('keeps top-level members past the per-container cap, up to the node budget', () => {
    const members = Array.from({ length: 2000 }, (_, i) => `"group-${i}":"role-${i}"`).join(',');
    const pruned = pruneJson(parsed(`{${members},"sub":"x"}`), { nodes: 20_000, children: 1000 });
    expect(pruned.kind === 'object' && pruned.members.map((m) => m.name.value).slice(-2)).toEqual([
      'group-1999',
      'sub',
    ]);
    const capped = pruneJson(parsed(`{${members}}`), { nodes: 101, children: 1000 });
    expect(capped).toMatchObject({ kind: 'object', elided: 1900 });
  });

  it('never keeps more nodes than the budget, breadth first', () => {
    const deep = parsed(
      JSON.stringify({
        a: { b: { c: { d: [1, 2, 3, 4, 5] } } },
        e: [
          [1, 2],
          [3, 4],
        ],
      }),
    );
    for (const nodes of [1, 2, 3, 5, 8, 13]) {
      expect(count(pruneJson(deep, { nodes, children: 100 }))).toBeLessThanOrEqual(nodes);
    }
  });

  it('keeps spans and raw text of what it keeps', () => {
    const text = '[{"n":12345678901234567890,"n":1}, 2, 3]';
    const pruned = pruneJson(parsed(text), { nodes: 3, children: 2 });
    if (pruned.kind !== 'array') throw new Error('array expected');
    expect(pruned.elided).toBe(1);
    const first = pruned.items[0];
    expect(first && text.slice(first.from, first.to)).toBe('{"n":12345678901234567890,"n":1}');
    expect(first).toMatchObject({ kind: 'object', hasDuplicates: true, elided: 2 });
  });
});
