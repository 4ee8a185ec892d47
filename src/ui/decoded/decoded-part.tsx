import { describeInexactNumber, describeUndecodedPart } from '../../core/token/describe';
import Typography from '@mui/material/Typography';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import {
  selectPaneError,
  selectPanePreviewing,
  selectPaneText,
  type PaneError,
} from '../../state/selectors/edit';
import { toDisplayText, type ShownContent, type ShownNote } from '../../state/selectors/token';
import { useAppStore } from '../../state/store';
import type { EditablePart } from '../../state/types';
import type { JsonEditorMark } from '../codemirror/json-editor';
import { LazyJsonEditor } from '../codemirror/lazy-json-editor';
import { lazyModule } from '../common/lazy';
import { CopyButton } from '../common/copy-button';
import { TEST_IDS } from '../test-ids';
import { ClippedCodeBlock, CodeBlock, type ClippableText } from '../common/code-block';
import { hexDumpLength, toHexDump } from '../../core/encoding/text';
import { PartCard } from './part-card';
import { PartError, PartNotes } from './lazy-part-messages';
import { useDescribeMember } from './member-hints';

const PANE_TEXT = { header: selectPaneText('header'), payload: selectPaneText('payload') } as const;
const PANE_ERROR = { header: selectPaneError('header'), payload: selectPaneError('payload') } as const;
const PANE_PREVIEWING = {
  header: selectPanePreviewing('header'),
  payload: selectPanePreviewing('payload'),
} as const;
const ERROR_TEST_ID = { header: TEST_IDS.headerJsonError, payload: TEST_IDS.payloadJsonError } as const;
const DUPLICATE_TITLE = 'This member name appears more than once in its object';

/** The values a reader must notice (repeated member names, numbers JavaScript cannot hold), while shown as decoded. */
function flagMarks(content: ShownContent | undefined, text: string): JsonEditorMark[] {
  if (content?.kind !== 'json' || content.pretty.text !== text) return [];
  const marks: JsonEditorMark[] = [];
  for (const run of content.pretty.runs) {
    if (run.duplicate === true) {
      marks.push({ from: run.from, to: run.to, kind: 'duplicate', title: DUPLICATE_TITLE });
    } else if (run.inexact === true) {
      marks.push({ from: run.from, to: run.to, kind: 'inexact', title: describeInexactNumber(run.jsText) });
    }
  }
  return marks;
}

function errorMarks(error: PaneError | undefined, message: string | undefined): JsonEditorMark[] {
  return error === undefined
    ? []
    : [
        {
          from: error.from,
          to: error.to,
          kind: 'error',
          ...(message === undefined ? {} : { title: message }),
        },
      ];
}

/** The words of the panes' syntax errors, loaded after the first paint (with the error box). */
const paneErrorWords = lazyModule(() => import('../../state/selectors/pane-error-words'));

/** Bytes as a hex dump, made only as far as it is shown: a megabyte of bytes is a 3 MB dump. */
function HexBlock({
  bytes,
  testId,
  label,
}: {
  readonly bytes: Uint8Array;
  readonly testId: string;
  readonly label: string;
}) {
  const text = useMemo<ClippableText>(
    () => ({ length: hexDumpLength(bytes.length), start: (chars) => toHexDump(bytes, chars) }),
    [bytes],
  );
  return <ClippedCodeBlock testId={testId} label={label} text={text} />;
}

/** A part's content that is not edited as JSON: plain text, hex bytes, or why there is none. */
function ReadOnlyContent({
  content,
  testId,
  label,
  missing,
}: {
  readonly content: ShownContent | undefined;
  readonly testId: string;
  readonly label: string;
  readonly missing: string;
}) {
  switch (content?.kind) {
    case 'text':
      return <ClippedCodeBlock testId={testId} label={label} text={content.text} />;
    case 'binary':
      return <HexBlock testId={testId} label={label} bytes={content.bytes} />;
    default:
      return (
        <CodeBlock testId={testId} label={label}>
          <Typography component="span" variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
            {missing}
          </Typography>
        </CodeBlock>
      );
  }
}

