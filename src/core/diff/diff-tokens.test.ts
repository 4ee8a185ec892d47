import { describe, expect, it } from 'vitest';
import { compact } from '../testing/build-token';
import { decodeToken } from '../token/decode';
import {
  describeCutValue,
  describeTimeShift,
  diffTokens,
  MAX_DIFF_ROWS,
  MAX_WRITTEN_CHARS,
  type TokenDiff,
} from './diff-tokens';

function diff(a: [string, string], b: [string, string]): TokenDiff {
  return diffTokens(decodeToken(compact(...a)), decodeToken(compact(...b)));
}

function rows(d: TokenDiff) {
  if (d.kind !== 'compared') throw new Error('compared expected');
  return d.rows;
}

describe('diffTokens', () => {
  it('the same token, even spelled differently, has no differences', () => {
    const a: [string, string] = ['{"alg":"HS256","typ":"JWT"}', '{"sub":"a","n":1.0,"s":"\\u0041"}'];
    const b: [string, string] = ['{"typ":"JWT","alg":"HS256"}', '{ "s": "A", "n": 1, "sub": "a" }'];
    expect(rows(diff(a, b))).toEqual([]);
  });

  it('member by member: added, removed and changed, with JSON pointers into the token', () => {
    const d = diff(
      ['{"alg":"RS256","kid":"old"}', '{"sub":"a","roles":["read","write"],"tid":"t1"}'],
      ['{"alg":"RS256","kid":"new"}', '{"sub":"a","roles":["read"],"scp":"x y","a/b~c":1}'],
    );
    expect(rows(d)).toEqual([
      { path: '/header/kid', change: 'changed', before: '"old"', after: '"new"' },
      { path: '/payload/roles/1', change: 'removed', before: '"write"' },
      { path: '/payload/tid', change: 'removed', before: '"t1"' },
      { path: '/payload/scp', change: 'added', after: '"x y"' },
      { path: '/payload/a~1b~0c', change: 'added', after: '1' },
    ]);
  });

  it('a long value is cut in its row, with its whole length: a megabyte is never a row', () => {
    const groups = JSON.stringify(Array.from({ length: 40_000 }, (_, i) => `group-${i}`));
    const long = 'x'.repeat(5000);
    const d = diff(
      ['{"alg":"HS256"}', `{"sub":"a","note":"${long}"}`],
      ['{"alg":"HS256"}', `{"sub":"a","note":"${long}y","groups":\n  ${groups}}`],
    );
    const [note, added] = rows(d);
    expect(note).toEqual({
      path: '/payload/note',
      change: 'changed',
      before: `"${long.slice(0, MAX_WRITTEN_CHARS - 1)}`,
      beforeChars: 5002,
      after: `"${long.slice(0, MAX_WRITTEN_CHARS - 1)}`,
      afterChars: 5003,
    });
    expect(added).toEqual({
      path: '/payload/groups',
      change: 'added',
      after: groups.slice(0, MAX_WRITTEN_CHARS),
      afterChars: groups.length,
    });
    expect(describeCutValue('[1, 2', 2_000_000)).toBe('[1, 2… (1.9 MB in all)');
    // Values up to the limit are whole, and say nothing more.
    const fits = 'z'.repeat(MAX_WRITTEN_CHARS - 2);
    expect(rows(diff(['{"alg":"HS256"}', '{}'], ['{"alg":"HS256"}', `{"s":"${fits}"}`]))).toEqual([
      { path: '/payload/s', change: 'added', after: `"${fits}"` },
    ]);
  });

  it('nested objects are followed; a value that changes kind is one change', () => {
    const d = diff(
      ['{"alg":"HS256"}', '{"realm_access":{"roles":["a"]},"cnf":{"jkt":"x"}}'],
      ['{"alg":"HS256"}', '{"realm_access":{"roles":["a","b"]},"cnf":"gone"}'],
    );
    expect(rows(d)).toEqual([
      { path: '/payload/realm_access/roles/1', change: 'added', after: '"b"' },
      { path: '/payload/cnf', change: 'changed', before: '{"jkt":"x"}', after: '"gone"' },
    ]);
  });

  it('time claims also say how far they moved', () => {
    const d = diff(
      ['{"alg":"HS256"}', '{"iat":1700000000,"exp":1700003600}'],
      ['{"alg":"HS256"}', '{"iat":1700003600,"exp":1700007200}'],
    );
    expect(rows(d)).toEqual([
      { path: '/payload/iat', change: 'changed', before: '1700000000', after: '1700003600', seconds: 3600 },
      { path: '/payload/exp', change: 'changed', before: '1700003600', after: '1700007200', seconds: 3600 },
    ]);
    expect(describeTimeShift(3600)).toBe('+1 h');
    expect(describeTimeShift(5400)).toBe('+1 h 30 min');
    expect(describeTimeShift(-3 * 86_400)).toBe('−3 days');
    expect(describeTimeShift(90)).toBe('+1 min 30 s');
  });

  it('numbers JavaScript cannot hold are compared by their digits', () => {
    const d = diff(
      ['{"alg":"HS256"}', '{"id":12345678901234567890}'],
      ['{"alg":"HS256"}', '{"id":12345678901234567891}'],
    );
    expect(rows(d)).toEqual([
      {
        path: '/payload/id',
        change: 'changed',
        before: '12345678901234567890',
        after: '12345678901234567891',
      },
    ]);
  });

  it('a repeated member name compares by its last value, as servers read it', () => {
    const d = diff(
      ['{"alg":"HS256"}', '{"admin":false,"admin":true}'],
      ['{"alg":"HS256"}', '{"admin":true}'],
    );
    expect(rows(d)).toEqual([]);
  });

  it('says which token cannot be compared', () => {
    const good = decodeToken(compact('{"alg":"HS256"}', '{}'));
    expect(diffTokens(good, decodeToken(''))).toEqual({ kind: 'not-comparable', which: 'compared' });
    expect(diffTokens(decodeToken('x.y.z'), good)).toEqual({ kind: 'not-comparable', which: 'main' });
  });

  it(`lists at most ${MAX_DIFF_ROWS} rows and counts the rest`, () => {
    const many = JSON.stringify(
      Object.fromEntries(Array.from({ length: MAX_DIFF_ROWS + 20 }, (_, i) => [`k${i}`, i])),
    );
    const d = diff(['{"alg":"HS256"}', '{}'], ['{"alg":"HS256"}', many]);
    if (d.kind !== 'compared') throw new Error('compared expected');
    expect(d.rows).toHaveLength(MAX_DIFF_ROWS);
    expect(d.more).toBe(20);
  });
});
