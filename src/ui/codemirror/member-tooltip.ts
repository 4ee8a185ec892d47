import { syntaxTree } from '@codemirror/language';
import { Prec, StateEffect, StateField, type EditorState, type Extension } from '@codemirror/state';
import {
  closeHoverTooltips,
  EditorView,
  hasHoverTooltips,
  hoverTooltip,
  keymap,
  showTooltip,
  tooltips,
  type Tooltip,
  type TooltipView,
} from '@codemirror/view';
import type { SyntaxNode } from '@lezer/common';
import { TEST_IDS } from '../test-ids';
import { addDescribedBy, removeDescribedBy } from './described-by';

/** What a member name means, as the tooltip shows it: one sentence, then where that is defined. */
export interface MemberHint {
  readonly sentence: string;
  /** The source in words ("RFC 7519 §4.1.4", "Microsoft Entra ID · vendor claim"). */
  readonly source: string;
}

/** The meaning of the member at a path from the top object (`['exp']`, `['realm_access', 'roles']`), if known. */
export type DescribeMember = (path: readonly string[]) => MemberHint | undefined;

/** A member name in the editor's text: where its JSON string is, and the names from the top object down to it. */
export interface MemberAt {
  readonly from: number;
  readonly to: number;
  readonly path: readonly string[];
}

