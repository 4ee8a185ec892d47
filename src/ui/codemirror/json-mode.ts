import { jsonLanguage } from '@codemirror/lang-json';
import { bidiIsolates } from '@codemirror/language';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { BIG_DOC_CHARS, bigJsonMode, isBigDoc } from './big-json';
import { jsonHighlight } from './json-highlight';

/** How the text is read: parsed by the JSON language (colours, folding, bidi isolation, tooltips), or line by line. */
function modeFor(big: boolean): Extension {
  return big ? bigJsonMode() : [jsonLanguage, jsonHighlight, bidiIsolates()];
}

/**
 * Switches an editor between the parsed and the line-by-line mode in the same transaction as the change that
 * takes its text over or under `BIG_DOC_CHARS`, so a megabyte never reaches the parser.
 */
function switchingMode(mode: Compartment): Extension {
  return EditorState.transactionExtender.of((tr) => {
    if (!tr.docChanged) return null;
    const big = isBigDoc(tr.newDoc);
    return big === isBigDoc(tr.startState.doc) ? null : { effects: mode.reconfigure(modeFor(big)) };
  });
}

/** The JSON editor's reading of its text, starting from `initial` and following its size (`BIG_DOC_CHARS`). */
export function jsonMode(initial: string): Extension {
  const mode = new Compartment();
  return [mode.of(modeFor(initial.length >= BIG_DOC_CHARS)), switchingMode(mode)];
}
