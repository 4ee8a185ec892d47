import { describe, expect, it } from 'vitest';
import { toPrettyJson } from '../json/pretty';
import { compact, HS256_HEADER } from '../testing/build-token';
import { decodeToken } from './decode';
import { toViewDecoded } from './for-view';

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
});
