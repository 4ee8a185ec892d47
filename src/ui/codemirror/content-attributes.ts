import { EditorView } from '@codemirror/view';
import type { Extension } from '@codemirror/state';

/**
 * The attributes of an editor's text area, the same for the token and the JSON editors: its test id and name, and
 * no spelling, capitals, corrections or translation of what is code. No test id (undefined) for an editor kept
 * hidden, so that only what is shown answers to it.
 */
export function editorContentAttributes(testId: string | undefined, label: string): Extension {
  return EditorView.contentAttributes.of(contentAttributesOf(testId, label));
}

/** The attributes `editorContentAttributes` gives, as a record (for an editor that switches them in place). */
export function contentAttributesOf(testId: string | undefined, label: string): Record<string, string> {
  return {
    // An explicit tab stop: axe then sees the scrolling region holds focusable content.
    tabindex: '0',
    ...(testId === undefined ? {} : { 'data-testid': testId }),
    'aria-label': label,
    'aria-multiline': 'true',
    spellcheck: 'false',
    autocapitalize: 'off',
    autocorrect: 'off',
    translate: 'no',
  };
}
