import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { Annotation, EditorState, type Range } from '@codemirror/state';
import { Decoration, EditorView, keymap, placeholder, type DecorationSet } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import { selectTokenMarksOf, type TokenMark } from '../../state/selectors/token';
import { selectHasDecodeErrors, selectTokenTextOf } from '../../state/selectors/document';
import { appStore, useAppStore } from '../../state/store';
import type { DocumentId } from '../../state/types';
import { createMarksField } from '../codemirror/marks-field';
import { tokenFolds } from './fold-field';
import {
  TOKEN_EDITOR_TEXT,
  TokenEditorFrame,
  tokenEditorProps,
  type TokenEditorProps,
} from './token-editor-frame';
import { editorContentAttributes } from '../codemirror/content-attributes';
import { docText, docTextAfter, knownText } from '../codemirror/doc-text';

const markClass: Record<TokenMark['kind'], string> = {
  header: 'tok-header',
  payload: 'tok-payload',
  signature: 'tok-signature',
  'encrypted-key': 'tok-encrypted-key',
  iv: 'tok-iv',
  ciphertext: 'tok-payload',
  tag: 'tok-signature',
  disclosure: 'tok-disclosure',
  'key-binding': 'tok-key-binding',
  token: 'tok-plain',
  dot: 'tok-dot',
  error: 'tok-error',
};

const decorationFor = Object.fromEntries(
  Object.entries(markClass).map(([kind, cls]) => [kind, Decoration.mark({ class: cls })]),
) as Record<TokenMark['kind'], Decoration>;

function toDecorations(marks: readonly TokenMark[], length: number): DecorationSet {
  const ranges: Range<Decoration>[] = [];
  for (const mark of marks) {
    const from = Math.min(mark.from, length);
    const to = Math.min(mark.to, length);
    if (to > from) ranges.push(decorationFor[mark.kind].range(from, to));
  }
  return Decoration.set(ranges, true);
}

const { setMarks, marksField } = createMarksField(toDecorations);

/** Marks a change that brings the editor in line with the store: it is the store's text already, never sent back. */
const fromStore = Annotation.define<boolean>();

/** The marks each editor was last given, so that React's effect does not give the same ones again. */
const appliedMarks = new WeakMap<EditorView, readonly TokenMark[]>();

/**
 * The most characters a change may insert and remove together and still be typing (`typeTokenText`: a big token
 * takes it after the next paint, and the editor maps its marks through the change meanwhile). A bigger change (a
 * paste, an undo of one) comes with the marks of its text at once: a megabyte is never laid out without its folds.
 */
const TYPING_MAX_CHARS = 256;

/** Gives the store the editor's new text: as typing when the change is small, else as a new text. */
function sendText(id: DocumentId, text: string, changedChars: number): void {
  const state = appStore.getState();
  if (changedChars <= TYPING_MAX_CHARS) state.typeTokenText(text, id);
  else state.setTokenText(text, 'user', id);
}

/** What a `beforeinput` inserts: typed or dropped text, a script's insertText, an IME's or spell checker's. */
const INSERTIONS = new Set(['insertText', 'insertReplacementText', 'insertFromDrop', 'insertFromPaste']);

/**
 * Text inserted through the browser's own editing (typed, set by a script, a spell checker's replacement) rather
 * than CodeMirror's paste and drop handlers, outside an IME's composition. Left to the browser, it is first put
 * into the editor's DOM, which the editor then reads back (for a long token, comparing a whole line of it) and
 * lays out again when its marks (and so its folds) arrive after React's render: a long text was laid out whole,
 * and a typed character cost two layouts. It goes to the store first and into the editor as one transaction with
 * its marks.
 */
const insertions = (id: DocumentId) =>
  EditorView.domEventHandlers({
    beforeinput(event, view) {
      if (!INSERTIONS.has(event.inputType) || event.data === null || event.data === '' || event.isComposing) {
        return false;
      }
      // What the browser would replace: the DOM's selection as it is now (select all, then insert), which the
      // editor's own selection may not have caught up with yet.
      const dom = window.getSelection();
      const inEditor = (node: Node | null | undefined): node is Node =>
        node !== null && node !== undefined && view.contentDOM.contains(node);
      const { main } = view.state.selection;
      const ends =
        dom !== null && inEditor(dom.anchorNode) && inEditor(dom.focusNode)
          ? [view.posAtDOM(dom.anchorNode, dom.anchorOffset), view.posAtDOM(dom.focusNode, dom.focusOffset)]
          : [main.from, main.to];
      const from = Math.min(...ends);
      const to = Math.max(...ends);
      event.preventDefault();
      const doc = view.state.doc;
      const text = doc.sliceString(0, from) + event.data + doc.sliceString(to);
      sendText(id, text, to - from + event.data.length);
      // The marks of the new text; the same marks when the store takes it later (a big token), which the editor
      // then maps through this change itself until the new ones come.
      const marks = selectTokenMarksOf(appStore.getState(), id);
      const newMarks = appliedMarks.get(view) !== marks;
      appliedMarks.set(view, marks);
      view.dispatch({
        changes: { from, to, insert: event.data },
        selection: { anchor: from + event.data.length },
        ...(newMarks ? { effects: setMarks.of(marks) } : {}),
        // The store has this text already: the update listener does not join a megabyte to send it back.
        annotations: fromStore.of(true),
        userEvent: 'input.type',
        scrollIntoView: true,
      });
      // The editor's document is the store's text, the same string: comparing them later costs nothing.
      knownText(view.state.doc, text);
      return true;
    },
  });

