import Box from '@mui/material/Box';
import type { CSSProperties, ReactNode, Ref } from 'react';
import type { TokenMark } from '../../state/selectors/token';
import type { DocumentId } from '../../state/types';
import { TEST_IDS } from '../test-ids';
import { MONO_FONT } from '../theme';

/** The token editor's text: CodeMirror's theme and its plain stand-in share it, so nothing moves on the swap. */
export const TOKEN_EDITOR_TEXT = {
  fontFamily: MONO_FONT,
  fontSize: '0.95rem',
  lineHeight: '1.55',
  minHeight: '7.5rem',
  maxHeight: '60vh',
  padding: '12px',
  wordBreak: 'break-all',
} as const;

export const TOKEN_PLACEHOLDER = 'Paste a token here: eyJhbGciOi…';

/** Which token a token editor edits, and how it is named: the main token's editor unless said otherwise. */
export interface TokenEditorProps {
  /** The document whose text it edits. */
  readonly documentId?: DocumentId;
  readonly testId?: string;
  /** Its accessible name. */
  readonly label?: string;
  readonly placeholder?: string;
  /** Its least height (CSS): the main editor's is {@link TOKEN_EDITOR_TEXT}'s. */
  readonly minHeight?: string;
  /** Its greatest height (CSS), past which it scrolls: the main editor's is {@link TOKEN_EDITOR_TEXT}'s. */
  readonly maxHeight?: string;
}

/** A token editor's props with the main editor's for those not given. */
export function tokenEditorProps(props: TokenEditorProps): Required<TokenEditorProps> {
  return {
    documentId: props.documentId ?? 'main',
    testId: props.testId ?? TEST_IDS.tokenInput,
    label: props.label ?? 'Encoded token',
    placeholder: props.placeholder ?? TOKEN_PLACEHOLDER,
    minHeight: props.minHeight ?? TOKEN_EDITOR_TEXT.minHeight,
    maxHeight: props.maxHeight ?? TOKEN_EDITOR_TEXT.maxHeight,
  };
}

interface TokenEditorFrameProps {
  readonly invalid: boolean;
  readonly ref?: Ref<HTMLDivElement>;
  readonly children?: ReactNode;
}

/** The border around the token editor (red while the token does not decode). */
export function TokenEditorFrame({ invalid, ref, children }: TokenEditorFrameProps) {
  return (
    <Box
      ref={ref}
      sx={{
        border: 1,
        borderColor: invalid ? 'error.main' : 'divider',
        borderRadius: 1,
        '&:focus-within': { borderColor: invalid ? 'error.main' : 'primary.main', boxShadow: 1 },
      }}
    >
      {children}
    </Box>
  );
}

type MarkKind = TokenMark['kind'];

const color = (name: string): CSSProperties => ({ color: `var(--mui-palette-token-${name})` });

/** The colours of the token's parts, as the editor paints them (its `tok-*` classes), for the plain stand-in. */
const MARK_STYLE: Record<MarkKind, CSSProperties> = {
  header: color('header'),
  payload: color('payload'),
  signature: color('signature'),
  'encrypted-key': color('encryptedKey'),
  iv: color('iv'),
  ciphertext: color('payload'),
  tag: color('signature'),
  disclosure: color('iv'),
  'key-binding': color('encryptedKey'),
  token: {},
  dot: { ...color('dot'), fontWeight: 700 },
  error: {
    ...color('error'),
    backgroundColor: 'var(--mui-palette-token-errorBackground)',
    textDecoration: 'underline wavy',
    textDecorationColor: 'var(--mui-palette-token-error)',
    fontWeight: 700,
  },
};

/** The stand-in shows at most this much text: the editor itself windows a long token, a plain block cannot. */
export const FALLBACK_MAX_CHARS = 32_768;

/** The token's text in coloured runs, for the plain stand-in: the same marks, without the editor. */
export function ColouredToken({
  text,
  marks,
}: {
  readonly text: string;
  readonly marks: readonly TokenMark[];
}) {
  const shown = text.length > FALLBACK_MAX_CHARS ? text.slice(0, FALLBACK_MAX_CHARS) : text;
  const cuts = new Set([0, shown.length]);
  for (const mark of marks) {
    if (mark.from < shown.length) cuts.add(Math.max(0, mark.from));
    if (mark.to < shown.length) cuts.add(Math.max(0, mark.to));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: ReactNode[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? 0;
    let style: CSSProperties = {};
    for (const mark of marks)
      if (mark.from <= from && mark.to >= to) style = { ...style, ...MARK_STYLE[mark.kind] };
    runs.push(
      <span key={from} style={style}>
        {shown.slice(from, to)}
      </span>,
    );
  }
  return (
    <>
      {runs}
      {shown.length < text.length ? '…' : null}
    </>
  );
}
