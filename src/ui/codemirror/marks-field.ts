import { StateEffect, StateField, type StateEffectType } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';

/**
 * Marks painted over an editor's text from outside (the store): an effect that replaces them, and the field that
 * keeps them mapped through edits until the next replacement. Both editors (token and JSON) use it.
 */
export function createMarksField<Mark>(
  toDecorations: (marks: readonly Mark[], length: number) => DecorationSet,
): { setMarks: StateEffectType<readonly Mark[]>; marksField: StateField<DecorationSet> } {
  const setMarks = StateEffect.define<readonly Mark[]>();
  const marksField = StateField.define<DecorationSet>({
    create: () => Decoration.none,
    update(value, tr) {
      let next = value.map(tr.changes);
      for (const effect of tr.effects) {
        if (effect.is(setMarks)) next = toDecorations(effect.value, tr.state.doc.length);
      }
      return next;
    },
    provide: (field) => EditorView.decorations.from(field),
  });
  return { setMarks, marksField };
}
