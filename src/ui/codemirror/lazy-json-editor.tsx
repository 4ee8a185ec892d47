import { useState, type ComponentProps } from 'react';
import { lazyModule } from '../common/lazy';
import { EditorFallback } from './editor-fallback';
import type { JsonEditor } from './json-editor';
import { JSON_EDITOR_TEXT, JsonEditorFrame } from './json-editor-frame';

const codeEditor = lazyModule(() => import('./json-editor'));

/** The stand-in shows at most this much text: the editor itself draws only what is on screen. */
const FALLBACK_MAX_CHARS = 32_768;

/** The width of CodeMirror's fold gutter, which the stand-in leaves free. */
const FOLD_GUTTER_WIDTH = '17px';

/**
 * A JSON editor (`JsonEditor`) that loads after the first paint: until then its text shows plainly in the same
 * place, read-only.
 */
export function LazyJsonEditor(props: Omit<ComponentProps<typeof JsonEditor>, 'takeFocus'>) {
  const loaded = codeEditor.useModule();
  const [focused, setFocused] = useState(false);
  if (loaded !== undefined) return <loaded.JsonEditor {...props} takeFocus={focused} />;
  // A stand-in has nothing to keep.
  if (props.hidden === true) return null;
  const { value, testId, label, invalid, errorId } = props;
  return (
    <JsonEditorFrame invalid={invalid}>
      <EditorFallback
        testId={testId}
        label={label}
        invalid={invalid}
        errorId={errorId}
        sx={{ ...JSON_EDITOR_TEXT, paddingLeft: FOLD_GUTTER_WIDTH, overflowWrap: 'anywhere' }}
        onFocusChange={setFocused}
      >
        {value.length > FALLBACK_MAX_CHARS ? `${value.slice(0, FALLBACK_MAX_CHARS)}…` : value}
      </EditorFallback>
    </JsonEditorFrame>
  );
}
