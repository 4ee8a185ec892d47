import { ChangeSet, Text } from '@codemirror/state';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docText, docTextAfter, knownText } from './doc-text';

/** Changes of a document of `length` characters: ranges in order, each replaced by some text. */
const changesOf = (length: number) =>
  fc
    .array(fc.tuple(fc.nat(length), fc.nat(length), fc.string({ maxLength: 5 })), { maxLength: 4 })
    .map((raw) => {
      const cuts = raw
        .map(([a, b, insert]) => ({ from: Math.min(a, b), to: Math.max(a, b), insert }))
        .sort((x, y) => x.from - y.from);
      // Ranges that do not overlap, as one change set describes them.
      const kept: { from: number; to: number; insert: string }[] = [];
      for (const cut of cuts) if (kept.length === 0 || cut.from >= (kept.at(-1)?.to ?? 0)) kept.push(cut);
      return ChangeSet.of(kept, length);
    });

describe('docTextAfter', () => {
  it('is the changed document’s whole text, spliced from the known text before or joined when none is known', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }).chain((text) => fc.tuple(fc.constant(text), changesOf(text.length))),
        fc.boolean(),
        ([text, changes], known) => {
          const before = Text.of(text.split('\n'));
          if (known) knownText(before, text);
          const after = changes.apply(before);
          const spliced = docTextAfter(before, after, changes);
          expect(spliced).toBe(after.toString());
          // Recorded: the next reading of the same document is that very string.
          expect(docText(after)).toBe(spliced);
        },
      ),
    );
  });
});
