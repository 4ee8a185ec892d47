import { syntaxTree } from '@codemirror/language';
import type { Range } from '@codemirror/state';
import {
  Decoration,
  ViewPlugin,
  type DecorationSet,
  type EditorView,
  type ViewUpdate,
} from '@codemirror/view';
import type { CodeColors } from '../palette';

/** The class each node of Lezer's JSON grammar is painted with, by the colour of the palette it takes. */
const STYLE_OF_NODE: Readonly<Record<string, keyof CodeColors>> = {
  PropertyName: 'key',
  String: 'string',
  Number: 'number',
  True: 'literal',
  False: 'literal',
  Null: 'literal',
  '{': 'punctuation',
  '}': 'punctuation',
  '[': 'punctuation',
  ']': 'punctuation',
  ',': 'punctuation',
  ':': 'punctuation',
};

/** The mark of each colour (shared with the tree-free highlighter of big documents, big-json.ts). */
export const MARK_OF_STYLE: Readonly<Record<keyof CodeColors, Decoration>> = {
  key: Decoration.mark({ class: 'cm-json-key' }),
  string: Decoration.mark({ class: 'cm-json-string' }),
  number: Decoration.mark({ class: 'cm-json-number' }),
  literal: Decoration.mark({ class: 'cm-json-literal' }),
  punctuation: Decoration.mark({ class: 'cm-json-punctuation' }),
};

/** The CSS of those classes: the palette's JSON colours (`theme.palette.code`), through MUI's CSS variables. */
export const JSON_HIGHLIGHT_STYLES = {
  '.cm-json-key': { color: 'var(--mui-palette-code-key)' },
  '.cm-json-string': { color: 'var(--mui-palette-code-string)' },
  '.cm-json-number': { color: 'var(--mui-palette-code-number)' },
  '.cm-json-literal': { color: 'var(--mui-palette-code-literal)' },
  '.cm-json-punctuation': { color: 'var(--mui-palette-code-punctuation)' },
} as const;

function highlight(view: EditorView): DecorationSet {
  const ranges: Range<Decoration>[] = [];
  const tree = syntaxTree(view.state);
  for (const { from, to } of view.visibleRanges) {
    tree.iterate({
      from,
      to,
      enter(node) {
        const style = STYLE_OF_NODE[node.name];
        if (style === undefined) return undefined;
        if (node.to > node.from) ranges.push(MARK_OF_STYLE[style].range(node.from, node.to));
        // A string or number has no children worth visiting.
        return false;
      },
    });
  }
  return Decoration.set(ranges, true);
}

/**
 * Syntax colours for JSON from the palette: each node of the parse tree (the JSON language's own Lezer parser,
 * which the editor runs incrementally) is marked with its class, on the visible part of the document only.
 */
export const jsonHighlight = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = highlight(view);
    }
    update(update: ViewUpdate): void {
      if (
        update.docChanged ||
        update.viewportChanged ||
        syntaxTree(update.startState) !== syntaxTree(update.state)
      ) {
        this.decorations = highlight(update.view);
      }
    }
  },
  { decorations: (plugin) => plugin.decorations },
);