/** The name a `PropertyName` token stands for (its JSON string decoded), or undefined for a malformed one. */
export function memberNameOf(literal: string): string | undefined {
  if (literal.length < 2 || !literal.startsWith('"') || !literal.endsWith('"')) return undefined;
  if (!literal.includes('\\')) return literal.slice(1, -1);
  try {
    const name: unknown = JSON.parse(literal);
    return typeof name === 'string' ? name : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The path of a `PropertyName` node: its own name after the names of the properties whose object values hold it.
 * Undefined inside an array (its items are not members of a claim) or where the tree is broken.
 */
export function memberPath(
  name: SyntaxNode,
  read: (from: number, to: number) => string,
): readonly string[] | undefined {
  const path: string[] = [];
  let key: SyntaxNode | null = name;
  while (key !== null) {
    const property: SyntaxNode | null = key.parent;
    const object: SyntaxNode | null | undefined = property?.parent;
    if (property?.name !== 'Property' || object?.name !== 'Object') return undefined;
    const text = memberNameOf(read(key.from, key.to));
    if (text === undefined) return undefined;
    path.push(text);
    const above: SyntaxNode | null = object.parent;
    if (above === null || above.name === 'JsonText') return path.reverse();
    if (above.name !== 'Property') return undefined;
    key = above.getChild('PropertyName');
  }
  return undefined;
}

/** The member name at `pos` (`side` as in Lezer's `resolveInner`), from the editor's JSON syntax tree. */
export function memberAt(state: EditorState, pos: number, side: -1 | 0 | 1): MemberAt | undefined {
  const node = syntaxTree(state).resolveInner(pos, side);
  if (node.name !== 'PropertyName') return undefined;
  const path = memberPath(node, (from, to) => state.sliceDoc(from, to));
  return path === undefined ? undefined : { from: node.from, to: node.to, path };
}

/** Replaces the lookup the tooltips read (the store's words change with the token). */
export const setDescribeMember = StateEffect.define<DescribeMember | undefined>();
const setFocused = StateEffect.define<boolean>();
const dismissHint = StateEffect.define();

const describeField = StateField.define<DescribeMember | undefined>({
  create: () => undefined,
  update(value, tr) {
    for (const effect of tr.effects) if (effect.is(setDescribeMember)) return effect.value;
    return value;
  },
});

const focusedField = StateField.define<boolean>({
  create: () => false,
  update(value, tr) {
    for (const effect of tr.effects) if (effect.is(setFocused)) return effect.value;
    return value;
  },
});

let nextId = 0;

/** The tooltip's content, as text only: the words are data and never markup. */
function hintDom(hint: MemberHint): HTMLElement {
  const dom = document.createElement('div');
  dom.className = 'cm-member-tooltip';
  dom.setAttribute('role', 'tooltip');
  dom.setAttribute('data-testid', TEST_IDS.memberTooltip);
  const sentence = document.createElement('div');
  sentence.className = 'cm-member-tooltip-sentence';
  sentence.textContent = hint.sentence;
  const source = document.createElement('div');
  source.className = 'cm-member-tooltip-source';
  source.textContent = hint.source;
  dom.append(sentence, source);
  return dom;
}

/** The cursor's tooltip: the editor's text is described by it while it is shown. */
function cursorHintView(view: EditorView, hint: MemberHint): TooltipView {
  const dom = hintDom(hint);
  nextId += 1;
  dom.id = `cm-member-tooltip-${String(nextId)}`;
  return {
    dom,
    mount: () => addDescribedBy(view.contentDOM, dom.id),
    destroy: () => removeDescribedBy(view.contentDOM, dom.id),
  };
}

/** The member the cursor sits in and its meaning; `shown` is false once Escape dismissed it. */
interface CursorHint {
  readonly from: number;
  readonly to: number;
  readonly hint: MemberHint;
  readonly shown: boolean;
  /** Kept while the words stay the same, so the tooltip's DOM is kept too. */
  readonly create: (view: EditorView) => TooltipView;
}

function sameHint(a: MemberHint, b: MemberHint): boolean {
  return a.sentence === b.sentence && a.source === b.source;
}

function cursorHint(state: EditorState, previous: CursorHint | null): CursorHint | null {
  const describe = state.field(describeField);
  const cursor = state.selection.main;
  if (describe === undefined || !state.field(focusedField) || !cursor.empty) return null;
  const at = memberAt(state, cursor.head, 0);
  const hint = at === undefined ? undefined : describe(at.path);
  if (at === undefined || hint === undefined) return null;
  if (previous !== null && sameHint(previous.hint, hint)) {
    const sameMember = previous.from === at.from && previous.to === at.to;
    if (sameMember) return previous;
    return { ...previous, from: at.from, to: at.to, shown: true };
  }
  return { from: at.from, to: at.to, hint, shown: true, create: (view) => cursorHintView(view, hint) };
}

const cursorHintField = StateField.define<CursorHint | null>({
  create: () => null,
  update(value, tr) {
    const dismissed = tr.effects.some((e) => e.is(dismissHint));
    const relevant =
      tr.docChanged ||
      tr.selection !== undefined ||
      tr.effects.some((e) => e.is(setDescribeMember) || e.is(setFocused));
    let previous = value;
    if (previous !== null && tr.docChanged) {
      previous = {
        ...previous,
        from: tr.changes.mapPos(previous.from, 1),
        to: tr.changes.mapPos(previous.to, -1),
      };
    }
    const next = relevant ? cursorHint(tr.state, previous) : previous;
    return dismissed && next !== null ? { ...next, shown: false } : next;
  },
  provide: (field) =>
    showTooltip.from(field, (value): Tooltip | null =>
      value?.shown === true ? { pos: value.from, end: value.to, above: true, create: value.create } : null,
    ),
});

const memberHover = hoverTooltip(
  (view, pos, side) => {
    const describe = view.state.field(describeField, false);
    const at = describe === undefined ? undefined : memberAt(view.state, pos, side);
    if (describe === undefined || at === undefined) return null;
    // The cursor's tooltip already says it.
    const cursor = view.state.field(cursorHintField, false);
    if (cursor?.shown === true && cursor.from === at.from) return null;
    const hint = describe(at.path);
    if (hint === undefined) return null;
    return { pos: at.from, end: at.to, above: true, create: () => ({ dom: hintDom(hint) }) };
  },
  { hideOnChange: true },
);

/** Escape dismisses the tooltips without moving the pointer or the cursor (WCAG 1.4.13). */
const dismissKeymap = Prec.high(
  keymap.of([
    {
      key: 'Escape',
      run: (view) => {
        const effects: StateEffect<unknown>[] = [];
        if (view.state.field(cursorHintField, false)?.shown === true) effects.push(dismissHint.of(null));
        if (hasHoverTooltips(view.state)) effects.push(closeHoverTooltips);
        if (effects.length === 0) return false;
        view.dispatch({ effects });
        return true;
      },
    },
  ]),
);

const tooltipTheme = EditorView.theme({
  // Hover tooltips sit in a host of their own; the cursor's tooltip is its own host.
  '.cm-tooltip.cm-tooltip-hover, .cm-tooltip.cm-member-tooltip': {
    backgroundColor: 'var(--mui-palette-background-paper)',
    backgroundImage: 'var(--mui-overlays-8, none)',
    color: 'var(--mui-palette-text-primary)',
    border: '1px solid var(--mui-palette-divider)',
    borderRadius: '6px',
    boxShadow: 'var(--mui-shadows-4)',
  },
  '.cm-member-tooltip': {
    maxWidth: 'min(28rem, calc(100vw - 16px))',
    padding: '6px 10px',
    font: 'var(--mui-font-body2)',
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
  },
  '.cm-member-tooltip-source': {
    marginTop: '2px',
    font: 'var(--mui-font-caption)',
    fontWeight: 600,
    color: 'var(--mui-palette-text-secondary)',
  },
});

/** The room tooltips may take: the page's width less a margin, so one never touches the screen's edge. */
const tooltipSpace = tooltips({
  tooltipSpace: (view) => {
    const page = view.dom.ownerDocument.documentElement;
    return { top: 0, left: 8, right: page.clientWidth - 8, bottom: page.clientHeight };
  },
});

/**
 * Explains member names of a JSON editor: on hover, and while the cursor sits in one and the editor has focus
 * (keyboard users get it too). Only names `describe` knows get a tooltip; {@link setDescribeMember} replaces it.
 */
export function memberTooltips(describe: DescribeMember | undefined): Extension {
  return [
    describeField.init(() => describe),
    focusedField,
    EditorView.focusChangeEffect.of((_state, focusing) => setFocused.of(focusing)),
    cursorHintField,
    memberHover,
    dismissKeymap,
    tooltipSpace,
    tooltipTheme,
  ];
}
