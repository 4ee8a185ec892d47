import { ensureSyntaxTree } from '@codemirror/language';
import { jsonLanguage } from '@codemirror/lang-json';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { memberAt, memberNameOf } from './member-tooltip';

/** The member at the first `|` of the text (the bar removed), as the cursor (side 0) or the pointer sees it. */
function at(textWithBar: string, side: -1 | 0 | 1 = 0) {
  const pos = textWithBar.indexOf('|');
  const doc = textWithBar.slice(0, pos) + textWithBar.slice(pos + 1);
  const state = EditorState.create({ doc, extensions: jsonLanguage });
  ensureSyntaxTree(state, doc.length, 5000);
  return memberAt(state, pos, side);
}

describe('memberNameOf', () => {
  it('decodes a member name as JSON writes it', () => {
    expect(memberNameOf('"exp"')).toBe('exp');
    expect(memberNameOf('""')).toBe('');
    expect(memberNameOf('"x5t#S256"')).toBe('x5t#S256');
    expect(memberNameOf('"e\\u0078p"')).toBe('exp');
    expect(memberNameOf('"a\\"b"')).toBe('a"b');
  });

  it('gives nothing for a malformed name', () => {
    expect(memberNameOf('"exp')).toBeUndefined();
    expect(memberNameOf('"')).toBeUndefined();
    expect(memberNameOf('"a\\"')).toBeUndefined();
    expect(memberNameOf('"\\x"')).toBeUndefined();
  });
});

describe('memberAt', () => {
  it('finds a top-level member name with the cursor inside it', () => {
    expect(at('{"sub": "a", "e|xp": 1}')).toEqual({ from: 13, to: 18, path: ['exp'] });
    expect(at('{\n  "exp|": 1\n}')?.path).toEqual(['exp']);
  });

  it('gives the enclosing names of a nested member, one and two levels down', () => {
    expect(at('{"realm_access": {"ro|les": ["a"]}}')?.path).toEqual(['realm_access', 'roles']);
    expect(at('{"cnf": {"j|kt": "x"}}')?.path).toEqual(['cnf', 'jkt']);
    expect(at('{"act": {"sub": "a", "act": {"s|ub": "b"}}}')?.path).toEqual(['act', 'act', 'sub']);
    expect(at('{"resource_access": {"account": {"r|oles": []}}}')?.path).toEqual([
      'resource_access',
      'account',
      'roles',
    ]);
  });

  it('decodes escaped names on the way', () => {
    expect(at('{"c\\u006ef": {"j|kt": "x"}}')?.path).toEqual(['cnf', 'jkt']);
  });

  it('finds nothing on a value, punctuation or inside an array', () => {
    expect(at('{"exp": 1|2}')).toBeUndefined();
    expect(at('{"sub": "e|xp"}')).toBeUndefined();
    expect(at('{"exp"|: 1}')).toBeUndefined();
    expect(at('{"aud": [{"s|ub": 1}]}')).toBeUndefined();
    expect(at('[{"s|ub": 1}]')).toBeUndefined();
  });

  it('counts the quotes as the edges: the cursor must be inside, the pointer may touch them', () => {
    expect(at('{|"exp": 1}')).toBeUndefined();
    expect(at('{"exp"|: 1}')).toBeUndefined();
    expect(at('{|"exp": 1}', 1)?.path).toEqual(['exp']);
    expect(at('{"exp"|: 1}', -1)?.path).toEqual(['exp']);
  });

  it('still reads the names of JSON cut short', () => {
    expect(at('{"cnf": {"j|kt": ')?.path).toEqual(['cnf', 'jkt']);
  });
});
