import { language, syntaxTree } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { BIG_DOC_CHARS, foldServiceRange, indentFoldRange } from './big-json';
import { jsonMode, PARSE_LATER_CHARS } from './json-mode';

/** Pretty JSON of at least `chars` characters: a list of groups between `sub` and `exp`. */
function prettyOf(chars: number): string {
  const groups = Array.from(
    { length: Math.ceil(chars / 20) },
    (_, i) => `group-${String(i).padStart(8, '0')}`,
  );
  return JSON.stringify({ sub: 'a', groups, nested: { deep: [] }, exp: 1 }, null, 2);
}

function lineStart(state: EditorState, text: string): number {
  const at = state.doc.toString().indexOf(text);
  return state.doc.lineAt(at).from;
}

describe('the JSON editor’s mode for big documents', () => {
  it('parses a short text with the JSON language, and a long one not at all', () => {
    const small = EditorState.create({ doc: prettyOf(1000), extensions: jsonMode(prettyOf(1000)) });
    expect(small.facet(language)?.name).toBe('json');
    const big = EditorState.create({
      doc: prettyOf(BIG_DOC_CHARS),
      extensions: jsonMode(prettyOf(BIG_DOC_CHARS)),
    });
    expect(big.facet(language)).toBeNull();
    expect(syntaxTree(big).length).toBe(0);
  });

  it('switches to lines in the transaction that takes the text over the limit, and stays there under it till a paint', () => {
    let state = EditorState.create({ doc: '{}', extensions: jsonMode('{}') });
    const big = prettyOf(BIG_DOC_CHARS);
    state = state.update({ changes: { from: 0, to: state.doc.length, insert: big } }).state;
    expect(state.facet(language)).toBeNull();
    // Back under the limit: still read by lines in this transaction (the view parses it once it has painted).
    state = state.update({ changes: { from: 0, to: state.doc.length, insert: '{"a":1}' } }).state;
    expect(state.facet(language)).toBeNull();
  });

  it(`reads a text of ${PARSE_LATER_CHARS} characters or more that arrives at once by lines, and parses what is typed`, () => {
    const mid = prettyOf(PARSE_LATER_CHARS + 100);
    expect(EditorState.create({ doc: mid, extensions: jsonMode(mid) }).facet(language)).toBeNull();
    let state = EditorState.create({ doc: '{}', extensions: jsonMode('{}') });
    expect(state.facet(language)?.name).toBe('json');
    // Typing (and any change of fewer characters) keeps the tree.
    state = state.update({ changes: { from: 1, insert: '"a":1' } }).state;
    expect(state.facet(language)?.name).toBe('json');
    expect(syntaxTree(state).length).toBeGreaterThan(0);
    // A new payload of that size arrives whole: its first paint does not wait for the parse.
    state = state.update({ changes: { from: 0, to: state.doc.length, insert: mid } }).state;
    expect(state.facet(language)).toBeNull();
    expect(syntaxTree(state).length).toBe(0);
  });
});

describe('indentFoldRange', () => {
  const doc = prettyOf(2000);
  const state = EditorState.create({ doc });

  it('folds an array from the end of its line to its closing bracket', () => {
    const range = indentFoldRange(state, lineStart(state, '"groups"'));
    expect(range).not.toBeNull();
    if (range === null) return;
    expect(doc.slice(range.from - 1, range.from)).toBe('[');
    expect(doc.charAt(range.to)).toBe(']');
    expect(doc.slice(range.to, range.to + 3)).toBe('],\n');
  });

  it('folds the whole object from its first line, and a nested object', () => {
    const top = indentFoldRange(state, 0);
    expect(top).toEqual({ from: 1, to: doc.length - 1 });
    const nested = indentFoldRange(state, lineStart(state, '"nested"'));
    expect(nested === null ? '' : doc.slice(nested.from, nested.to)).toBe('\n    "deep": []\n  ');
  });

  it('folds nothing on a line that opens nothing, or an empty container', () => {
    expect(indentFoldRange(state, lineStart(state, '"sub"'))).toBeNull();
    expect(indentFoldRange(state, lineStart(state, '"deep"'))).toBeNull();
  });

  it('folds nothing where the indentation does not close what the line opened', () => {
    const odd = EditorState.create({ doc: '{\n  "a": [\n  "b"\n  ]\n}' });
    expect(indentFoldRange(odd, lineStart(odd, '"a"'))).toBeNull();
  });
});

describe('foldServiceRange', () => {
  const doc = prettyOf(2000);
  const state = EditorState.create({ doc });

  it('answers every line as indentFoldRange does, once its end is read', () => {
    for (let n = 1; n <= state.doc.lines; n++) {
      const from = state.doc.line(n).from;
      const fast = foldServiceRange(state, from);
      const exact = indentFoldRange(EditorState.create({ doc }), from);
      expect(fast === null ? null : { from: fast.from, to: fast.to }).toEqual(exact);
    }
  });

  it('does not search for the end of a container until it is read', () => {
    const big = EditorState.create({ doc: prettyOf(BIG_DOC_CHARS) });
    const range = foldServiceRange(big, lineStart(big, '"groups"'));
    expect(range).not.toBeNull();
    // Nothing known yet: the end is found (and remembered) when read.
    expect(range === null ? false : 'get' in (Object.getOwnPropertyDescriptor(range, 'to') ?? {})).toBe(true);
    expect(range === null ? '' : big.doc.sliceString(range.to, range.to + 1)).toBe(']');
    expect(foldServiceRange(big, lineStart(big, '"groups"'))).toEqual(
      indentFoldRange(big, lineStart(big, '"groups"')),
    );
  });

  it('folds nothing where the indentation does not close what the line opened', () => {
    const odd = EditorState.create({ doc: '{\n  "a": [\n    "b"\n  }\n}' });
    const range = foldServiceRange(odd, lineStart(odd, '"a"'));
    // Offered (the next line is deeper), but its end is its start: the fold hides nothing.
    expect(range === null ? null : range.to - range.from).toBe(0);
    expect(indentFoldRange(odd, lineStart(odd, '"a"'))).toBeNull();
  });
});
