import type { Text } from '@codemirror/state';

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
