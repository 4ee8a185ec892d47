import { jsonLineTokens } from '../../core/json/line-tokens';
import { foldService } from '@codemirror/language';
import type { EditorState, Extension, Range, Text } from '@codemirror/state';
import {
  Decoration,
  ViewPlugin,
  type DecorationSet,
  type EditorView,
  type ViewUpdate,
} from '@codemirror/view';
import { docText } from './doc-text';
import { MARK_OF_STYLE } from './json-highlight';

/**
 * From this many characters on, a JSON editor shows its text without a parse tree: Lezer's first parse of a
 * megabyte of JSON, and its background slices, take the main thread for tens of milliseconds at a time. The
 * colours then come from the lines on screen (`jsonLineTokens`) and folding from the indentation; the member
 * tooltips, which need the tree, are left out (the claims table says what each claim means).
 */
export const BIG_DOC_CHARS = 100_000;

export function isBigDoc(doc: Text): boolean {
  return doc.length >= BIG_DOC_CHARS;
}

function highlightLines(view: EditorView): DecorationSet {
  const ranges: Range<Decoration>[] = [];
  const { doc } = view.state;
  let lastLine = 0;
  for (const { from, to } of view.visibleRanges) {
    for (let pos = from; pos <= to;) {
      const line = doc.lineAt(pos);
      if (line.number > lastLine) {
        lastLine = line.number;
        for (const token of jsonLineTokens(line.text)) {
          ranges.push(MARK_OF_STYLE[token.style].range(line.from + token.from, line.from + token.to));
        }
      }
      pos = line.to + 1;
    }
  }
  return Decoration.set(ranges, true);
}

/** Colours of the lines on screen, read line by line (JSON strings never span lines): no parse of the whole text. */
const lineHighlight = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = highlightLines(view);
    }
    update(update: ViewUpdate): void {
      if (update.docChanged || update.viewportChanged) this.decorations = highlightLines(update.view);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);

function indentOf(text: string): number {
  let at = 0;
  while (at < text.length && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09)) at++;
  return at;
}

const CLOSER: Readonly<Record<string, string>> = { '{': '}', '[': ']' };

interface FoldRange {
  readonly from: number;
  readonly to: number;
}

/** The fold ranges found so far, per document (a document is immutable: an edit makes a new one). */
const foldCache = new WeakMap<Text, Map<number, FoldRange | null>>();

/**
 * The range a line opening an object or array folds, read from the indentation: from the end of the line to the
 * first later line indented no deeper, when that line starts with the matching bracket at the same depth (pretty
 * JSON, as the decoder prints it). Other text folds nothing rather than something wrong. One regular-expression
 * search per line asked about, remembered for the document.
 */
export function indentFoldRange(state: EditorState, lineStart: number): FoldRange | null {
  const { doc } = state;
  let cache = foldCache.get(doc);
  if (cache === undefined) {
    cache = new Map();
    foldCache.set(doc, cache);
  }
  const known = cache.get(lineStart);
  if (known !== undefined) return known;
  const line = doc.lineAt(lineStart);
  const trimmed = line.text.trimEnd();
  const closer = CLOSER[trimmed.charAt(trimmed.length - 1)];
  let found: FoldRange | null = null;
  if (closer !== undefined) {
    const indent = indentOf(trimmed);
    // The first later line that has text and is indented no deeper than this one.
    const shallower = new RegExp(`\\n[ \\t]{0,${String(indent)}}(?![ \\t\\r\\n])`, 'g');
    shallower.lastIndex = line.to;
    const text = docText(doc);
    const match = shallower.exec(text);
    if (match !== null && match[0].length - 1 === indent && text.charAt(shallower.lastIndex) === closer) {
      found = { from: line.from + trimmed.length, to: shallower.lastIndex };
    }
  }
  cache.set(lineStart, found);
  return found;
}

/**
 * What the fold service answers: `indentFoldRange`, except that a line which opens a container whose next line is
 * indented deeper answers at once with a range whose end is found when it is read. The fold gutter asks about
 * every line on screen and only looks at whether there is a range; for the outermost containers of a megabyte the
 * search for the end went through all of the text (10 ms for the first screen). Folding reads the end, and gets
 * `indentFoldRange`'s (none: the fold then hides nothing).
 */
export function foldServiceRange(state: EditorState, lineStart: number): FoldRange | null {
  const known = foldCache.get(state.doc)?.get(lineStart);
  if (known !== undefined) return known;
  const { doc } = state;
  const line = doc.lineAt(lineStart);
  const trimmed = line.text.trimEnd();
  if (CLOSER[trimmed.charAt(trimmed.length - 1)] === undefined || line.number === doc.lines) return null;
  const next = doc.line(line.number + 1).text;
  const deeper = indentOf(next) > indentOf(trimmed) && next.trim() !== '';
  if (!deeper) return indentFoldRange(state, lineStart);
  const from = line.from + trimmed.length;
  return {
    from,
    get to(): number {
      return indentFoldRange(state, lineStart)?.to ?? from;
    },
  };
}

/** The editor parts for a document of `BIG_DOC_CHARS` or more. */
export function bigJsonMode(): Extension {
  return [lineHighlight, foldService.of((state, lineStart) => foldServiceRange(state, lineStart))];
}
