import { describe, expect, it } from 'vitest';
import {
  describeJsonKind,
  isExact,
  jsTextOf,
  MAX_JSON_DEPTH,
  memberValue,
  memberValues,
  parseLosslessJson,
  rawOf,
  toLineColumn,
  type JsonNode,
  type JsonObject,
  type JsonSyntaxError,
} from './lossless';

function parsed(text: string): JsonNode {
  const result = parseLosslessJson(text);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(text)} to parse: ${result.error.detail}`);
  return result.value;
}

function failure(text: string): JsonSyntaxError {
  const result = parseLosslessJson(text);
  if (result.ok) throw new Error(`expected ${JSON.stringify(text)} to fail`);
  return result.error;
}

describe('parseLosslessJson: the tree keeps the source', () => {
  it('parses every kind of value with its span', () => {
    const text = ' {"s":"x","n":-1.50e+3,"t":true,"f":false,"z":null,"a":[],"o":{}} ';
    const root = parsed(text);
    expect(root).toMatchObject({ kind: 'object', from: 1, to: text.length - 1, hasDuplicates: false });
    if (root.kind !== 'object') return;
    expect(root.members.map((m) => [m.name.value, m.value.kind])).toEqual([
      ['s', 'string'],
      ['n', 'number'],
      ['t', 'true'],
      ['f', 'false'],
      ['z', 'null'],
      ['a', 'array'],
      ['o', 'object'],
    ]);
    for (const m of root.members) {
      expect(text.slice(m.name.from, m.name.to)).toBe(rawOf(m.name));
      expect(m.duplicate).toBe(false);
    }
    const n = root.members[1]?.value;
    expect(n).toMatchObject({ kind: 'number', value: -1500 });
    if (n?.kind === 'number') expect([rawOf(n), isExact(n)]).toEqual(['-1.50e+3', true]);
    if (n !== undefined) expect(text.slice(n.from, n.to)).toBe('-1.50e+3');
  });

  it.each(['0', '-0', '1', '"s"', 'true', 'false', 'null', '[]', '{}', '  [1]\n'])(
    'accepts top-level %j',
    (text) => {
      expect(parseLosslessJson(text).ok).toBe(true);
    },
  );

  it('keeps member order, including integer-like names', () => {
    const root = parsed('{"z":1,"a":2,"10":3,"2":4}');
    expect(root.kind === 'object' && root.members.map((m) => m.name.value)).toEqual(['z', 'a', '10', '2']);
  });

  it('keeps every duplicate member and marks the later copies', () => {
    const root = parsed('{"a":1,"b":2,"\\u0061":3,"a":4}');
    if (root.kind !== 'object') throw new Error('object expected');
    expect(root.hasDuplicates).toBe(true);
    expect(root.members.map((m) => [rawOf(m.name), m.duplicate])).toEqual([
      ['"a"', false],
      ['"b"', false],
      ['"\\u0061"', true],
      ['"a"', true],
    ]);
  });

  it('duplicates are per object, not across objects', () => {
    const root = parsed('{"a":{"a":1},"b":{"a":2}}');
    if (root.kind !== 'object') throw new Error('object expected');
    expect(root.hasDuplicates).toBe(false);
  });

  it('keeps string escapes in raw and decodes them in value', () => {
    const root = parsed('["\\u00e9\\n\\t\\"\\\\\\/\\b\\f\\r","\\ud83d\\ude00","\u{1F600}"]');
    if (root.kind !== 'array') throw new Error('array expected');
    expect(root.items.map((i) => (i.kind === 'string' ? [rawOf(i), i.value] : null))).toEqual([
      ['"\\u00e9\\n\\t\\"\\\\\\/\\b\\f\\r"', '\u00e9\n\t"\\/\b\f\r'],
      ['"\\ud83d\\ude00"', '\u{1F600}'],
      ['"\u{1F600}"', '\u{1F600}'],
    ]);
  });

  it('keeps number digits as written and says which ones JavaScript cannot hold', () => {
    const root = parsed('[12345678901234567890,1e400,-0.0,3.0,0.1,9007199254740993,1E-7]');
    if (root.kind !== 'array') throw new Error('array expected');
    expect(root.items.map((i) => (i.kind === 'number' ? [rawOf(i), isExact(i), jsTextOf(i)] : null))).toEqual(
      [
        ['12345678901234567890', false, '12345678901234567000'],
        ['1e400', false, 'Infinity'],
        ['-0.0', true, '-0'],
        ['3.0', true, '3'],
        ['0.1', true, '0.1'],
        ['9007199254740993', false, '9007199254740992'],
        ['1E-7', true, '1e-7'],
      ],
    );
  });

  it('keeps a literal only when its value does not give it back, as plain data that survives structuredClone', () => {
    const text = '{"plain":"x","escaped":"\\n","int":-0,"same":0.5,"other":3.0,"big":1e400}';
    const root = parsed(text);
    if (root.kind !== 'object') throw new Error('object expected');
    const fields = root.members.map((m) => [Object.keys(m.name), Object.keys(m.value)]);
    expect(fields).toEqual([
      [
        ['kind', 'from', 'to', 'value'],
        ['kind', 'from', 'to', 'value'],
      ],
      [
        ['kind', 'from', 'to', 'value'],
        ['kind', 'from', 'to', 'value', 'raw'],
      ],
      [
        ['kind', 'from', 'to', 'value'],
        ['kind', 'from', 'to', 'value'],
      ],
      [
        ['kind', 'from', 'to', 'value'],
        ['kind', 'from', 'to', 'value'],
      ],
      [
        ['kind', 'from', 'to', 'value'],
        ['kind', 'from', 'to', 'value', 'raw'],
      ],
      [
        ['kind', 'from', 'to', 'value'],
        ['kind', 'from', 'to', 'value', 'raw', 'exact'],
      ],
    ]);
    const copy = structuredClone(root);
    const literals = (node: JsonObject) =>
      node.members.map(({ name, value }) => [
        rawOf(name),
        value.kind === 'string' || value.kind === 'number' ? rawOf(value) : value.kind,
        value.kind === 'number' ? [isExact(value), jsTextOf(value)] : null,
      ]);
    expect(literals(copy)).toEqual(literals(root));
    expect(literals(root).map(([, raw]) => raw)).toEqual(['"x"', '"\\n"', '-0', '0.5', '3.0', '1e400']);
    expect(literals(root).map(([, , number]) => number)).toEqual([
      null,
      null,
      [true, '-0'],
      [true, '0.5'],
      [true, '3'],
      [false, 'Infinity'],
    ]);
  });
});

describe('parseLosslessJson: strict RFC 8259 syntax', () => {
  it.each([
    ['', 1, 1],
    ['   ', 1, 4],
    ['{"a":1,}', 1, 8],
    ['[1,]', 1, 4],
    ['{"a" 1}', 1, 6],
    ["{'a':1}", 1, 2],
    ['{a:1}', 1, 2],
    ['[01]', 1, 3],
    ['[1.]', 1, 3],
    ['[.5]', 1, 2],
    ['[+1]', 1, 2],
    ['[NaN]', 1, 2],
    ['[Infinity]', 1, 2],
    ['[True]', 1, 2],
    ['{"a":1}{}', 1, 8],
    ['{"a":1} x', 1, 9],
    ['{\n  "a": 1,\n  "b": ]\n}', 3, 8],
    ['[\r\n1,\r\n,]', 3, 1],
    ['{"a":1', 1, 7],
  ])('%j is JSON_SYNTAX at line %i column %i', (text, line, column) => {
    expect(failure(text)).toMatchObject({ code: 'JSON_SYNTAX', line, column });
  });

  it.each([
    ['a raw tab in a string', '["a\tb"]'],
    ['a raw newline in a string', '["a\nb"]'],
    ['an unknown escape', '["\\x41"]'],
    ['a short \\u escape', '["\\u12"]'],
    ['an unterminated string', '["abc]'],
    ['a non-breaking space between tokens', '[1,\u00a02]'],
    ['a byte order mark before the value', '\ufeff{}'],
    ['a comment', '[1 /* x */]'],
  ])('refuses %s', (_name, text) => {
    expect(failure(text).code).toBe('JSON_SYNTAX');
  });

  it('points at the bad escape itself and names it', () => {
    expect(failure('{"a":"\\x"}')).toMatchObject({
      code: 'JSON_SYNTAX',
      offset: 6,
      line: 1,
      column: 7,
      detail: "unknown escape '\\x'",
    });
  });

  it('the offset, line and column agree', () => {
    const text = '{\n "a": [1,\n  2,,3]}';
    const error = failure(text);
    expect(error.offset).toBe(text.indexOf(',,') + 1);
    expect(toLineColumn(text, error.offset)).toEqual({ line: error.line, column: error.column });
    expect(error.detail).not.toBe('');
  });
});

describe('parseLosslessJson: depth limit', () => {
  it(`accepts ${MAX_JSON_DEPTH} levels of nesting`, () => {
    const text = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
    expect(parseLosslessJson(text).ok).toBe(true);
  });

  it(`refuses ${MAX_JSON_DEPTH + 1} levels with JSON_TOO_DEEP at the bracket that goes too deep`, () => {
    const text = '['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1);
    expect(failure(text)).toMatchObject({
      code: 'JSON_TOO_DEEP',
      offset: MAX_JSON_DEPTH,
      line: 1,
      column: MAX_JSON_DEPTH + 1,
    });
  });

  it('counts objects and arrays alike, and ignores brackets inside strings', () => {
    const deep = '{"a":['.repeat(300) + '"[[[{{{"' + ']}'.repeat(300);
    expect(failure(deep).code).toBe('JSON_TOO_DEEP');
    const shallow = '["' + '['.repeat(5000) + '"]';
    expect(parseLosslessJson(shallow).ok).toBe(true);
  });

  it('a syntax error before the depth limit is still a syntax error', () => {
    const text = '[1,,' + '['.repeat(1000) + ']'.repeat(1000) + ']';
    expect(failure(text)).toMatchObject({ code: 'JSON_SYNTAX', column: 4 });
  });

  it('regression: valid JSON nested 20000 levels deep was JSON_SYNTAX at Lezer stack cut, not JSON_TOO_DEEP', () => {
    const text = '['.repeat(20_000) + ']'.repeat(20_000);
    expect(failure(text)).toMatchObject({ code: 'JSON_TOO_DEEP', offset: MAX_JSON_DEPTH });
    const objects = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
    expect(failure(objects).code).toBe('JSON_TOO_DEEP');
  });
});

describe('toLineColumn', () => {
  it.each([
    ['abc', 0, 1, 1],
    ['abc', 2, 1, 3],
    ['a\nbc', 2, 2, 1],
    ['a\nbc', 1, 1, 2],
    ['a\r\nb', 3, 2, 1],
    ['\n\n\nx', 3, 4, 1],
    ['abc', 3, 1, 4],
  ])('%j offset %i is line %i column %i', (text, offset, line, column) => {
    expect(toLineColumn(text, offset)).toEqual({ line, column });
  });
});

describe('describeJsonKind', () => {
  it.each([
    ['{}', 'an object'],
    ['[]', 'an array'],
    ['"s"', 'a string'],
    ['1', 'a number'],
    ['true', 'a boolean'],
    ['false', 'a boolean'],
    ['null', 'null'],
  ])('%s is %s', (text, words) => {
    expect(describeJsonKind(parsed(text).kind)).toBe(words);
  });
});

describe('memberValues', () => {
  const object = (text: string): JsonObject => {
    const node = parsed(text);
    if (node.kind !== 'object') throw new Error('expected an object');
    return node;
  };
  const raws = (nodes: readonly JsonNode[]) => nodes.map((n) => (n.kind === 'number' ? rawOf(n) : n.kind));

  it('gives every value of a repeated name in source order, where memberValue keeps only the last', () => {
    const exps = object('{"exp":2,"sub":"a","exp":1,"exp":"x"}');
    expect(raws(memberValues(exps, 'exp'))).toEqual(['2', '1', 'string']);
    expect(memberValue(exps, 'exp')?.kind).toBe('string');
  });

  it('gives one value for a single member and none for an absent name or no object', () => {
    expect(raws(memberValues(object('{"exp":5}'), 'exp'))).toEqual(['5']);
    expect(memberValues(object('{"exp":5}'), 'nbf')).toEqual([]);
    expect(memberValues(undefined, 'exp')).toEqual([]);
  });

  it('compares decoded names, so an escaped spelling is the same member', () => {
    expect(raws(memberValues(object('{"exp":1,"\\u0065xp":2}'), 'exp'))).toEqual(['1', '2']);
  });

  it('looks at the object itself only, not into nested objects', () => {
    expect(raws(memberValues(object('{"a":{"exp":1},"exp":2}'), 'exp'))).toEqual(['2']);
  });
});
