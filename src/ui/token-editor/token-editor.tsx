import { useState } from 'react';
import { selectDecoded, selectTokenText } from '../../state/selectors/document';
import { useAppStore } from '../../state/store';
import { EditorFallback } from '../codemirror/editor-fallback';
import { lazyModule } from '../common/lazy';
import { TEST_IDS } from '../test-ids';
import { selectTokenMarks } from '../../state/selectors/token';
import { ColouredToken, TOKEN_EDITOR_TEXT, TOKEN_PLACEHOLDER, TokenEditorFrame } from './token-editor-frame';

const codeEditor = lazyModule(() => import('./token-code-editor'));

/**
 * The encoded-token editor. CodeMirror loads after the first paint: until then the token shows as plain text in
 * the same place, read-only.
 */
export function TokenEditor() {
  const loaded = codeEditor.useModule();
  const [focused, setFocused] = useState(false);
  if (loaded !== undefined) return <loaded.TokenCodeEditor takeFocus={focused} />;
  return <PlainTokenEditor onFocusChange={setFocused} />;
}

/** The token as plain text, read-only, while CodeMirror loads (once it has, nothing here follows the store). */
function PlainTokenEditor({ onFocusChange }: { readonly onFocusChange: (focused: boolean) => void }) {
  const text = useAppStore(selectTokenText);
  const marks = useAppStore(selectTokenMarks);
  const invalid = useAppStore((s) => selectDecoded(s).errors.length > 0);
  return (
    <TokenEditorFrame invalid={invalid}>
      <EditorFallback
        testId={TEST_IDS.tokenInput}
        label="Encoded token"
        invalid={invalid}
        placeholder={TOKEN_PLACEHOLDER}
        sx={{ ...TOKEN_EDITOR_TEXT, overflow: 'auto' }}
        onFocusChange={onFocusChange}
      >
        {text === '' ? null : <ColouredToken text={text} marks={marks} />}
      </EditorFallback>
    </TokenEditorFrame>
  );
}