interface DecodedPartCardProps {
  readonly part: EditablePart;
  readonly title: string;
  readonly subtitle: string;
  readonly content: ShownContent | undefined;
  /** Whether the token has such a segment at all (it may still fail to decode). */
  readonly present: boolean;
  readonly notes: readonly ShownNote[] | undefined;
  readonly testId: string;
  /** What to say when the token has no such segment at all. */
  readonly absent: string;
  /** Controls shown under the editor (the claim helpers of the payload). */
  readonly tools?: ReactNode;
  /** Shown, not edited (a JWE's header and decrypted payload, a nested token's inner layer). */
  readonly readOnly?: boolean;
}

const NO_EDIT = (): void => undefined;

/**
 * The card for a header or payload: a JSON editor (the user's draft, or the decoded part), a copy button, the
 * syntax error of the draft, and the notes about the part. A part that is not JSON stays a read-only view.
 */
export function DecodedPartCard({
  part,
  title,
  subtitle,
  content,
  present,
  notes,
  testId,
  absent,
  tools,
  readOnly = false,
}: DecodedPartCardProps) {
  const text = useAppStore(PANE_TEXT[part]);
  const error = useAppStore(PANE_ERROR[part]);
  const words = paneErrorWords.useModule();
  const message = error === undefined || words === undefined ? undefined : words.describePaneError(error);
  // The start of a big token, read at once while the whole of it decodes: shown, not edited or copied.
  const previewing = useAppStore(PANE_PREVIEWING[part]);
  const describeMember = useDescribeMember(part);
  const editPart = useAppStore((s) => s.editPart);
  const onEdit = useCallback((next: string) => editPart(part, next), [editPart, part]);
  // Read-only JSON keeps the editor's colours, folding and explanations, without the editing.
  const shownJson = readOnly && content?.kind === 'json' ? content.pretty.text : undefined;
  const editable =
    !readOnly &&
    (error !== undefined ||
      text !== '' ||
      content?.kind === 'json' ||
      content?.kind === 'empty' ||
      (content === undefined && !present));
  const marks = useMemo(
    () =>
      shownJson !== undefined
        ? flagMarks(content, shownJson)
        : [...flagMarks(content, text), ...errorMarks(error, message)],
    [content, text, error, message, shownJson],
  );
  // Once the part has had an editor, it keeps it (hidden, holding what it last showed) while the part cannot be
  // decoded: typing at the end of a segment breaks and mends its base64url on every other keystroke, and building
  // a new editor for a big payload each time cost tens of milliseconds.
  // Read-only JSON (a JWE's header, a decrypted payload) is shown by the same editor, switched in place.
  const editorShown = shownJson !== undefined || editable;
  const [hadEditor, setHadEditor] = useState(false);
  if (editorShown && !hadEditor) setHadEditor(true);
  const errorId = `${part}-json-error`;
  const label = `Decoded ${part}`;
  const missing = (
    <ReadOnlyContent
      content={content}
      testId={testId}
      label={label}
      missing={present ? describeUndecodedPart(part) : absent}
    />
  );
  return (
    <PartCard
      title={title}
      subtitle={subtitle}
      color={`token.${part}`}
      headingId={`${part}-heading`}
      actions={
        <CopyButton
          what={part}
          text={editable ? text : () => toDisplayText(content)}
          disabled={previewing || (editable ? text === '' : content === undefined)}
        />
      }
    >
      {editorShown || hadEditor ? (
        <>
          <LazyJsonEditor
            value={shownJson ?? text}
            onEdit={shownJson === undefined ? onEdit : NO_EDIT}
            marks={marks}
            testId={testId}
            label={label}
            invalid={shownJson === undefined && editable && error !== undefined}
            errorId={errorId}
            describeMember={describeMember}
            readOnly={shownJson !== undefined || previewing || !editable}
            hidden={!editorShown}
          />
          {!editorShown && missing}
        </>
      ) : (
        missing
      )}
      {previewing && part === 'payload' && (
        <Typography
          variant="body2"
          color="text.secondary"
          role="status"
          data-testid={TEST_IDS.payloadPreview}
          sx={{ mt: 1 }}
        >
          Decoding the whole token: the payload is read-only until then.
        </Typography>
      )}
      {error !== undefined && message !== undefined && (
        <PartError id={errorId} testId={ERROR_TEST_ID[part]} message={message} />
      )}
      <PartNotes notes={notes} />
      {tools}
    </PartCard>
  );
}
