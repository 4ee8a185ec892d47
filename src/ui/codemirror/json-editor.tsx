import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, codeFolding, foldGutter, foldKeymap } from '@codemirror/language';
import { Annotation, EditorState, StateEffect, StateField, Transaction, type Range } from '@codemirror/state';
import { Decoration, EditorView, keymap, type DecorationSet } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import { addDescribedBy, removeDescribedBy } from './described-by';
import { docText, knownText } from './doc-text';
import { JSON_EDITOR_TEXT, JsonEditorFrame } from './json-editor-frame';
import { JSON_HIGHLIGHT_STYLES } from './json-highlight';
import { jsonMode } from './json-mode';
import { createMarksField } from './marks-field';
import { memberTooltips, setDescribeMember, type DescribeMember } from './member-tooltip';
import { minimalChange } from './minimal-change';
import { contentAttributesOf } from './content-attributes';

/** A range of the editor's text to mark: a syntax error, or a value the reader must notice. */
export interface JsonEditorMark {
  readonly from: number;
  readonly to: number;
  readonly kind: 'error' | 'duplicate' | 'inexact';
  /** Shown on hover. */
  readonly title?: string;
}

/** Marks a change that came from the store, so it is not sent back as the user's edit. */
const fromStore = Annotation.define<boolean>();

function markDecoration(mark: JsonEditorMark): Decoration {
  const attributes: Record<string, string> = mark.title === undefined ? {} : { title: mark.title };
  if (mark.kind !== 'error') attributes['data-flag'] = mark.kind;
  return Decoration.mark({ class: `cm-json-${mark.kind}`, attributes });
}

function toDecorations(marks: readonly JsonEditorMark[], length: number): DecorationSet {
  const ranges: Range<Decoration>[] = [];
  for (const mark of marks) {
    let from = Math.min(mark.from, length);
    let to = Math.min(Math.max(mark.to, mark.from), length);
    // An error at the very end (JSON cut short) or of no width is shown on the character before it.
    if (to === from) {
      if (to < length) to += 1;
      else if (from > 0) from -= 1;
    }
    if (to > from) ranges.push(markDecoration(mark).range(from, to));
  }
  return Decoration.set(ranges, true);
}

const { setMarks, marksField } = createMarksField(toDecorations);

/**
 * Whether the user may edit the text, and the text area's attributes: its test id only while shown (a hidden
 * editor answers to none) and whether it is read-only, for assistive technology too.
 */
interface EditorMode {
  readonly readOnly: boolean;
  readonly testId: string | undefined;
  readonly label: string;
}

const setMode = StateEffect.define<EditorMode>();

/**
 * The mode as a field, switched by an effect: a big token's panes go read-only and back, and hidden and shown,
 * as it is typed in, and a field's change recomputes only the facets read from it, where reconfiguring a
 * compartment resolves the editor's whole configuration again (a millisecond or two on a megabyte of JSON).
 */
const modeField = StateField.define<EditorMode>({
  create: () => ({ readOnly: false, testId: undefined, label: '' }),
  update(mode, tr) {
    for (const effect of tr.effects) if (effect.is(setMode)) return effect.value;
    return mode;
  },
  provide: (field) => [
    EditorState.readOnly.from(field, (mode) => mode.readOnly),
    EditorView.contentAttributes.from(field, (mode) => ({
      ...contentAttributesOf(mode.testId, mode.label),
      'aria-readonly': mode.readOnly ? 'true' : 'false',
    })),
  ],
});

function sameMode(a: EditorMode, b: EditorMode): boolean {
  return a.readOnly === b.readOnly && a.testId === b.testId && a.label === b.label;
}

/**
 * Past this many characters (a thousand lines or more of pretty JSON) the editor keeps to TALL_MAX_HEIGHT and
 * scrolls inside: a big payload laid out whole is hundreds of thousands of pixels tall, and every card below it
 * as far down the page.
 */
