import { describe, expect, it } from 'vitest';
import { parseLosslessJson, type JsonNode } from '../json/lossless';
import { toWalkedMembers } from './walk-json';

function tree(text: string): JsonNode {
  const parsed = parseLosslessJson(text);
  if (!parsed.ok) throw new Error('not JSON');
  return parsed.value;
}

describe('toWalkedMembers', () => {
  it('lists every member, an object’s own members before those below them, with RFC 6901 pointers', () => {
    const walked = toWalkedMembers(tree('{"a":{"b/c":1,"d~e":[{"f":2}]},"g":3}'), '/payload');
    expect(walked.map((w) => [w.pointer, w.depth])).toEqual([
      ['/payload/a', 0],
      ['/payload/g', 0],
      ['/payload/a/b~1c', 1],
      ['/payload/a/d~0e', 1],
      ['/payload/a/d~0e/0/f', 2],
    ]);
  });

  it('is the same walk for the same tree and base, and its own for another base', () => {
    const root = tree('{"a":1}');
    expect(toWalkedMembers(root, '/payload')).toBe(toWalkedMembers(root, '/payload'));
    expect(toWalkedMembers(root, '/header')[0]?.pointer).toBe('/header/a');
  });

  it('walks an object of 200,000 members and an array of as many without running out of stack', () => {
    const members = Array.from({ length: 200_000 }, (_, i) => `"m${i}":[${i}]`).join(',');
    expect(toWalkedMembers(tree(`{${members}}`), '')).toHaveLength(200_000);
    const items = Array.from({ length: 200_000 }, (_, i) => `{"i":${i}}`).join(',');
    const walked = toWalkedMembers(tree(`[${items}]`), '');
    expect(walked).toHaveLength(200_000);
    expect(walked[199_999]?.pointer).toBe('/199999/i');
  });
});
