import { useState } from 'react';
import { selectHasDecodeErrors, selectTokenTextOf } from '../../state/selectors/document';
import { useAppStore } from '../../state/store';
import { EditorFallback } from '../codemirror/editor-fallback';
import { lazyModule } from '../common/lazy';
import { selectTokenMarksOf } from '../../state/selectors/token';
import {
  ColouredToken,
  TOKEN_EDITOR_TEXT,
  TokenEditorFrame,
  tokenEditorProps,
  type TokenEditorProps,
} from './token-editor-frame';

const codeEditor = lazyModule(() => import('./token-code-editor'));

/**
 * A token editor: the main token's (the encoded-token editor), or another document's (the token to compare
 * with). CodeMirror loads after the first paint: until then the token shows as plain text in the same place,
 * read-only.
 */
export function TokenEditor(props: TokenEditorProps) {
  const loaded = codeEditor.useModule();
  const [focused, setFocused] = useState(false);
  if (loaded !== undefined) return <loaded.TokenCodeEditor takeFocus={focused} {...props} />;
  return <PlainTokenEditor onFocusChange={setFocused} {...props} />;
}

interface PlainTokenEditorProps extends TokenEditorProps {
  readonly onFocusChange: (focused: boolean) => void;
}

/** The token as plain text, read-only, while CodeMirror loads (once it has, nothing here follows the store). */
function PlainTokenEditor({ onFocusChange, ...props }: PlainTokenEditorProps) {
  const { documentId: id, testId, label, placeholder, minHeight, maxHeight } = tokenEditorProps(props);
  const text = useAppStore((s) => selectTokenTextOf(s, id));
  const marks = useAppStore((s) => selectTokenMarksOf(s, id));
  const invalid = useAppStore((s) => selectHasDecodeErrors(s, id));
  return (
    <TokenEditorFrame invalid={invalid}>
      <EditorFallback
        testId={testId}
        label={label}
        invalid={invalid}
        placeholder={placeholder}
        sx={{ ...TOKEN_EDITOR_TEXT, minHeight, maxHeight, overflow: 'auto' }}
        onFocusChange={onFocusChange}
      >
        {text === '' ? null : <ColouredToken text={text} marks={marks} />}
      </EditorFallback>
    </TokenEditorFrame>
  );
}