const TALL_CHARS = 50_000;
const TALL_MAX_HEIGHT = '70vh';

/** Marks the editor `cm-tall` while its text is past TALL_CHARS. */
const tallClass = EditorView.editorAttributes.compute(['doc'], (state) =>
  state.doc.length > TALL_CHARS ? { class: 'cm-tall' } : {},
);

const editorTheme = EditorView.theme({
  '&': { fontSize: JSON_EDITOR_TEXT.fontSize, backgroundColor: 'transparent' },
  '&.cm-focused': { outline: 'none' },
  // The editor grows with its content: no inner scroll, the page scrolls; a very long text scrolls inside.
  '.cm-scroller': {
    fontFamily: JSON_EDITOR_TEXT.fontFamily,
    lineHeight: JSON_EDITOR_TEXT.lineHeight,
    overflow: 'visible',
  },
  '&.cm-tall .cm-scroller': { maxHeight: TALL_MAX_HEIGHT, overflow: 'auto' },
  '.cm-content': {
    padding: JSON_EDITOR_TEXT.padding,
    caretColor: 'var(--mui-palette-text-primary)',
    overflowWrap: 'anywhere',
  },
  '.cm-line': { padding: 0 },
  '.cm-gutters': {
    backgroundColor: 'transparent',
    border: 'none',
    color: 'var(--mui-palette-text-secondary)',
  },
  '.cm-foldGutter .cm-gutterElement': { padding: '0 4px', cursor: 'pointer' },
  '.cm-foldPlaceholder': {
    backgroundColor: 'var(--mui-palette-action-selected)',
    border: 'none',
    color: 'var(--mui-palette-text-primary)',
    padding: '0 4px',
  },
  '&.cm-focused .cm-matchingBracket': {
    backgroundColor: 'var(--mui-palette-action-selected)',
    outline: '1px solid var(--mui-palette-text-secondary)',
  },
  '&.cm-focused .cm-nonmatchingBracket': { backgroundColor: 'var(--mui-palette-token-errorBackground)' },
  '.cm-selectionBackground, &.cm-focused .cm-selectionBackground': {
    backgroundColor: 'var(--mui-palette-action-selected) !important',
  },
  ...JSON_HIGHLIGHT_STYLES,
  '.cm-json-error': {
    backgroundColor: 'var(--mui-palette-token-errorBackground)',
    textDecoration: 'underline wavy',
    textDecorationColor: 'var(--mui-palette-token-error)',
  },
  '.cm-json-duplicate': {
    backgroundColor: 'var(--mui-palette-token-errorBackground)',
    textDecoration: 'underline wavy',
    textDecorationColor: 'var(--mui-palette-token-error)',
  },
  '.cm-json-inexact': {
    textDecoration: 'underline wavy',
    textDecorationColor: 'var(--mui-palette-warning-main)',
  },
});

interface JsonEditorProps {
  /** The text the store holds for this pane (the user's draft, or the decoded part). */
  readonly value: string;
  /** Called with the whole text after each change the user makes. */
  readonly onEdit: (text: string) => void;
  /** Ranges of `value` to mark; applied while the editor holds exactly `value`. */
  readonly marks: readonly JsonEditorMark[];
  readonly testId: string;
  readonly label: string;
  readonly invalid: boolean;
  /** The id of the element that says what is wrong, while `invalid`. */
  readonly errorId?: string;
  /** What a member name means, shown on hover and while the cursor is in it (words from the selectors). */
  readonly describeMember?: DescribeMember;
  /** Takes the focus when it appears (its stand-in had it). */
  readonly takeFocus?: boolean;
  /** Shown, not edited: a decrypted payload, or a layer of a nested token. */
  readonly readOnly?: boolean;
  /**
   * Kept in the page but not shown, without its test id, holding what it last showed: while its part cannot be
   * decoded (a keystroke that breaks the segment's base64url), so that the next keystroke that mends it does not
   * build a new editor.
   */
  readonly hidden?: boolean;
}

