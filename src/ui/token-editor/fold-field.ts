import {
  EditorState,
  StateEffect,
  StateField,
  type Extension,
  type Range,
  Transaction,
  type StateEffectType,
} from '@codemirror/state';
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view';
import type { TokenMark } from '../../state/selectors/token';
import { describeFold, toFoldRanges, toSegmentSpans, type FoldRange, type SegmentSpan } from './fold-ranges';

const foldTheme = EditorView.theme({
  '.tok-fold': {
    // Words of the page, not characters of the token: the page's font, wrapped between words.
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    fontSize: '0.8rem',
    lineHeight: '1.4',
    wordBreak: 'normal',
    color: 'var(--mui-palette-text-primary)',
    backgroundColor: 'var(--mui-palette-action-hover)',
    border: '1px dashed var(--mui-palette-text-secondary)',
    borderRadius: '4px',
    padding: '1px 6px',
    margin: '0 4px',
    cursor: 'pointer',
    verticalAlign: 'baseline',
    textAlign: 'start',
  },
  '.tok-fold-action': {
    color: 'var(--mui-palette-primary-main)',
    textDecoration: 'underline',
    whiteSpace: 'nowrap',
  },
  '.tok-fold:hover': { backgroundColor: 'var(--mui-palette-action-selected)' },
  '.tok-fold:focus-visible': {
    outline: '2px solid var(--mui-palette-primary-main)',
    outlineOffset: '1px',
  },
});

/** Shows one folded segment whole, by its index among the segments. */
const expandSegment = StateEffect.define<number>();

/** The button in the middle of a folded segment: what is hidden, and "show all". */
class FoldWidget extends WidgetType {
  constructor(
    readonly fold: FoldRange,
    readonly words: string,
  ) {
    super();
  }

  override eq(other: FoldWidget): boolean {
    return other.words === this.words && other.fold.segment === this.fold.segment;
  }

  override toDOM(view: EditorView): HTMLElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'tok-fold';
    button.dataset.fold = this.fold.part;
    const dots = document.createElement('span');
    dots.setAttribute('aria-hidden', 'true');
    dots.textContent = '…';
    const action = document.createElement('span');
    action.className = 'tok-fold-action';
    action.textContent = 'show all';
    button.append(dots, ` ${this.words} — `, action);
    button.addEventListener('click', () => {
      // Where the button was, the text now is: the caret goes there, so a keyboard user goes on from it.
      const at = view.posAtDOM(button);
      view.dispatch({ effects: expandSegment.of(this.fold.segment), selection: { anchor: at } });
      view.focus();
    });
    return button;
  }

  // The button takes its own clicks and keys: the editor does not treat them as its own.
  override ignoreEvent(): boolean {
    return true;
  }
}

interface FoldState {
  /** The segments of the text as the last marks coloured them, mapped through edits since. */
  readonly segments: readonly SegmentSpan[];
  /** Segments the user asked to see whole, by index. */
  readonly expanded: ReadonlySet<number>;
  readonly folds: readonly FoldRange[];
  readonly decorations: DecorationSet;
}

function toDecorations(folds: readonly FoldRange[]): DecorationSet {
  const ranges: Range<Decoration>[] = folds.map((fold) =>
    Decoration.replace({ widget: new FoldWidget(fold, describeFold(fold)) }).range(fold.from, fold.to),
  );
  return Decoration.set(ranges, true);
}

function build(segments: readonly SegmentSpan[], expanded: ReadonlySet<number>, length: number): FoldState {
  const folds = toFoldRanges(segments, expanded, length);
  return { segments, expanded, folds, decorations: toDecorations(folds) };
}

const NOTHING_EXPANDED: ReadonlySet<number> = new Set();

/**
 * A new text, not an edit of the one shown: a paste or a drop, or the user replacing all of it (select all and
 * type or paste; the change itself may be smaller, where the new text shares a start or an end with the old). The
 * store putting in a token (a fix, a pane edit) keeps what was expanded.
 */
function isNewText(tr: Transaction): boolean {
  if (tr.isUserEvent('input.paste') || tr.isUserEvent('input.drop')) return true;
  if (tr.annotation(Transaction.userEvent) === undefined) return false;
  const { doc, selection } = tr.startState;
  if (selection.ranges.some((r) => r.from === 0 && r.to === doc.length && r.to > 0)) return true;
  const changed: (readonly [number, number])[] = [];
  tr.changes.iterChangedRanges((fromA, toA) => changed.push([fromA, toA]));
  return changed.some(([fromA, toA]) => fromA === 0 && toA === doc.length && toA > 0);
}

function mapFold(fold: FoldRange, tr: Transaction): FoldRange {
  return { ...fold, from: tr.changes.mapPos(fold.from, 1), to: tr.changes.mapPos(fold.to, -1) };
}

/**
 * Long segments of the token editor shown folded: their start and end, and between them a button saying how much
 * is hidden that shows it all. The document keeps every character (copying copies them all, the store's text
 * never changes); only what the browser lays out is cut. Folds come from the segments of the marks (`setMarks`),
 * once per change, never from a look at the characters.
 */
export function tokenFolds(setMarks: StateEffectType<readonly TokenMark[]>): Extension {
  const field = StateField.define<FoldState>({
    create: () => build([], NOTHING_EXPANDED, 0),
    update(value, tr) {
      let { segments, expanded } = value;
      if (tr.docChanged) {
        if (isNewText(tr)) expanded = NOTHING_EXPANDED;
        segments = segments.map((s) => ({
          from: tr.changes.mapPos(s.from, 1),
          to: tr.changes.mapPos(s.to, -1),
          part: s.part,
        }));
      }
      let rebuild = false;
      for (const effect of tr.effects) {
        if (effect.is(setMarks)) {
          segments = toSegmentSpans(effect.value, tr.state.doc.length);
          rebuild = true;
        } else if (effect.is(expandSegment)) {
          expanded = new Set([...expanded, effect.value]);
          rebuild = true;
        }
      }
      if (rebuild || expanded !== value.expanded) return build(segments, expanded, tr.state.doc.length);
      if (!tr.docChanged) return value;
      // An edit before its marks arrive: the folds move with the text (no edit reaches inside one).
      return {
        segments,
        expanded,
        folds: value.folds.map((fold) => mapFold(fold, tr)).filter((fold) => fold.to > fold.from),
        decorations: value.decorations.map(tr.changes),
      };
    },
    provide: (f) => [
      EditorView.decorations.from(f, (state) => state.decorations),
      // The caret steps over a fold as over one character; a selection that ends in one takes all of it.
      EditorView.atomicRanges.of((view) => view.state.field(f).decorations),
    ],
  });

  // Backspace or Delete beside a fold would take the whole hidden text at once: a fold is removed only by a
  // selection the user made over it (or by replacing the whole text).
  const keepFolds = EditorState.transactionFilter.of((tr) => {
    if (!tr.docChanged || !(tr.isUserEvent('delete.backward') || tr.isUserEvent('delete.forward'))) return tr;
    if (!tr.startState.selection.ranges.every((r) => r.empty)) return tr;
    const { folds } = tr.startState.field(field);
    const deleted: (readonly [number, number])[] = [];
    tr.changes.iterChangedRanges((fromA, toA) => deleted.push([fromA, toA]));
    const reachesFold = deleted.some(([fromA, toA]) => folds.some((f) => fromA < f.to && toA > f.from));
    return reachesFold ? {} : tr;
  });

  return [field, keepFolds, foldTheme];
}