const editorTheme = EditorView.theme({
  '&': { fontSize: TOKEN_EDITOR_TEXT.fontSize, backgroundColor: 'transparent' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': {
    fontFamily: TOKEN_EDITOR_TEXT.fontFamily,
    lineHeight: TOKEN_EDITOR_TEXT.lineHeight,
    minHeight: TOKEN_EDITOR_TEXT.minHeight,
    maxHeight: TOKEN_EDITOR_TEXT.maxHeight,
    overflow: 'auto',
  },
  '.cm-content': {
    padding: TOKEN_EDITOR_TEXT.padding,
    caretColor: 'var(--mui-palette-text-primary)',
    wordBreak: TOKEN_EDITOR_TEXT.wordBreak,
  },
  '.cm-line': { padding: 0 },
  '.cm-placeholder': { color: 'var(--mui-palette-text-secondary)' },
  '.tok-header': { color: 'var(--mui-palette-token-header)' },
  '.tok-payload': { color: 'var(--mui-palette-token-payload)' },
  '.tok-signature': { color: 'var(--mui-palette-token-signature)' },
  '.tok-encrypted-key': { color: 'var(--mui-palette-token-encryptedKey)' },
  '.tok-iv': { color: 'var(--mui-palette-token-iv)' },
  // An SD-JWT's disclosures and key-binding JWT (RFC 9901 section 4), apart from the issuer-signed JWT.
  '.tok-disclosure': { color: 'var(--mui-palette-token-iv)' },
  '.tok-key-binding': { color: 'var(--mui-palette-token-encryptedKey)' },
  '.tok-dot': { color: 'var(--mui-palette-token-dot)', fontWeight: 700 },
  '.tok-error': {
    color: 'var(--mui-palette-token-error)',
    backgroundColor: 'var(--mui-palette-token-errorBackground)',
    textDecoration: 'underline wavy',
    textDecorationColor: 'var(--mui-palette-token-error)',
    fontWeight: 700,
  },
  '.cm-selectionBackground, &.cm-focused .cm-selectionBackground': {
    backgroundColor: 'var(--mui-palette-action-selected) !important',
  },
});

interface TokenCodeEditorProps extends TokenEditorProps {
  /** Takes the focus when it appears (its stand-in had it). */
  readonly takeFocus: boolean;
}

/**
 * A token editor: CodeMirror, with each segment coloured and the character an error points at marked. The main
 * token's, or another document's (the token to compare with), each of its own document in the store.
 */
export function TokenCodeEditor({ takeFocus, ...props }: TokenCodeEditorProps) {
  const {
    documentId: id,
    testId,
    label,
    placeholder: placeholderText,
    minHeight,
    maxHeight,
  } = tokenEditorProps(props);
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const tokenText = useAppStore((s) => selectTokenTextOf(s, id));
  const marks = useAppStore((s) => selectTokenMarksOf(s, id));
  const invalid = useAppStore((s) => selectHasDecodeErrors(s, id));
  const takeFocusRef = useRef(takeFocus);

  useEffect(() => {
    if (host.current === null) return undefined;
    const initial = selectTokenTextOf(appStore.getState(), id);
    const created = EditorState.create({
      doc: initial,
      extensions: [
        history(),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        EditorView.lineWrapping,
        placeholder(placeholderText),
        marksField,
        tokenFolds(setMarks),
        insertions(id),
        editorTheme,
        minHeight === TOKEN_EDITOR_TEXT.minHeight && maxHeight === TOKEN_EDITOR_TEXT.maxHeight
          ? []
          : EditorView.theme({ '.cm-scroller': { minHeight, maxHeight } }),
        editorContentAttributes(testId, label),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !update.transactions.some((tr) => tr.annotation(fromStore) === true)) {
            let changed = 0;
            update.changes.iterChangedRanges((fromA, toA, fromB, toB) => {
              changed += toA - fromA + (toB - fromB);
            });
            sendText(id, docTextAfter(update.startState.doc, update.state.doc, update.changes), changed);
          }
        }),
      ],
    });
    // The view starts with its marks, and so its folds: a megabyte from a link is never laid out whole first.
    const marks = selectTokenMarksOf(appStore.getState(), id);
    const editor = new EditorView({
      parent: host.current,
      state: created.update({ effects: setMarks.of(marks) }).state,
    });
    knownText(editor.state.doc, initial);
    appliedMarks.set(editor, marks);
    view.current = editor;
    if (takeFocusRef.current) editor.focus();
    return () => {
      editor.destroy();
      view.current = null;
    };
    // Made again only if what it is made of changes (never, for an editor on the page).
  }, [id, testId, label, placeholderText, minHeight, maxHeight]);

  // The store changed the token (a fix, a fragment): bring the editor in line. With the store's text as it is now,
  // not as this render read it: a token can arrive (a fragment) between a render and its effects, and the text the
  // render read must then neither show nor be sent back over the newer one.
  useEffect(() => {
    const editor = view.current;
    if (editor === null) return;
    const wanted = selectTokenTextOf(appStore.getState(), id);
    // The editor's text as the very string the store holds, where it is (typing, or this effect before): a
    // megabyte is then compared by reference, not joined and compared character by character each keystroke.
    const current = docText(editor.state.doc);
    if (current !== wanted) {
      editor.dispatch({
        changes: { from: 0, to: current.length, insert: wanted },
        annotations: fromStore.of(true),
      });
      knownText(editor.state.doc, wanted);
    }
  }, [tokenText, id]);

  useEffect(() => {
    const editor = view.current;
    if (editor === null || appliedMarks.get(editor) === marks) return;
    appliedMarks.set(editor, marks);
    editor.dispatch({ effects: setMarks.of(marks) });
  }, [marks]);

  useEffect(() => {
    view.current?.contentDOM.setAttribute('aria-invalid', invalid ? 'true' : 'false');
  }, [invalid]);

  return <TokenEditorFrame ref={host} invalid={invalid} />;
}