/**
 * A JSON editor of the token editor's family: CodeMirror with the JSON language, undo and redo, bracket
 * matching, folding and line wrapping. It shows the store's text and sends the user's edits back; it takes a new
 * text from the store only when it differs from its own, so a re-decoded token never overwrites what is typed.
 * Components never parse: the marks (syntax errors, flagged values) and the members' meanings come from selectors.
 */
export function JsonEditor({
  value,
  onEdit,
  marks,
  testId,
  label,
  invalid,
  errorId,
  describeMember,
  takeFocus = false,
  readOnly = false,
  hidden = false,
}: JsonEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onEditRef = useRef(onEdit);
  const initial = useRef(value);
  const describeRef = useRef(describeMember);
  const takeFocusRef = useRef(takeFocus);
  const readOnlyRef = useRef(readOnly);
  const hiddenRef = useRef(hidden);

  useEffect(() => {
    onEditRef.current = onEdit;
  }, [onEdit]);

  useEffect(() => {
    if (host.current === null) return undefined;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: initial.current,
        extensions: [
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap, ...foldKeymap]),
          jsonMode(initial.current),
          bracketMatching(),
          codeFolding(),
          foldGutter(),
          EditorView.lineWrapping,
          marksField,
          modeField.init(() => ({
            readOnly: readOnlyRef.current,
            testId: hiddenRef.current ? undefined : testId,
            label,
          })),
          memberTooltips(describeRef.current),
          editorTheme,
          tallClass,
          EditorView.updateListener.of((update) => {
            if (!update.docChanged) return;
            if (update.transactions.some((tr) => tr.annotation(fromStore) === true)) return;
            onEditRef.current(docText(update.state.doc));
          }),
        ],
      }),
    });
    view.current = editor;
    if (takeFocusRef.current) editor.focus();
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, [testId, label]);

  // Hidden or shown, read-only or not, switched in place: the test id goes with being shown (a big token's start
  // is shown read-only until it has decoded).
  useEffect(() => {
    hiddenRef.current = hidden;
    readOnlyRef.current = readOnly;
    const editor = view.current;
    if (editor === null) return;
    const mode: EditorMode = { readOnly, testId: hidden ? undefined : testId, label };
    if (!sameMode(editor.state.field(modeField), mode)) editor.dispatch({ effects: setMode.of(mode) });
  }, [hidden, readOnly, testId, label]);

  // The store's text changed for another reason than this editor (a new token, a claim helper, the alg): take
  // it, changing only what differs so the cursor stays where it was. A hidden editor keeps what it last showed,
  // and takes the text once shown again.
  useEffect(() => {
    const editor = view.current;
    if (editor === null || hidden) return;
    const current = docText(editor.state.doc);
    // One transaction takes the text and its marks (one update of the view, not two).
    editor.dispatch(
      current === value
        ? { effects: setMarks.of(marks) }
        : {
            changes: minimalChange(current, value),
            effects: setMarks.of(marks),
            annotations: [fromStore.of(true), Transaction.addToHistory.of(false)],
          },
    );
    if (editor.state.doc.length === value.length) knownText(editor.state.doc, value);
  }, [value, marks, hidden]);

  // A new lookup (the token changed) replaces the old one in place: the editor is not rebuilt.
  useEffect(() => {
    describeRef.current = describeMember;
    view.current?.dispatch({ effects: setDescribeMember.of(describeMember) });
  }, [describeMember]);

  useEffect(() => {
    const content = view.current?.contentDOM;
    if (content === undefined) return undefined;
    content.setAttribute('aria-invalid', invalid ? 'true' : 'false');
    if (!invalid || errorId === undefined) return undefined;
    // Token by token: the member tooltip adds its own id while it is shown.
    addDescribedBy(content, errorId);
    return () => removeDescribedBy(content, errorId);
  }, [invalid, errorId]);

  return <JsonEditorFrame ref={host} invalid={invalid} hidden={hidden} />;
}
