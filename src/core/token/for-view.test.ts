import { describe, expect, it, vi } from 'vitest';
import { parseLosslessJson } from '../json/lossless';
import { toPrettyJson } from '../json/pretty';
import { treeOfTape } from '../json/tape-tree';
import { compact, HS256_HEADER } from '../testing/build-token';
import { decodeToken } from './decode';
import { toViewDecoded } from './for-view';

// Counts the trees made from tapes, to show which are never made.
vi.mock('../json/tape-tree', async (importOriginal) => {
  const original = await importOriginal<typeof import('../json/tape-tree')>();
  return { ...original, treeOfTape: vi.fn(original.treeOfTape) };
});

describe('toViewDecoded: a decoded token small enough to send to the page', () => {
  it('returns a token that fits as it is', () => {
    const decoded = decodeToken(compact(HS256_HEADER, '{"sub":"a","roles":["x","y"]}'));
    expect(toViewDecoded(decoded)).toBe(decoded);
  });

  it('cuts a big payload tree down, keeping every top-level claim and the pretty text of the whole', () => {
    const groups = Array.from({ length: 5000 }, (_, i) => `g-${i}`);
    const payload = `{"sub":"a","groups":${JSON.stringify(groups)},"exp":1700000000,"n":12345678901234567890}`;
    const decoded = decodeToken(compact(HS256_HEADER, payload));
    const view = toViewDecoded(decoded, { nodes: 100, children: 50 });
    const content = view.payload?.content;
    if (content?.kind !== 'json' || content.json.kind !== 'object') throw new Error('json object expected');
    expect(content.json.members.map((m) => m.name.value)).toEqual(['sub', 'groups', 'exp', 'n']);
    expect(content.json.members[1]?.value).toMatchObject({ kind: 'array', elided: 4950 });
    const whole =
      decoded.payload?.content?.kind === 'json' ? toPrettyJson(decoded.payload.content.json) : undefined;
    expect(content.pretty?.text).toBe(whole?.text);
    // Only flagged runs travel: the editor colours the text itself.
    expect(content.pretty?.runs).toEqual([
      expect.objectContaining({ inexact: true, jsText: '12345678901234567000' }),
    ]);
    expect(view.notes).toEqual(decoded.notes);
    expect(view.headerObject).toBe(
      view.header?.content?.kind === 'json' ? view.header.content.json : undefined,
    );
  });

  it('survives structured cloning, as a worker answer must', () => {
    const groups = Array.from({ length: 2000 }, (_, i) => ({ id: i }));
    const decoded = decodeToken(compact(HS256_HEADER, JSON.stringify({ groups })));
    const view = toViewDecoded(decoded, { nodes: 500, children: 100 });
    expect(structuredClone(view)).toEqual(view);
  });

  it('makes the view of a payload decoded here straight from its tape: its whole tree is never made', () => {
    const groups = Array.from({ length: 5000 }, (_, i) => ({ id: i, name: `g-${i}` }));
    const payloadText = JSON.stringify({ sub: 'a', groups, exp: 1700000000 });
    vi.mocked(treeOfTape).mockClear();
    const view = toViewDecoded(decodeToken(compact(HS256_HEADER, payloadText)), { nodes: 100, children: 50 });
    const madeFor = vi.mocked(treeOfTape).mock.calls.map(([text]) => text);
    expect(madeFor).not.toContain(payloadText);
    const content = view.payload?.content;
    if (content?.kind !== 'json' || content.json.kind !== 'object') throw new Error('json object expected');
    expect(content.json.members.map((m) => m.name.value)).toEqual(['sub', 'groups', 'exp']);
    const whole = parseLosslessJson(payloadText);
    expect(content.pretty?.text).toBe(whole.ok ? toPrettyJson(whole.value).text : undefined);
  });

  it('a part decoded lazily reads, spreads and clones as the whole tree', () => {
    const payloadText = `{"sub":"a","n":[1,2.50,"x\\u0041"],"pad":"${'p'.repeat(20_000)}","sub":"b"}`;
    const decoded = decodeToken(compact(HS256_HEADER, payloadText));
    const whole = parseLosslessJson(payloadText);
    if (!whole.ok) throw new Error('json expected');
    const content = decoded.payload?.content;
    expect(content).toMatchObject({ kind: 'json', text: payloadText });
    expect(structuredClone(decoded).payload?.content).toStrictEqual({
      kind: 'json',
      text: payloadText,
      json: whole.value,
    });
    expect({ ...content }).toStrictEqual({ kind: 'json', text: payloadText, json: whole.value });
  });
});
