import { jsonLanguage } from '@codemirror/lang-json';
import { bidiIsolates } from '@codemirror/language';
import { Compartment, EditorState, type Extension, type Transaction } from '@codemirror/state';
import { ViewPlugin, type EditorView, type ViewUpdate } from '@codemirror/view';
import { afterNextPaint } from '../../state/after-paint';
import { bigJsonMode, isBigDoc } from './big-json';
import { jsonHighlight } from './json-highlight';

/**
 * A text of this many characters or more that arrives at once (a new token's payload) is first shown read line by
 * line, and parsed once the page has painted it: Lezer's first parse of 15 KB of JSON ran in the paste's own task
 * for about 15 ms. Under it (a typical token), the text is parsed at once. Typing never inserts this much.
 */
export const PARSE_LATER_CHARS = 4 * 1024;

/** Characters a transaction inserts. */
function insertedChars(tr: Transaction): number {
  let inserted = 0;
  tr.changes.iterChangedRanges((_fromA, _toA, fromB, toB) => {
    inserted += toB - fromB;
  });
  return inserted;
}

/**
 * Switches the editor to its parsed mode once the page has painted (a frame, then a task), while its text is under
 * `BIG_DOC_CHARS`: present only in the line-by-line mode. A text that grows big meanwhile stays read by lines; one
 * that shrinks under it again is parsed after its next paint.
 */
function parseAfterPaint(mode: Compartment, lines: () => Extension, parsed: Extension): Extension {
  return ViewPlugin.fromClass(
    class {
      private planned = false;
      private live = true;
      constructor(private readonly view: EditorView) {
        this.plan();
      }
      update(update: ViewUpdate): void {
        if (update.docChanged) this.plan();
      }
      destroy(): void {
        this.live = false;
      }
      private plan(): void {
        if (this.planned || isBigDoc(this.view.state.doc)) return;
        this.planned = true;
        afterNextPaint(() => this.parse());
      }
      private parse(): void {
        this.planned = false;
        if (!this.live || mode.get(this.view.state) !== lines()) return;
        if (isBigDoc(this.view.state.doc)) return;
        this.view.dispatch({ effects: mode.reconfigure(parsed) });
      }
    },
  );
}

/**
 * The JSON editor's reading of its text: parsed by the JSON language (colours, folding, bidi isolation, member
 * tooltips), or line by line (`bigJsonMode`: colours of the lines on screen, folding by indentation). A text of
 * `BIG_DOC_CHARS` or more is always read by lines, switched in the same transaction that takes it over the size, so
 * a megabyte never reaches the parser. A smaller one that arrives at once (`PARSE_LATER_CHARS`) is read by lines
 * until the page has painted it, then parsed; the colours are the same either way.
 */
export function jsonMode(initial: string): Extension {
  const mode = new Compartment();
  const parsed: Extension = [jsonLanguage, jsonHighlight, bidiIsolates()];
  const lines: Extension = [bigJsonMode(), parseAfterPaint(mode, () => lines, parsed)];
  const switching = EditorState.transactionExtender.of((tr) => {
    if (!tr.docChanged) return null;
    const current = mode.get(tr.startState);
    const next =
      isBigDoc(tr.newDoc) || current === lines || insertedChars(tr) >= PARSE_LATER_CHARS ? lines : parsed;
    return next === current ? null : { effects: mode.reconfigure(next) };
  });
  const start = initial.length >= PARSE_LATER_CHARS ? lines : parsed;
  return [mode.of(start), switching];
}
