import type { ChangeSet, Text } from '@codemirror/state';

const known = new WeakMap<Text, string>();

/**
 * An editor document's whole text, made once per document (a document is immutable: each change makes a new one).
 * `knownText` records a text the caller already holds, so a megabyte is not joined again to compare it.
 */
export function docText(doc: Text): string {
  let text = known.get(doc);
  if (text === undefined) {
    text = doc.toString();
    known.set(doc, text);
  }
  return text;
}

export function knownText(doc: Text, text: string): void {
  known.set(doc, text);
}

/**
 * The text of `after`, the document `changes` made from `before`: when `before`'s text is known, the changed
 * ranges are spliced into it (a keystroke in a megabyte copies nothing), else the document is joined.
 */
export function docTextAfter(before: Text, after: Text, changes: ChangeSet): string {
  const done = known.get(after);
  if (done !== undefined) return done;
  const start = known.get(before);
  if (start === undefined) return docText(after);
  let text = '';
  let at = 0;
  changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
    text += start.slice(at, fromA) + inserted.toString();
    at = toA;
  });
  text += start.slice(at);
  known.set(after, text);
  return text;
}
