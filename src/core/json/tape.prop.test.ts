import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanJsonDirect } from '../testing/direct-json-scan';
import { scanJson } from './scan';
import { childCountAt, spanAt } from './tape';
import { treeOfTape } from './tape-tree';
import { prettyOfTape, pruneTape } from './tape-view';
import { toPrettyJson } from './pretty';
import { pruneJson } from './prune';

/** Member names from a few letters, some written with escapes, so objects often repeat a name in two spellings. */
const name = fc.constantFrom(
  '"a"',
  '"b"',
  '"\\u0061"',
  '"a\\n"',
  '"ab"',
  '"\\/"',
  '"/"',
  '""',
  '"é"',
  '"\\u00e9"',
);

const number = fc.oneof(
  fc.constantFrom(
    '0',
    '-0',
    '3.0',
    '1e400',
    '-1E-7',
    '12345678901234567890',
    '0.1',
    '1.5e3',
    '123456789012345',
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
  fc.bigInt().map(String),
);

const space = fc.constantFrom('', ' ', '\n', '\t ', '\r\n');

/** JSON texts with what the tape flags: repeated names (in any spelling), numbers of every form, whitespace. */
const jsonText: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    number,
    fc.constantFrom('true', 'false', 'null'),
    fc.string({ unit: 'binary', maxLength: 6 }).map((s) => JSON.stringify(s)),
    name,
    fc
      .array(fc.tuple(space, tie('value'), space), { maxLength: 5 })
      .map((items) => `[${items.map(([a, v, b]) => a + v + b).join(',')}]`),
    fc
      .array(fc.tuple(space, name, space, tie('value')), { maxLength: 12 })
      .map((members) => `{${members.map(([a, n, b, v]) => `${a}${n}${b}:${v}`).join(',')}}`),
  ),
})).value;

/** A text with one character removed, replaced or added: mostly not JSON any more, failing somewhere inside. */
const damaged = fc
  .tuple(
    jsonText,
    fc.nat(),
    fc.constantFrom('', '{', '}', '[', ']', ',', ':', '"', '\\', '-', '.', 'e', '0', 'x', ' '),
    fc.boolean(),
  )
  .map(([text, at, char, replace]) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + char + text.slice(replace ? i + 1 : i);
  });

function expectSameAsDirect(text: string, maxDepth = 512): void {
  const direct = scanJsonDirect(text, maxDepth);
  const tape = scanJson(text, maxDepth);
  if ('offset' in direct) {
    expect(tape).toStrictEqual(direct);
    return;
  }
  if ('offset' in tape)
    throw new Error(`the tape refused what the direct scan read: ${JSON.stringify(tape)}`);
  expect(treeOfTape(text, tape)).toStrictEqual(direct.root);
  expect(tape.flagged).toBe(direct.flagged);
}

describe('the JSON tape, against the direct scanner it replaced', () => {
  it('any JSON text: the same tree from the tape, spans, kept literals and flags included', () => {
    fc.assert(
      fc.property(jsonText, space, (text, around) => expectSameAsDirect(around + text + around)),
      { numRuns: 2000 },
    );
  });

  it('any JSON written by JSON.stringify, indented or not', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, indent) =>
        expectSameAsDirect(JSON.stringify(value, null, indent ? 2 : undefined)),
      ),
      { numRuns: 1000 },
    );
  });

  it('read one after another into the kept arrays: each tree as the direct scan made it', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(jsonText, damaged), { minLength: 2, maxLength: 6 }), (texts) => {
        const trees = texts.map((text) => {
          const tape = scanJson(text, 512, 'scratch');
          return 'offset' in tape ? tape : treeOfTape(text, tape);
        });
        texts.forEach((text, i) => {
          const direct = scanJsonDirect(text, 512);
          expect(trees[i]).toStrictEqual('offset' in direct ? direct : direct.root);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('damaged text: the same failure, at the same offset, for the same reason', () => {
    fc.assert(
      fc.property(damaged, (text) => expectSameAsDirect(text)),
      { numRuns: 3000 },
    );
  });

  it('nesting past a small limit: refused at the same bracket', () => {
    fc.assert(
      fc.property(jsonText, fc.integer({ min: 1, max: 4 }), (text, depth) => expectSameAsDirect(text, depth)),
      { numRuns: 1000 },
    );
  });

  it('every container entry knows its span and how many values it holds', () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        const tape = scanJson(text, 512);
        if ('offset' in tape) throw new Error('not JSON');
        const tree = treeOfTape(text, tape);
        expect(spanAt(tape, 0)).toStrictEqual({ from: tree.from, to: tree.to });
        if (tree.kind === 'object') expect(childCountAt(tape, 0)).toBe(tree.members.length);
        if (tree.kind === 'array') expect(childCountAt(tape, 0)).toBe(tree.items.length);
      }),
      { numRuns: 500 },
    );
  });
});

/** The tape of a text that is JSON. */
function tapeOf(text: string) {
  const tape = scanJson(text, 512);
  if ('offset' in tape) throw new Error(`not JSON: ${JSON.stringify(tape)}`);
  return tape;
}

describe("the page's view, straight from the tape, against the same from the tree", () => {
  it('the pretty text and its flagged runs are those of the tree', () => {
    fc.assert(
      fc.property(jsonText, space, (text, around) => {
        const source = around + text + around;
        const tape = tapeOf(source);
        expect(prettyOfTape(source, tape)).toStrictEqual(toPrettyJson(treeOfTape(source, tape), 'flagged'));
      }),
      { numRuns: 2000 },
    );
  });

  it('the tree cut down to any budget is the tree pruneJson cuts, and nothing when it fits', () => {
    fc.assert(
      fc.property(
        jsonText,
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 6 }),
        (text, nodes, children) => {
          const tape = tapeOf(text);
          const tree = treeOfTape(text, tape);
          const pruned = pruneJson(tree, { nodes, children });
          expect(pruneTape(text, tape, { nodes, children })).toStrictEqual(
            pruned === tree ? undefined : pruned,
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('the JSON tape, by example', () => {
  it('a name repeated in another spelling is a duplicate, and the text is flagged', () => {
    const tape = scanJson('{"a":1,"\\u0061":2}', 512);
    if ('offset' in tape) throw new Error('not JSON');
    expect(tape.flagged).toBe(true);
    const tree = treeOfTape('{"a":1,"\\u0061":2}', tape);
    expect(tree.kind === 'object' && tree.members.map((m) => m.duplicate)).toStrictEqual([false, true]);
  });

  it('an object of many members finds a repeat far from its first use', () => {
    const members = Array.from({ length: 50 }, (_, i) => `"k${i}":${i}`);
    const text = `{${members.join(',')},"k3":0}`;
    expectSameAsDirect(text);
    const tape = scanJson(text, 512);
    expect('offset' in tape ? undefined : tape.flagged).toBe(true);
  });

  it('a text of many empty containers grows its tape past the first guess', () => {
    expectSameAsDirect(`[${'[],{},'.repeat(200)}{"a":[],"b":{}}]`);
    const text = `[${'[],'.repeat(40_000)}[]]`;
    const tape = scanJson(text, 512, 'scratch');
    const direct = scanJsonDirect(text, 512);
    expect('offset' in tape ? tape : treeOfTape(text, tape)).toStrictEqual(
      'offset' in direct ? direct : direct.root,
    );
    expectSameAsDirect(`{${Array.from({ length: 100 }, (_, i) => `"k${i}":[]`).join(',')}}`);
  });

  it('a text long enough to share repeated strings gives the same tree', () => {
    const text = JSON.stringify(
      Array.from({ length: 20_000 }, (_, i) => ({ id: i, name: `n${i % 50}`, on: i % 2 === 0 })),
    );
    expect(text.length).toBeGreaterThan(256 * 1024);
    expectSameAsDirect(text);
  });
});
